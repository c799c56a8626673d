import type { QuestionResult, SurveyResults, ValueCount } from '@kolo/db';
import { choicesOf, type Item, resolveText, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { ApiError } from '../errors.ts';
import type { ReportChart } from './model.ts';
import { QUESTIONS_MAX } from './request.ts';
import type { ReportTexts } from './texts/index.ts';

/** Question kinds a report charts; free text and dates never appear in a report. */
const CHARTED = new Set<Item['kind']>([
  'single_choice',
  'multi_choice',
  'likert',
  'yes_no',
  'rating',
  'number',
  'matrix',
]);

/** The questions a report charts by default: each indicator's items, in the survey's order. */
export function defaultQuestions(survey: SurveyDefinition): string[] {
  const ids: string[] = [];
  for (const indicator of survey.indicators ?? []) {
    const items = indicator.kind === 'scale_mean' ? indicator.items : indicator.item ? [indicator.item] : [];
    for (const id of items) if (!ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, QUESTIONS_MAX);
}

/** Refuse (422) question ids the survey does not have or a report cannot chart, naming them. */
export function checkQuestions(survey: SurveyDefinition, ids: readonly string[]): void {
  const items = new Map(surveyItems(survey).map((e) => [e.item.id, e.item]));
  const wrong = ids.filter((id) => {
    const [itemId = '', rowId] = id.split('.');
    const item = items.get(itemId);
    if (!item || !CHARTED.has(item.kind)) return true;
    if (rowId !== undefined) return item.kind !== 'matrix' || !item.rows.some((r) => r.id === rowId);
    return false;
  });
  if (wrong.length > 0)
    throw new ApiError(
      422,
      'invalid',
      `questions: ${wrong.map((id) => `"${id}"`).join(', ')} is not a question of this survey a report can chart (choices, scales, ratings, yes/no, numbers)`,
      { errors: { questions: wrong.map((id) => `${id} is not a chartable question of this survey`) } },
    );
}

function answerLabel(
  survey: SurveyDefinition,
  item: Item,
  value: string,
  language: string,
  texts: ReportTexts,
) {
  if (item.kind === 'yes_no') return value === 'yes' ? texts.yes : value === 'no' ? texts.no : texts.dontKnow;
  const choice = choicesOf(survey, item).find((c) => c.value === value);
  if (choice) return resolveText(choice.label, language);
  if (item.kind !== 'rating' && 'other' in item && item.other)
    return resolveText(item.other.label, language) || value;
  return value;
}

function bars(
  survey: SurveyDefinition,
  item: Item,
  counts: readonly ValueCount[],
  language: string,
  texts: ReportTexts,
): ReportChart['bars'] {
  return counts.map((c) => ({
    value: c.value,
    label: answerLabel(survey, item, c.value, language, texts),
    n: c.n,
    suppressed: c.suppressed,
    share: c.share,
  }));
}

/** The charts of the chosen questions, each figure as the results give it. */
export function reportCharts(
  survey: SurveyDefinition,
  results: SurveyResults,
  ids: readonly string[],
  language: string,
  texts: ReportTexts,
): ReportChart[] {
  const items = new Map(surveyItems(survey).map((e) => [e.item.id, e.item]));
  const byId = new Map<string, QuestionResult>(results.questions.map((q) => [q.id, q]));
  const charts: ReportChart[] = [];
  for (const id of ids) {
    const [itemId = '', rowId] = id.split('.');
    const item = items.get(itemId);
    const result = byId.get(itemId);
    if (!item || !result) continue;
    if (item.kind === 'matrix') {
      const rows = rowId ? item.rows.filter((r) => r.id === rowId) : item.rows;
      for (const row of rows) {
        const rowResult = result.rows?.find((r) => r.id === row.id);
        if (!rowResult) continue;
        charts.push({
          id: `${item.id}.${row.id}`,
          label: `${resolveText(item.label, language)} — ${resolveText(row.label, language)}`,
          kind: 'matrix',
          n: rowResult.n,
          suppressed: rowResult.suppressed,
          restricted: false,
          bars: bars(survey, item, rowResult.counts, language, texts),
          stats: null,
        });
      }
      continue;
    }
    charts.push({
      id: item.id,
      label: resolveText(item.label, language),
      kind: item.kind,
      n: result.n,
      suppressed: result.suppressed,
      restricted: result.restricted === true,
      bars: bars(survey, item, result.counts, language, texts),
      stats: result.stats ? { mean: result.stats.mean, median: result.stats.median } : null,
    });
  }
  return charts;
}
