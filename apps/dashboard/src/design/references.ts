import type { Condition, Indicator } from '@kolo/schema';

/** A question reference (`q` or `matrix.row`) with its item id renamed. */
function renameRef(ref: string, from: string, to: string): string {
  if (ref === from) return to;
  return ref.startsWith(`${from}.`) ? `${to}${ref.slice(from.length)}` : ref;
}

/** A condition with every comparison naming item `from` pointed at `to`. */
export function renameInCondition(condition: Condition, from: string, to: string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameInCondition(c, from, to)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameInCondition(c, from, to)) };
  if ('not' in condition) return { not: renameInCondition(condition.not, from, to) };
  if ('expression' in condition)
    return { expression: condition.expression.replaceAll(`\${${from}}`, `\${${to}}`) };
  return { ...condition, question: renameRef(condition.question, from, to) };
}

/** Indicators with every reference to item `from` pointed at `to`. */
export function renameInIndicators(indicators: readonly Indicator[], from: string, to: string): Indicator[] {
  return indicators.map((indicator) => {
    if (indicator.kind === 'scale_mean')
      return { ...indicator, items: indicator.items.map((ref) => renameRef(ref, from, to)) };
    if (indicator.item === undefined) return indicator;
    return { ...indicator, item: renameRef(indicator.item, from, to) };
  });
}
