import { lintLookups } from './check-lookups.ts';
import { localizedTexts } from './check-translations.ts';
import {
  type AnswerRecord,
  type Condition,
  comparisonsOf,
  conditionLeaves,
  evaluateCondition,
} from './condition.ts';
import type { Item, SurveyDefinition } from './definition.ts';
import { parseExpression } from './expression/parse.ts';
import { expressionCalls, expressionReferences } from './expression/references.ts';
import { allowedValues, type ItemEntry, surveyItems, visibilityOf } from './walk.ts';

/** Every kind of lint advice, as data: screens key their sentences on these. */
export const SURVEY_WARNING_CODES = [
  'text_not_sensitive',
  'personal_data',
  'unreachable',
  'indicator_non_scale',
  'unused_choice_list',
  'undeclared_locale',
  'unused_lookup',
] as const;
export type SurveyWarningCode = (typeof SURVEY_WARNING_CODES)[number];

/** Advice for staff that does not block publishing. */
export interface SurveyWarning {
  readonly path: string;
  readonly code: SurveyWarningCode;
  readonly message: string;
}

const PERSONAL =
  /(^|_)(name|surname|phone|mobile|email|e_mail|address|street|birth|birthday|dob|passport|gps|geo|location|coordinates|id_number)(_|$)/;
const MAX_ASSIGNMENTS = 20_000;

/** Values worth trying for a question when looking for an answer that makes a condition true. */
function candidates(
  definition: SurveyDefinition,
  item: Item,
  conditions: readonly Condition[],
  id: string,
): unknown[] {
  const out: unknown[] = [undefined];
  const allowed = allowedValues(definition, item);
  const named = conditions.flatMap((condition) => comparisonsOf(condition).map((c) => c.comparison));
  if (item.kind === 'multi_choice' && allowed) {
    out.push(...allowed.map((v) => [v]));
    if (allowed.length <= 8) out.push([...allowed]);
    // every value the condition names at once, for `selected a` and `selected b` among many options
    const values = named
      .filter((c) => c.question === id)
      .flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]))
      .map(String);
    const together = allowed.filter((v) => values.includes(v));
    if (together.length > 1) out.push(together);
    return out;
  }
  if (item.kind === 'matrix' && allowed) {
    // every combination of answers to the rows the condition names; the other rows answered alike
    const rows = [
      ...new Set(
        named.flatMap((c) => {
          const [ref, row] = c.question.split('.');
          return ref === id && row !== undefined ? [row] : [];
        }),
      ),
    ];
    let combos: Array<Record<string, string>> = [{}];
    const combined: string[] = [];
    for (const row of rows) {
      if (combos.length * (allowed.length + 1) > MAX_ASSIGNMENTS) break; // too many: the rest answered alike
      combos = combos.flatMap((c) => [c, ...allowed.map((v) => ({ ...c, [row]: v }))]);
      combined.push(row);
    }
    const others = item.rows.map((r) => r.id).filter((r) => !combined.includes(r));
    for (const combo of combos) {
      if (Object.keys(combo).length > 0) out.push(combo);
      for (const v of others.length > 0 ? allowed : [])
        out.push({ ...combo, ...Object.fromEntries(others.map((r) => [r, v])) });
    }
    return out;
  }
  if (allowed) return [...out, ...allowed];
  for (const condition of conditions) {
    for (const { comparison } of comparisonsOf(condition)) {
      if (comparison.question !== id) continue;
      const values = Array.isArray(comparison.value) ? comparison.value : [comparison.value];
      for (const v of values) {
        if (typeof v === 'number') out.push(v - 1, v, v + 1);
        else if (typeof v === 'string') out.push(v, `${v}~`, '');
      }
    }
  }
  out.push(item.kind === 'date' ? '2000-01-01' : item.kind === 'text' ? 'text' : 0);
  return out;
}

/** Whether an expression reads an answer or a lookup table (one that does not parse reads nothing). */
function readsSomething(source: string): boolean {
  const parsed = parseExpression(source);
  if (!parsed.success) return false;
  return (
    expressionReferences(parsed.expression).length > 0 ||
    expressionCalls(parsed.expression).some((call) => call.name === 'pulldata')
  );
}

