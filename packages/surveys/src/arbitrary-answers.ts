import {
  allowedValues,
  choicesOf,
  DEFAULT_TEXT_MAX,
  evaluateCondition,
  type Item,
  OTHER_VALUE,
  otherKey,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema';
import fc from 'fast-check';

/** A candidate answer for one item: used only if the item turns out visible. */
interface Draft {
  readonly answer: boolean;
  readonly value: unknown;
  readonly other: string;
}

const DAY = 24 * 60 * 60 * 1000;

const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 40) }).filter((s) => s.trim().length > 0);

function dateValue(min: string | undefined, max: string | undefined): fc.Arbitrary<string> {
  const low = Date.parse(min ?? '2000-01-01');
  const high = Date.parse(max ?? '2035-12-31');
  return fc.integer({ min: 0, max: Math.round((high - low) / DAY) }).map((days) => {
    return new Date(low + days * DAY).toISOString().slice(0, 10);
  });
}

function multiValue(definition: SurveyDefinition, item: Extract<Item, { kind: 'multi_choice' }>) {
  const choices = choicesOf(definition, item);
  const exclusive = choices.filter((c) => c.exclusive).map((c) => c.value);
  const others = [
    ...choices.filter((c) => !c.exclusive).map((c) => c.value),
    ...(item.other ? [OTHER_VALUE] : []),
  ];
  const max = Math.min(item.maxSelections ?? others.length, others.length);
  const options: Array<fc.Arbitrary<string[]>> = [];
  if (others.length > 0) options.push(fc.subarray(others, { minLength: 1, maxLength: max }));
  if (exclusive.length > 0) options.push(fc.constantFrom(...exclusive).map((v) => [v]));
  return fc.oneof(...options);
}

/** Any value an item accepts, or undefined for notes. */
function itemValue(definition: SurveyDefinition, item: Item): fc.Arbitrary<unknown> {
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return fc.constantFrom(...(allowedValues(definition, item) ?? []));
    case 'multi_choice':
      return multiValue(definition, item);
    case 'matrix': {
      const values = allowedValues(definition, item) ?? [];
      const rows = Object.fromEntries(item.rows.map((row) => [row.id, fc.constantFrom(...values)]));
      return item.required ? fc.record(rows) : fc.record(rows, { requiredKeys: [] });
    }
    case 'rating':
      return fc.integer({ min: item.min ?? 1, max: item.max });
    case 'number': {
      const min = item.min ?? -1_000_000;
      const max = item.max ?? 1_000_000;
      return item.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'text':
      return text(item.maxLength ?? DEFAULT_TEXT_MAX);
    case 'date':
      return dateValue(item.min, item.max);
    case 'note':
    case 'calculate':
      return fc.constant(undefined);
  }
}

/**
 * Valid answers to a survey, for property tests: walks the items in order, answers a visible item
 * when it is required (or by chance), and leaves hidden ones empty, as the form does.
 */
export function arbitraryAnswers(definition: SurveyDefinition): fc.Arbitrary<Record<string, unknown>> {
  const entries = surveyItems(definition).filter((e) => e.item.kind !== 'note');
  const drafts = entries.map((e) =>
    fc.record({ answer: fc.boolean(), value: itemValue(definition, e.item), other: text(500) }),
  );
  return fc.tuple(...drafts).map((values: Draft[]) => {
    const answers: Record<string, unknown> = {};
    entries.forEach((entry, i) => {
      const draft = values[i];
      const { item } = entry;
      if (!draft || item.kind === 'note' || item.kind === 'calculate') return;
      if (!evaluateCondition(visibilityOf(entry), answers)) return;
      if (!item.required && !draft.answer) return;
      answers[item.id] = draft.value;
      const chose =
        draft.value === OTHER_VALUE || (Array.isArray(draft.value) && draft.value.includes(OTHER_VALUE));
      if (chose) answers[otherKey(item.id)] = draft.other;
    });
    return answers;
  });
}
