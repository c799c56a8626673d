import type { Item } from '@kolo/schema';

/**
 * One aggregation fact of a submission: `question` is an item id, `matrix.row`, `@` for the
 * submission itself, `@<indicator>`, or a key of a repeated section's item (see `repeat-facts.ts`:
 * `partner_age[]` per instance, `~partner_age` per respondent, `partners[]` instances per respondent);
 * `value` a choice code, `*` for "answered" (for a scale-mean indicator also its whole score point);
 * `x` a number to sum.
 */
export interface Fact {
  readonly q: string;
  readonly v: string;
  readonly x?: number;
}

/**
 * The facts of one answer to one item, keyed by `key(id)` for the item's id (and `key('id.row')`
 * for a matrix row): answered, per choice, numbers with their value to sum.
 */
export function answerFacts(item: Item, answer: unknown, key: (base: string) => string): Fact[] {
  const q = key(item.id);
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return [
        { q, v: '*' },
        { q, v: String(answer) },
      ];
    case 'multi_choice':
      return [{ q, v: '*' }, ...(answer as string[]).map((value) => ({ q, v: value }))];
    case 'rating':
    case 'number':
      return [
        { q, v: '*', x: answer as number },
        { q, v: String(answer) },
      ];
    case 'calculate':
      // a numeric calculation (stored as the server computed it) aggregates like a number
      // question; a text or date one is only counted, like free text
      if (item.valueType === 'number' && typeof answer === 'number')
        return [
          { q, v: '*', x: answer },
          { q, v: String(answer) },
        ];
      return [{ q, v: '*' }];
    case 'matrix': {
      const facts: Fact[] = [{ q, v: '*' }];
      for (const [row, value] of Object.entries(answer as Record<string, string>)) {
        const rowKey = key(`${item.id}.${row}`);
        facts.push({ q: rowKey, v: '*' }, { q: rowKey, v: value });
      }
      return facts;
    }
    default:
      return [{ q, v: '*' }];
  }
}
