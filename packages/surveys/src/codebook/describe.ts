import {
  type Condition,
  choicesOf,
  type Item,
  OTHER_VALUE,
  resolveText,
  type SurveyDefinition,
} from '@kolo/schema';
import type { CodebookLabels } from './labels.ts';
import { quote } from './labels.ts';

/** What describing a survey's parts needs: the survey, the reader's locale and the generator's words. */
export interface DescribeContext {
  readonly definition: SurveyDefinition;
  readonly locale: string;
  readonly labels: CodebookLabels;
  /** The locale `labels` are written in, for quotation marks. */
  readonly labelsLocale: string;
  readonly items: ReadonlyMap<string, Item>;
}

/** Fill `{name}` placeholders in one pass, so inserted text is never read as a placeholder. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

/** Inline Markdown code, for ids and answer codes. */
export function code(text: string): string {
  return `\`${text}\``;
}

/** An answer value as a reader sees it: a choice's label with its code, yes/no in words, else the value. */
export function describeValue(ctx: DescribeContext, ref: string, value: unknown): string {
  const item = ctx.items.get(ref.split('.')[0] ?? ref);
  const raw = String(value);
  if (item?.kind === 'yes_no' && (raw === 'yes' || raw === 'no' || raw === 'dont_know')) {
    return `${quote(ctx.labels.yesNo[raw], ctx.labelsLocale)} (${code(raw)})`;
  }
  if (item) {
    const choice = choicesOf(ctx.definition, item).find((c) => c.value === raw);
    if (choice) return `${quote(resolveText(choice.label, ctx.locale), ctx.labelsLocale)} (${code(raw)})`;
    if (
      raw === OTHER_VALUE &&
      (item.kind === 'single_choice' || item.kind === 'multi_choice') &&
      item.other
    ) {
      const label = item.other.label ? resolveText(item.other.label, ctx.locale) : ctx.labels.otherDefault;
      return `${quote(label, ctx.labelsLocale)} (${code(raw)})`;
    }
  }
  return typeof value === 'number' ? raw : code(raw);
}

/** Several answer values: one as is, more as "one of a, b". */
export function describeValues(ctx: DescribeContext, ref: string, values: readonly unknown[]): string {
  const list = values.map((v) => describeValue(ctx, ref, v)).join(', ');
  return values.length > 1 ? fill(ctx.labels.oneOf, { v: list }) : list;
}

/**
 * A `showIf` condition in words in the reader's language.
 * @example describeCondition(ctx, { question: 'referred', op: 'eq', value: 'yes' }) // 'the answer to `referred` is “Yes” (`yes`)'
 */
export function describeCondition(ctx: DescribeContext, condition: Condition, nested = false): string {
  const group = (parts: readonly Condition[], joiner: string) => {
    const text = parts.map((c) => describeCondition(ctx, c, true)).join(joiner);
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  if ('all' in condition) return group(condition.all, ctx.labels.and);
  if ('any' in condition) return group(condition.any, ctx.labels.or);
  if ('not' in condition) return fill(ctx.labels.not, { c: describeCondition(ctx, condition.not, true) });
  // an expression (kept from an XLSForm relevant) reads best as written
  if ('expression' in condition) return code(condition.expression);
  const { question, op } = condition;
  const values = condition.value === undefined ? [] : [condition.value].flat();
  const q = code(question);
  const list = values.map((v) => describeValue(ctx, question, v)).join(', ');
  const target = ctx.items.get(question.split('.')[0] ?? question);
  if (target?.kind === 'multi_choice' && op !== 'answered') {
    if (op === 'neq' || op === 'notIn') return fill(ctx.labels.includesNone, { q, v: list });
    return fill(ctx.labels.includes, {
      q,
      v: values.length > 1 ? fill(ctx.labels.oneOf, { v: list }) : list,
    });
  }
  return fill(ctx.labels.ops[op], { q, v: list });
}
