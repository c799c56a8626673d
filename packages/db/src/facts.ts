import { type AnswerRecord, computeIndicators, type SurveyDefinition, surveyItems } from '@kolo/schema';

/**
 * One aggregation fact of a submission: `question` is an item id, `matrix.row`, `@` for the
 * submission itself or `@<indicator>`; `value` a choice code, `*` for "answered" (for a scale-mean
 * indicator also its whole score point); `x` a number to sum.
 */
export interface Fact {
  readonly q: string;
  readonly v: string;
  readonly x?: number;
}

/** The submission itself, counted once. */
export const SUBMISSION_FACT = '@';

/**
 * The value of a scale-mean indicator's score fact: the respondent's score in whole points (0..100).
 * Counted per value, these give the score distribution that rounded results compute means from.
 * @example scoreFactValue(66.67) // '67'
 */
export function scoreFactValue(score: number): string {
  return String(Math.round(score));
}

/**
 * Derive the facts aggregates are built from: answered counts per question, counts per choice,
 * numbers for statistics and indicator values. Free text is only counted, never copied.
 */
export function submissionFacts(definition: SurveyDefinition, answers: AnswerRecord): Fact[] {
  const facts: Fact[] = [{ q: SUBMISSION_FACT, v: '*' }];
  for (const { item } of surveyItems(definition)) {
    const answer = answers[item.id];
    if (answer === undefined || item.kind === 'note') continue;
    switch (item.kind) {
      case 'single_choice':
      case 'likert':
      case 'yes_no':
        facts.push({ q: item.id, v: '*' }, { q: item.id, v: String(answer) });
        break;
      case 'multi_choice':
        facts.push({ q: item.id, v: '*' });
        for (const value of answer as string[]) facts.push({ q: item.id, v: value });
        break;
      case 'rating':
      case 'number':
        facts.push({ q: item.id, v: '*', x: answer as number }, { q: item.id, v: String(answer) });
        break;
      case 'calculate':
        // a numeric calculation (stored as the server computed it) aggregates like a number
        // question; a text or date one is only counted, like free text
        if (item.valueType === 'number' && typeof answer === 'number')
          facts.push({ q: item.id, v: '*', x: answer }, { q: item.id, v: String(answer) });
        else facts.push({ q: item.id, v: '*' });
        break;
      case 'matrix':
        facts.push({ q: item.id, v: '*' });
        for (const [row, value] of Object.entries(answer as Record<string, string>)) {
          facts.push({ q: `${item.id}.${row}`, v: '*' }, { q: `${item.id}.${row}`, v: value });
        }
        break;
      default:
        facts.push({ q: item.id, v: '*' });
    }
  }
  const scaleMeans = new Set(
    (definition.indicators ?? []).filter((i) => i.kind === 'scale_mean').map((i) => i.id),
  );
  for (const [id, value] of Object.entries(computeIndicators(definition, answers))) {
    if (value === null) continue;
    facts.push({ q: `@${id}`, v: '*', x: value });
    // a scale mean's respondents are also counted per whole score point (see `scoreFactValue`)
    if (scaleMeans.has(id)) facts.push({ q: `@${id}`, v: scoreFactValue(value) });
  }
  return facts;
}