/** Whether some answers to the questions a condition names make it true; undefined when too many to try or it reads what is not tried. */
function satisfiable(
  definition: SurveyDefinition,
  condition: Condition,
  byId: ReadonlyMap<string, ItemEntry>,
  dead: ReadonlySet<string>,
) {
  // an expression reading answers or lookup tables could be true for answers not tried here
  if (conditionLeaves(condition).some(({ leaf }) => 'expression' in leaf && readsSomething(leaf.expression)))
    return undefined;
  const ids = [
    ...new Set(comparisonsOf(condition).map(({ comparison }) => comparison.question.split('.')[0] ?? '')),
  ];
  const domains = ids.map((id) => {
    const entry = byId.get(id);
    if (!entry || dead.has(id)) return [undefined];
    return candidates(definition, entry.item, [condition], id);
  });
  if (domains.reduce((n, d) => n * d.length, 1) > MAX_ASSIGNMENTS) return undefined;
  const answers: Record<string, unknown> = {};
  const search = (i: number): boolean => {
    if (i === ids.length) return evaluateCondition(condition, answers as AnswerRecord);
    for (const value of domains[i] ?? []) {
      const id = ids[i] ?? '';
      if (value === undefined) delete answers[id];
      else answers[id] = value;
      if (search(i + 1)) return true;
    }
    return false;
  };
  return search(0);
}

/**
 * Warnings for staff on a checked definition: free text not marked sensitive, questions that look
 * like personal data, questions nobody can reach, indicators over non-scale items, unused choice
 * lists, texts in undeclared languages. Run `parseSurvey` first: lint assumes a valid definition.
 */
export function lintSurvey(definition: SurveyDefinition): SurveyWarning[] {
  const warnings: SurveyWarning[] = [];
  const entries = surveyItems(definition);
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  const dead = new Set<string>();
  for (const entry of entries) {
    const { item, path } = entry;
    if (item.kind === 'text' && !item.sensitive) {
      warnings.push({
        path,
        code: 'text_not_sensitive',
        message: `free-text question "${item.id}" is not marked sensitive`,
      });
    }
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other && !item.sensitive) {
      warnings.push({
        path,
        code: 'text_not_sensitive',
        message: `"${item.id}" has a free-text "please specify" answer but is not marked sensitive`,
      });
    }
    if (item.kind !== 'note' && !item.sensitive && PERSONAL.test(item.id)) {
      warnings.push({
        path,
        code: 'personal_data',
        message: `"${item.id}" looks like personal data: remove it or mark it sensitive`,
      });
    }
    const condition = visibilityOf(entry);
    if (condition && satisfiable(definition, condition, byId, dead) === false) {
      dead.add(item.id);
      warnings.push({
        path,
        code: 'unreachable',
        message: `no answers make "${item.id}" appear: its condition can never be true`,
      });
    }
  }
  (definition.indicators ?? []).forEach((indicator, index) => {
    if (indicator.kind !== 'scale_mean') return;
    indicator.items.forEach((ref, i) => {
      const item = byId.get(ref.split('.')[0] ?? '')?.item;
      if (item && (item.kind === 'single_choice' || item.kind === 'number')) {
        warnings.push({
          path: `indicators[${index}].items[${i}]`,
          code: 'indicator_non_scale',
          message: `"${ref}" is ${item.kind}, not a scale: its options are scored by position`,
        });
      }
    });
  });
  const used = new Set(entries.map((e) => ('choices' in e.item ? e.item.choices : undefined)));
  for (const name of Object.keys(definition.choiceLists ?? {})) {
    if (!used.has(name))
      warnings.push({
        path: `choiceLists.${name}`,
        code: 'unused_choice_list',
        message: `choice list "${name}" is not used`,
      });
  }
  for (const { path, text } of localizedTexts(definition)) {
    const extra = Object.keys(text).filter((l) => !definition.locales.includes(l));
    if (extra.length > 0) {
      warnings.push({
        path,
        code: 'undeclared_locale',
        message: `text in ${extra.join(', ')}, which the survey does not declare`,
      });
    }
  }
  warnings.push(...lintLookups(definition));
  return warnings;
}
