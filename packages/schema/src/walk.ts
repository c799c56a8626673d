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
