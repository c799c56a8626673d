import type { Item, SurveyDefinition } from '@kolo/schema';

const KINDS = [
  'single_choice',
  'text',
  'multi_choice',
  'number',
  'likert',
  'date',
  'yes_no',
  'rating',
  'text',
  'matrix',
  'single_choice',
  'note',
] as const;

function questionId(n: number): string {
  return `q${String(n).padStart(3, '0')}`;
}

function generatedItem(n: number): Item {
  const id = questionId(n);
  const kind = KINDS[n % KINDS.length] ?? 'text';
  const label = { en: `Question ${n}: how was this part of the service for you?` };
  // every 9th question has a condition that holds while the form is empty, so all stay visible
  const showIf =
    n > 9 && n % 9 === 0
      ? { not: { question: questionId(n - 9), op: 'eq' as const, value: 'zz' } }
      : undefined;
  const base = {
    id,
    label,
    ...(n % 5 === 0 ? { hint: { en: 'Think of your last visit.' } } : {}),
    ...(showIf ? { showIf } : {}),
    ...(n % 3 === 0 && kind !== 'note' ? { required: true } : {}),
  };
  const options = ['a', 'b', 'c', 'd', 'e'].map((value) => ({ value, label: { en: `Option ${value}` } }));
  switch (kind) {
    case 'single_choice':
      return { ...base, kind, options, ...(n % 2 === 0 ? { other: {} } : {}) };
    case 'multi_choice':
      return { ...base, kind, options, maxSelections: 3 };
    case 'text':
      return { ...base, kind, maxLength: 200, ...(n % 4 === 0 ? { long: true } : {}) };
    case 'number':
      return { ...base, kind, min: 0, max: 365, integer: true };
    case 'likert':
      return { ...base, kind, choices: 'agree5' };
    case 'date':
      return { ...base, kind, min: '2020-01-01', max: '2030-12-31' };
    case 'yes_no':
      return { ...base, kind, dontKnow: true };
    case 'rating':
      return { ...base, kind, min: 1, max: 5 };
    case 'matrix':
      return {
        ...base,
        kind,
        choices: 'agree5',
        rows: ['staff', 'wait', 'privacy'].map((row) => ({ id: row, label: { en: `Row ${row}` } })),
      };
    case 'note':
      return { id, kind, label: { en: `Note ${n}: the next questions are about your visit.` } };
  }
}

/** A one-section survey of `count` mixed items (choices, text, numbers, scales, dates, matrices, notes). */
export function generatedSurvey(count: number): SurveyDefinition {
  return {
    id: 'generated',
    version: 1,
    locales: ['en'],
    title: { en: `Generated survey of ${count} items` },
    choiceLists: {
      agree5: ['1', '2', '3', '4', '5'].map((value) => ({ value, label: { en: `Level ${value}` } })),
    },
    sections: [
      {
        id: 'all',
        title: { en: 'All questions' },
        items: Array.from({ length: count }, (_, i) => generatedItem(i + 1)),
      },
    ],
  };
}

/** The one-line text question nearest the middle of a generated survey: the field the benchmark types into. */
export function middleTextQuestion(definition: SurveyDefinition): string {
  const items = definition.sections.flatMap((section) => section.items);
  const middle = items.slice(Math.floor(items.length / 2)).find((item) => item.kind === 'text' && !item.long);
  if (!middle) throw new Error('the generated survey has no one-line text question');
  return middle.id;
}
