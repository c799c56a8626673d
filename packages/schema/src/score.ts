import { type AnswerRecord, answerAt, isAnswered } from './condition.ts';
import type { Item, SurveyDefinition } from './definition.ts';
import type { Indicator } from './indicator.ts';
import { choicesOf } from './walk.ts';

/** Map one answer of a scale item to 0..100, or undefined when it has no score ("not applicable"). */
export function scaleScore(definition: SurveyDefinition, item: Item, value: unknown): number | undefined {
  if (item.kind === 'rating') {
    if (typeof value !== 'number') return undefined;
    const min = item.min ?? 1;
    return ((value - min) / (item.max - min)) * 100;
  }
  if (item.kind === 'number') {
    if (
      typeof value !== 'number' ||
      item.min === undefined ||
      item.max === undefined ||
      item.max === item.min
    )
      return undefined;
    return ((value - item.min) / (item.max - item.min)) * 100;
  }
  const scored = choicesOf(definition, item).filter((c) => !c.notApplicable);
  if (scored.length < 2) return undefined;
  const index = scored.findIndex((c) => c.value === value);
  if (index < 0) return undefined;
  const explicit = scored.every((c) => c.score !== undefined);
  if (!explicit) return (index / (scored.length - 1)) * 100;
  const scores = scored.map((c) => c.score ?? 0);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  return high === low ? undefined : (((scored[index]?.score ?? low) - low) / (high - low)) * 100;
}

/** Indicator values of one submission: a number (0..100 for scales and shares, 0/1 for counts) or null when it does not apply. */
export type IndicatorValues = Record<string, number | null>;

function itemIndex(definition: SurveyDefinition): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const section of definition.sections) for (const item of section.items) items.set(item.id, item);
  return items;
}

function hits(answer: unknown, values: readonly string[]): boolean {
  if (Array.isArray(answer)) return answer.some((a) => values.includes(String(a)));
  return values.includes(String(answer));
}

function scaleMean(
  definition: SurveyDefinition,
  items: Map<string, Item>,
  refs: readonly string[],
  answers: AnswerRecord,
) {
  const scores: number[] = [];
  for (const ref of refs) {
    const [id = ref, row] = ref.split('.');
    const item = items.get(id);
    if (!item) continue;
    if (item.kind === 'matrix') {
      const rows = row ? [row] : item.rows.map((r) => r.id);
      for (const r of rows) {
        const s = scaleScore(definition, item, answerAt(answers, `${id}.${r}`));
        if (s !== undefined) scores.push(s);
      }
    } else {
      const s = scaleScore(definition, item, answers[id]);
      if (s !== undefined) scores.push(s);
    }
  }
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

function indicatorValue(
  definition: SurveyDefinition,
  items: Map<string, Item>,
  indicator: Indicator,
  answers: AnswerRecord,
) {
  switch (indicator.kind) {
    case 'scale_mean':
      return scaleMean(definition, items, indicator.items, answers);
    case 'share': {
      const answer = answerAt(answers, indicator.item);
      if (!isAnswered(answer)) return null;
      if (indicator.exclude && hits(answer, indicator.exclude) && !hits(answer, indicator.values))
        return null;
      return hits(answer, indicator.values) ? 100 : 0;
    }
    case 'count': {
      if (indicator.item === undefined) return 1;
      const answer = answerAt(answers, indicator.item);
      if (!isAnswered(answer)) return 0;
      return indicator.values === undefined || hits(answer, indicator.values) ? 1 : 0;
    }
  }
}

/**
 * Compute every indicator of a survey for one submission's answers.
 * Aggregate over submissions by averaging scale and share values and summing counts.
 * @example computeIndicators(survey, answers) // { acceptability: 75, recommend: 100, submissions: 1 }
 */
export function computeIndicators(definition: SurveyDefinition, answers: AnswerRecord): IndicatorValues {
  const items = itemIndex(definition);
  const values: IndicatorValues = {};
  for (const indicator of definition.indicators ?? []) {
    values[indicator.id] = indicatorValue(definition, items, indicator, answers);
  }
  return values;
}
