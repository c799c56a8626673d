import { resolveText, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { QUESTIONS_MAX } from './reports-api.ts';

/** Question kinds a report charts (free text and dates never appear in a report). */
const CHARTED = new Set(['single_choice', 'multi_choice', 'likert', 'yes_no', 'rating', 'number', 'matrix']);

/** One question a report can chart: an item, or one row of a matrix (`matrixId.rowId`). */
export interface QuestionOption {
  readonly id: string;
  readonly label: string;
}

/** The questions of a survey a report can chart, in the survey's order. */
export function questionOptions(survey: SurveyDefinition, language: string): QuestionOption[] {
  return surveyItems(survey).flatMap(({ item }) => {
    if (!CHARTED.has(item.kind)) return [];
    const label = resolveText(item.label, language);
    if (item.kind === 'matrix')
      return item.rows.map((row) => ({
        id: `${item.id}.${row.id}`,
        label: `${label} — ${resolveText(row.label, language)}`,
      }));
    return [{ id: item.id, label }];
  });
}

/** The questions chosen to start with: each indicator's items (a matrix's rows when it names the matrix). */
export function defaultQuestionIds(survey: SurveyDefinition): string[] {
  const options = new Set(questionOptions(survey, 'en').map((o) => o.id));
  const ids: string[] = [];
  for (const indicator of survey.indicators ?? []) {
    const items = indicator.kind === 'scale_mean' ? indicator.items : indicator.item ? [indicator.item] : [];
    for (const id of items) {
      const expanded = options.has(id) ? [id] : [...options].filter((o) => o.startsWith(`${id}.`));
      for (const one of expanded) if (!ids.includes(one)) ids.push(one);
    }
  }
  return ids.slice(0, QUESTIONS_MAX);
}
