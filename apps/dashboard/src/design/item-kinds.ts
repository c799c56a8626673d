import type { Choice, Item, ItemKind, LocalizedText } from '@kolo/schema';

/** Every item kind of `@kolo/schema`, in the order the "add a question" menu offers them. */
export const ITEM_KINDS: readonly ItemKind[] = [
  'single_choice',
  'multi_choice',
  'yes_no',
  'likert',
  'rating',
  'number',
  'text',
  'date',
  'matrix',
  'note',
  'calculate',
];

/** Kinds whose answers are picked from choices (inline `options` or a shared `choices` list). */
export const CHOICE_KINDS = new Set<ItemKind>(['single_choice', 'multi_choice', 'likert', 'matrix']);

/** A kind's id written as a translation key (`single_choice` -> `singleChoice`). */
export function kindKey(kind: ItemKind): string {
  return kind.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
}

function text(locale: string, value: string): LocalizedText {
  return { [locale]: value };
}

/** Two starter options so a new choice question is usable at once. */
export function starterOptions(locale: string, labels: readonly [string, string]): Choice[] {
  return [
    { value: '1', label: text(locale, labels[0]) },
    { value: '2', label: text(locale, labels[1]) },
  ];
}

export interface KindDefaults {
  readonly locale: string;
  /** Labels of the two starter options and of the starter matrix row, in the editing language. */
  readonly option1: string;
  readonly option2: string;
  readonly row: string;
}

/**
 * The item as another kind: id, label, hint, required, sensitive and condition are kept; choices
 * are kept between choice kinds; the new kind's required settings get defaults.
 */
export function convertItem(item: Item, kind: ItemKind, defaults: KindDefaults): Item {
  if (item.kind === kind) return item;
  const common = {
    id: item.id,
    label: item.label,
    ...(item.hint ? { hint: item.hint } : {}),
    ...(item.showIf ? { showIf: item.showIf } : {}),
  };
  if (kind === 'note') return { ...common, kind };
  const sensitive = item.kind !== 'note' && item.sensitive ? { sensitive: true } : {};
  // a new calculation starts as an empty text; the builder asks for its expression
  if (kind === 'calculate') return { ...common, ...sensitive, kind, calculation: "''" };
  const flags = {
    ...common,
    ...('required' in item && item.required ? { required: true } : {}),
    ...sensitive,
  };
  const choices =
    'options' in item && item.options
      ? { options: item.options }
      : 'choices' in item && item.choices
        ? { choices: item.choices }
        : { options: starterOptions(defaults.locale, [defaults.option1, defaults.option2]) };
  switch (kind) {
    case 'single_choice':
    case 'multi_choice':
    case 'likert':
      return { ...flags, kind, ...choices };
    case 'matrix':
      return {
        ...flags,
        kind,
        ...choices,
        rows: [{ id: 'row_1', label: text(defaults.locale, defaults.row) }],
      };
    case 'rating':
      return { ...flags, kind, max: 5 };
    default:
      return { ...flags, kind };
  }
}

/** A new item of a kind with an id and a label. */
export function newItem(kind: ItemKind, id: string, label: string, defaults: KindDefaults): Item {
  return convertItem({ id, kind: 'note', label: text(defaults.locale, label) }, kind, defaults);
}
