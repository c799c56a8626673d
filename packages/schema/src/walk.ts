import type { Condition } from './condition.ts';
import type { Choice, Item, Section, SurveyDefinition } from './definition.ts';

/** An item with where it sits: its section, its indexes and its path in the definition. */
export interface ItemEntry {
  readonly item: Item;
  readonly section: Section;
  readonly sectionIndex: number;
  readonly itemIndex: number;
  /** Position in the whole survey, counting from 0. */
  readonly order: number;
  /** `sections[1].items[3]` */
  readonly path: string;
}

/** Every item of a survey in the order a respondent meets them. */
export function surveyItems(definition: SurveyDefinition): ItemEntry[] {
  const entries: ItemEntry[] = [];
  definition.sections.forEach((section, sectionIndex) => {
    section.items.forEach((item, itemIndex) => {
      entries.push({
        item,
        section,
        sectionIndex,
        itemIndex,
        order: entries.length,
        path: `sections[${sectionIndex}].items[${itemIndex}]`,
      });
    });
  });
  return entries;
}

/** The choices of a choice item, inline or from the named choice list; empty when the list is unknown. */
export function choicesOf(definition: SurveyDefinition, item: Item): readonly Choice[] {
  if (
    item.kind !== 'single_choice' &&
    item.kind !== 'multi_choice' &&
    item.kind !== 'likert' &&
    item.kind !== 'matrix'
  ) {
    return [];
  }
  if (item.options) return item.options;
  if (item.choices) return definition.choiceLists?.[item.choices] ?? [];
  return [];
}

/** The answer values an item accepts, for kinds with a closed set of values. */
export function allowedValues(definition: SurveyDefinition, item: Item): readonly string[] | undefined {
  switch (item.kind) {
    case 'single_choice':
    case 'multi_choice': {
      const values = choicesOf(definition, item).map((c) => c.value);
      return item.other ? [...values, OTHER_VALUE] : values;
    }
    case 'likert':
    case 'matrix':
      return choicesOf(definition, item).map((c) => c.value);
    case 'yes_no':
      return item.dontKnow ? ['yes', 'no', 'dont_know'] : ['yes', 'no'];
    default:
      return undefined;
  }
}

/** The choice value that stands for "other, please specify". */
export const OTHER_VALUE = 'other';

/** The answer key holding the "please specify" text of an item with an "other" option. */
export function otherKey(itemId: string): string {
  return `${itemId}_other`;
}

/** The condition under which an item is shown: its section's and its own, both required. */
export function visibilityOf(entry: Pick<ItemEntry, 'item' | 'section'>): Condition | undefined {
  const { item, section } = entry;
  if (section.showIf && item.showIf) return { all: [section.showIf, item.showIf] };
  return section.showIf ?? item.showIf;
}

/** Whether a section is asked once per instance (XLSForm's `begin_repeat`). */
export function isRepeatSection(
  section: Section,
): section is Section & { repeat: NonNullable<Section['repeat']> } {
  return section.repeat !== undefined;
}

/** The repeat section an item is asked in, or undefined for an item asked once. */
export function repeatSectionOf(definition: SurveyDefinition, itemId: string): Section | undefined {
  const section = repeatLayout(definition).get(itemId);
  return section === undefined ? undefined : definition.sections.find((s) => s.id === section);
}

const layouts = new WeakMap<SurveyDefinition, ReadonlyMap<string, string>>();

/**
 * Where repeat answers live: each item of a repeat section (and the section itself) mapped to the
 * section's id, the key of its list of instances. Computed once per definition.
 */
export function repeatLayout(definition: SurveyDefinition): ReadonlyMap<string, string> {
  let layout = layouts.get(definition);
  if (!layout) {
    const map = new Map<string, string>();
    for (const section of definition.sections) {
      if (!isRepeatSection(section)) continue;
      map.set(section.id, section.id);
      for (const item of section.items) map.set(item.id, section.id);
    }
    layout = map;
    layouts.set(definition, layout);
  }
  return layout;
}

/**
 * The answers as an expression inside one instance reads them: the top-level answers with the
 * instance's own items over them (each of the section's ids present, even unanswered, so an
 * aggregate there reads this instance only, as XLSForm's relative paths do).
 */
export function instanceAnswers(
  answers: Readonly<Record<string, unknown>>,
  section: Section,
  instance: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const view: Record<string, unknown> = { ...answers };
  for (const item of section.items) {
    view[item.id] = Object.hasOwn(instance, item.id) ? instance[item.id] : undefined;
    const other = otherKey(item.id);
    if (Object.hasOwn(instance, other)) view[other] = instance[other];
  }
  return view;
}
