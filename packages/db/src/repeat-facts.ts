import type { AnswerRecord, Section, SurveyDefinition } from '@kolo/schema';
import { answerFacts, type Fact } from './answer-facts.ts';

/**
 * Fact keys of a repeated section. A key carries `[]` or `~`, which no item id (`[a-z][a-z0-9_]*`)
 * or matrix row key can hold, so a repeat's facts never mix with a top-level question's, even when a
 * later survey version moves an item into or out of a repeat (versions are merged by key).
 */

/** Facts counted once per instance: `partner_tested[]` (and `grid.row[]` for a matrix row). */
export const instanceFactKey = (base: string) => `${base}[]`;

/** Facts counted once per respondent, whatever the number of instances: `~partner_tested`. */
export const respondentFactKey = (base: string) => `~${base}`;

/**
 * The instances of a repeated section per respondent: `partners[]` with value `*` (respondents
 * asked, `x` their instances, so the total sums all instances), the instance count as a value
 * (`'0'`, `'2'`: its distribution) and `+` (respondents with at least one instance).
 */
export const repeatFactKey = (sectionId: string) => `${sectionId}[]`;

/** The value of a `repeatFactKey` fact counting respondents with at least one instance. */
export const WITH_INSTANCES = '+';

/** The instance records of a repeated section in an answer object; undefined when it was not asked. */
export function repeatInstances(
  answers: AnswerRecord,
  section: Section,
): Record<string, unknown>[] | undefined {
  const list = Object.hasOwn(answers, section.id) ? answers[section.id] : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.filter(
    (r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r),
  );
}

/**
 * The facts of a submission's repeated sections. For each item of a repeat, per instance answered
 * (`instanceFactKey`: per choice, numbers summed per instance) and, separately, per respondent: once
 * per value given in any instance and once as answered (`respondentFactKey`, no sums). For each
 * repeat, the number of instances (`repeatFactKey`). Every suppression decision rests on the
 * respondent facts: five instances can be one person.
 * @example repeatFacts(survey, { partners: [{ tested: 'yes' }, { tested: 'yes' }] })
 * // [{ q: 'partners[]', v: '*', x: 2 }, { q: 'partners[]', v: '2' }, { q: 'partners[]', v: '+' },
 * //  { q: 'tested[]', v: '*' }, { q: 'tested[]', v: 'yes' }, ... twice, { q: '~tested', v: '*' }, { q: '~tested', v: 'yes' }]
 */
export function repeatFacts(definition: SurveyDefinition, answers: AnswerRecord): Fact[] {
  const facts: Fact[] = [];
  for (const section of definition.sections) {
    if (!section.repeat) continue;
    const instances = repeatInstances(answers, section);
    if (instances === undefined) continue;
    const key = repeatFactKey(section.id);
    facts.push({ q: key, v: '*', x: instances.length }, { q: key, v: String(instances.length) });
    if (instances.length > 0) facts.push({ q: key, v: WITH_INSTANCES });
    for (const item of section.items) {
      if (item.kind === 'note') continue;
      const perRespondent = new Map<string, Fact>();
      for (const instance of instances) {
        const answer = Object.hasOwn(instance, item.id) ? instance[item.id] : undefined;
        if (answer === undefined || answer === null) continue;
        facts.push(...answerFacts(item, answer, instanceFactKey));
        for (const { q, v } of answerFacts(item, answer, respondentFactKey))
          perRespondent.set(`${q}\u0000${v}`, { q, v });
      }
      facts.push(...perRespondent.values());
    }
  }
  return facts;
}

/**
 * The answers indicators are computed from: a repeated section's items as the list of distinct
 * values the respondent gave over its instances. So a `share` or `count` indicator over an item of a
 * repeat counts respondents (a share: of respondents who answered it in any instance, those with at
 * least one instance among its values; a count: respondents with one), never instances. A
 * `scale_mean` does not score an item of a repeat (a list has no score).
 */
export function respondentView(definition: SurveyDefinition, answers: AnswerRecord): AnswerRecord {
  let view: Record<string, unknown> | undefined;
  for (const section of definition.sections) {
    if (!section.repeat) continue;
    const instances = repeatInstances(answers, section);
    if (!instances) continue;
    view ??= { ...answers };
    for (const item of section.items) {
      const values = new Set<string>();
      for (const instance of instances) {
        const answer = Object.hasOwn(instance, item.id) ? instance[item.id] : undefined;
        if (answer === undefined || answer === null || answer === '') continue;
        for (const value of Array.isArray(answer) ? answer : [answer]) values.add(String(value));
      }
      if (values.size > 0) view[item.id] = [...values];
    }
  }
  return view ?? answers;
}
