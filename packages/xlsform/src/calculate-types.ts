import type { Draft } from './import-context.ts';

const ORDERED = new Set(['gt', 'gte', 'lt', 'lte']);
const numeric = (value: unknown) =>
  typeof value === 'number' ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

/** Every comparison of a condition tree. */
function* comparisons(condition: unknown): Generator<Record<string, unknown>> {
  if (condition === null || typeof condition !== 'object') return;
  const c = condition as Record<string, unknown>;
  for (const key of ['all', 'any'])
    if (Array.isArray(c[key])) for (const part of c[key] as unknown[]) yield* comparisons(part);
  if (c.not !== undefined) yield* comparisons(c.not);
  if (typeof c.question === 'string') yield c;
}

/**
 * Calculations compared as numbers (`${age_days} >= 28`, `${is_child} = 1`) are number
 * calculations, and the numbers they are compared with are numbers, so conditions read them right.
 */
export function typeCalculations(sections: readonly Draft[]): void {
  const items = sections.flatMap((s) => (Array.isArray(s.items) ? (s.items as Draft[]) : []));
  const calculations = new Map(
    items.filter((i) => i.kind === 'calculate').map((i) => [String(i.id), i] as const),
  );
  const uses = new Map<string, Array<Record<string, unknown>>>();
  for (const owner of [...sections, ...items])
    for (const c of comparisons(owner.showIf))
      if (calculations.has(String(c.question)) && c.op !== 'answered')
        uses.set(String(c.question), [...(uses.get(String(c.question)) ?? []), c]);
  for (const [id, used] of uses) {
    const item = calculations.get(id) as Draft;
    const values = used.flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]));
    const ordered = used.some((c) => ORDERED.has(String(c.op)));
    if (item.valueType === undefined && (ordered || values.every(numeric))) item.valueType = 'number';
    if (item.valueType !== 'number') continue;
    for (const c of used)
      c.value = Array.isArray(c.value)
        ? c.value.map((v) => (numeric(v) ? Number(v) : v))
        : numeric(c.value)
          ? Number(c.value)
          : c.value;
  }
}
