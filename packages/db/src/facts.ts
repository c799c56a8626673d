import { type AnswerRecord, computeIndicators, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { answerFacts, type Fact } from './answer-facts.ts';
import { repeatFacts, respondentView } from './repeat-facts.ts';

export { answerFacts, type Fact } from './answer-facts.ts';

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

const asIs = (base: string) => base;

/**
 * Derive the facts aggregates are built from: answered counts per question, counts per choice,
 * numbers for statistics and indicator values; a repeated section's items per instance and per
 * respondent (see `repeatFacts`). Free text is only counted, never copied.
 */
export function submissionFacts(definition: SurveyDefinition, answers: AnswerRecord): Fact[] {
  const facts: Fact[] = [{ q: SUBMISSION_FACT, v: '*' }];
  for (const { item, section } of surveyItems(definition)) {
    // a repeated section's items are stored per instance, never as top-level answers
    if (section.repeat || item.kind === 'note') continue;
    const answer = answers[item.id];
    if (answer === undefined) continue;
    facts.push(...answerFacts(item, answer, asIs));
  }
  facts.push(...repeatFacts(definition, answers));
  const scaleMeans = new Set(
    (definition.indicators ?? []).filter((i) => i.kind === 'scale_mean').map((i) => i.id),
  );
  for (const [id, value] of Object.entries(
    computeIndicators(definition, respondentView(definition, answers)),
  )) {
    if (value === null) continue;
    facts.push({ q: `@${id}`, v: '*', x: value });
    // a scale mean's respondents are also counted per whole score point (see `scoreFactValue`)
    if (scaleMeans.has(id)) facts.push({ q: `@${id}`, v: scoreFactValue(value) });
  }
  return facts;
}
