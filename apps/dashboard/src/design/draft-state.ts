import type {
  Choice,
  Condition,
  Indicator,
  Item,
  ItemKind,
  LocalizedText,
  Section,
  SurveyDefinition,
} from '@kolo/schema';
import { type KindDefaults, newItem } from './item-kinds.ts';
import { renameInCondition, renameInIndicators } from './references.ts';
import { parsePath, setIn, stripLocale, withText } from './text-paths.ts';

/** An item in the builder, with a key that survives edits of its id (for React and drag and drop). */
export interface DraftItem {
  readonly key: string;
  readonly item: Item;
}

export type SectionFields = Omit<Section, 'items'>;

export interface DraftSection {
  readonly key: string;
  readonly section: SectionFields;
  readonly items: readonly DraftItem[];
}

/** Everything of a definition but its sections. */
export type SurveyMeta = Omit<SurveyDefinition, 'sections'>;

/** The survey being built: a definition split into keyed sections and items, and what was last saved. */
export interface DraftState {
  readonly meta: SurveyMeta;
  readonly sections: readonly DraftSection[];
  readonly nextKey: number;
  /** The definition as last loaded or saved, as JSON, to tell unsaved changes. */
  readonly savedJson: string;
}

export type DraftAction =
  | { type: 'load'; definition: unknown }
  | { type: 'saved'; json: string }
  | { type: 'setMeta'; patch: Partial<SurveyMeta> }
  | { type: 'setText'; path: string; locale: string; value: string }
  | { type: 'addSection'; id: string; title: LocalizedText }
  | { type: 'updateSection'; key: string; section: SectionFields }
  | { type: 'duplicateSection'; key: string }
  | { type: 'deleteSection'; key: string }
  | { type: 'moveSection'; key: string; to: number }
  | { type: 'addItem'; sectionKey: string; kind: ItemKind; label: string; defaults: KindDefaults }
  | { type: 'updateItem'; key: string; item: Item }
  | { type: 'duplicateItem'; key: string }
  | { type: 'deleteItem'; key: string }
  | { type: 'moveItem'; key: string; sectionKey: string; to: number }
  | { type: 'stepItem'; key: string; delta: -1 | 1 }
  | { type: 'setCondition'; key: string; condition: Condition | undefined }
  | { type: 'addLocale'; locale: string }
  | { type: 'removeLocale'; locale: string }
  | { type: 'setChoiceList'; name: string; choices: readonly Choice[] | undefined }
  | { type: 'setIndicators'; indicators: readonly Indicator[] }
  | { type: 'lookupsSaved'; lookups: SurveyDefinition['lookups'] };

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Read any stored draft into builder state; a draft may be unfinished or invalid (an import with
 * errors), so missing parts get empty defaults and the problems panel says what is wrong.
 */
export function draftFromDefinition(input: unknown): DraftState {
  const { sections, ...rest } = record(input);
  let next = 1;
  const meta = {
    id: '',
    version: 1,
    locales: ['en'],
    title: {},
    ...rest,
  } as SurveyMeta;
  const draftSections = (Array.isArray(sections) ? sections : []).map((value) => {
    const { items, ...section } = record(value);
    return {
      key: `k${next++}`,
      section: section as SectionFields,
      items: (Array.isArray(items) ? items : []).map((item) => ({ key: `k${next++}`, item: item as Item })),
    };
  });
  const state: DraftState = { meta, sections: draftSections, nextKey: next, savedJson: '' };
  return { ...state, savedJson: JSON.stringify(definitionOf(state)) };
}

/** The survey definition the builder state stands for, as the API and `parseSurvey` read it. */
export function definitionOf(state: Pick<DraftState, 'meta' | 'sections'>): SurveyDefinition {
  const { indicators, ...meta } = state.meta;
  return {
    ...meta,
    sections: state.sections.map((s) => ({ ...s.section, items: s.items.map((i) => i.item) })),
    ...(indicators ? { indicators } : {}),
  };
}

/** True when the state differs from what was last saved. */
export function isDirty(state: DraftState): boolean {
  return JSON.stringify(definitionOf(state)) !== state.savedJson;
}

/** Every id in use in the survey (items, "please specify" answers, sections), to make new ones unique. */
export function takenIds(state: Pick<DraftState, 'sections'>): Set<string> {
  const taken = new Set<string>();
  for (const s of state.sections) {
    taken.add(s.section.id);
    for (const { item } of s.items) taken.add(item.id);
  }
  return taken;
}

/** `base`, or `base_2`, `base_3`... whichever is free; kept within the 63 characters an id allows. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 58) || 'q';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}_${n}`)) return `${stem}_${n}`;
}

function locate(state: DraftState, key: string): { s: number; i: number } | undefined {
  for (const [s, section] of state.sections.entries()) {
    const i = section.items.findIndex((item) => item.key === key);
    if (i >= 0) return { s, i };
  }
  return undefined;
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved);
  return copy;
}

function withSections(state: DraftState, sections: readonly DraftSection[]): DraftState {
  return { ...state, sections };
}

function mapItem(state: DraftState, key: string, update: (item: Item) => Item): DraftState {
  return withSections(
    state,
    state.sections.map((s) =>
      s.items.some((i) => i.key === key)
        ? { ...s, items: s.items.map((i) => (i.key === key ? { ...i, item: update(i.item) } : i)) }
        : s,
    ),
  );
}

/** Rename an item id everywhere it is referred to: conditions and indicators. */
function renameItem(state: DraftState, from: string, to: string): DraftState {
  const rename = <T extends { showIf?: Condition }>(owner: T): T =>
    owner.showIf ? { ...owner, showIf: renameInCondition(owner.showIf, from, to) } : owner;
  return {
    ...state,
    meta: state.meta.indicators
      ? { ...state.meta, indicators: renameInIndicators(state.meta.indicators, from, to) }
      : state.meta,
    sections: state.sections.map((s) => ({
      ...s,
      section: rename(s.section),
      items: s.items.map((i) => ({ ...i, item: rename(i.item) })),
    })),
  };
}

function copyItem(item: Item, taken: Set<string>): Item {
  const id = uniqueId(`${item.id}_copy`, taken);
  taken.add(id);
  return { ...structuredClone(item), id };
}

function setText(state: DraftState, path: string, locale: string, value: string): DraftState {
  const segments = parsePath(path);
  const apply = <T>(root: T, rest: typeof segments): T => {
    const text = rest.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
    return setIn(root, rest, withText(text as LocalizedText | undefined, locale, value));
  };
  const [head, s, itemsKey, i, ...rest] = segments;
  if (head === 'sections' && typeof s === 'number') {
    const sections = state.sections.map((section, index) => {
      if (index !== s) return section;
      if (itemsKey === 'items' && typeof i === 'number') {
        return {
          ...section,
          items: section.items.map((item, n) => (n === i ? { ...item, item: apply(item.item, rest) } : item)),
        };
      }
      return { ...section, section: apply(section.section, segments.slice(2)) };
    });
    return withSections(state, sections);
  }
  return { ...state, meta: apply(state.meta, segments) };
}

/**
 * The server stored new lookup tables on the draft (they are attached through their own routes):
 * take them, and when nothing else was unsaved, the draft stays saved.
 */
function lookupsSaved(state: DraftState, lookups: SurveyDefinition['lookups']): DraftState {
  const { lookups: _old, ...meta } = state.meta;
  const next = { ...state, meta: lookups && Object.keys(lookups).length > 0 ? { ...meta, lookups } : meta };
  return isDirty(state) ? next : { ...next, savedJson: JSON.stringify(definitionOf(next)) };
}

/** The builder's state changes, pure: every edit of the survey goes through here. */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'load':
      return draftFromDefinition(action.definition);
    case 'saved':
      return { ...state, savedJson: action.json };
    case 'lookupsSaved':
      return lookupsSaved(state, action.lookups);
    case 'setMeta':
      return { ...state, meta: { ...state.meta, ...action.patch } };
    case 'setText':
      return setText(state, action.path, action.locale, action.value);
    case 'addSection': {
      const section: DraftSection = {
        key: `k${state.nextKey}`,
        section: { id: uniqueId(action.id, takenIds(state)), title: action.title },
        items: [],
      };
      return { ...state, nextKey: state.nextKey + 1, sections: [...state.sections, section] };
    }
    case 'updateSection':
      return withSections(
        state,
        state.sections.map((s) => (s.key === action.key ? { ...s, section: action.section } : s)),
      );
    case 'duplicateSection': {
      const index = state.sections.findIndex((s) => s.key === action.key);
      const source = state.sections[index];
      if (!source) return state;
      const taken = takenIds(state);
      let next = state.nextKey;
      const id = uniqueId(`${source.section.id}_copy`, taken);
      taken.add(id);
      const copy: DraftSection = {
        key: `k${next++}`,
        section: { ...structuredClone(source.section), id },
        items: source.items.map((i) => ({ key: `k${next++}`, item: copyItem(i.item, taken) })),
      };
      const sections = [...state.sections];
      sections.splice(index + 1, 0, copy);
      return { ...state, nextKey: next, sections };
    }
    case 'deleteSection':
      return withSections(
        state,
        state.sections.filter((s) => s.key !== action.key),
      );
    case 'moveSection': {
      const from = state.sections.findIndex((s) => s.key === action.key);
      return from < 0 ? state : withSections(state, move(state.sections, from, action.to));
    }
    case 'addItem': {
      const taken = takenIds(state);
      const id = uniqueId(`q${taken.size}`, taken);
      const item: DraftItem = {
        key: `k${state.nextKey}`,
        item: newItem(action.kind, id, action.label, action.defaults),
      };
      return {
        ...state,
        nextKey: state.nextKey + 1,
        sections: state.sections.map((s) =>
          s.key === action.sectionKey ? { ...s, items: [...s.items, item] } : s,
        ),
      };
    }
    case 'updateItem': {
      const at = locate(state, action.key);
      const before = at ? state.sections[at.s]?.items[at.i]?.item : undefined;
      const updated = mapItem(state, action.key, () => action.item);
      return before && before.id !== action.item.id && !takenIds(state).has(action.item.id)
        ? renameItem(updated, before.id, action.item.id)
        : updated;
    }
    case 'duplicateItem': {
      const at = locate(state, action.key);
      const source = at && state.sections[at.s]?.items[at.i];
      if (!at || !source) return state;
      const copy: DraftItem = { key: `k${state.nextKey}`, item: copyItem(source.item, takenIds(state)) };
      return {
        ...state,
        nextKey: state.nextKey + 1,
        sections: state.sections.map((s, n) =>
          n === at.s ? { ...s, items: [...s.items.slice(0, at.i + 1), copy, ...s.items.slice(at.i + 1)] } : s,
        ),
      };
    }
    case 'deleteItem':
      return withSections(
        state,
        state.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.key !== action.key) })),
      );
    case 'moveItem': {
      const at = locate(state, action.key);
      const item = at && state.sections[at.s]?.items[at.i];
      if (!at || !item) return state;
      const without = state.sections.map((s, n) =>
        n === at.s ? { ...s, items: s.items.filter((i) => i.key !== action.key) } : s,
      );
      return withSections(
        state,
        without.map((s) => {
          if (s.key !== action.sectionKey) return s;
          const items = [...s.items];
          items.splice(Math.max(0, Math.min(action.to, items.length)), 0, item);
          return { ...s, items };
        }),
      );
    }
    case 'stepItem': {
      const at = locate(state, action.key);
      if (!at) return state;
      const section = state.sections[at.s];
      if (!section) return state;
      const to = at.i + action.delta;
      if (to >= 0 && to < section.items.length)
        return draftReducer(state, { type: 'moveItem', key: action.key, sectionKey: section.key, to });
      // past the end of a section: into the neighbouring one
      const neighbour = state.sections[at.s + action.delta];
      if (!neighbour) return state;
      return draftReducer(state, {
        type: 'moveItem',
        key: action.key,
        sectionKey: neighbour.key,
        to: action.delta < 0 ? neighbour.items.length : 0,
      });
    }
    case 'setCondition': {
      const apply = <T extends { showIf?: Condition }>(owner: T): T => {
        const { showIf: _old, ...rest } = owner;
        return (action.condition ? { ...rest, showIf: action.condition } : rest) as T;
      };
      if (state.sections.some((s) => s.key === action.key)) {
        return withSections(
          state,
          state.sections.map((s) => (s.key === action.key ? { ...s, section: apply(s.section) } : s)),
        );
      }
      return mapItem(state, action.key, apply);
    }
    case 'addLocale':
      return state.meta.locales.includes(action.locale)
        ? state
        : { ...state, meta: { ...state.meta, locales: [...state.meta.locales, action.locale] } };
    case 'removeLocale': {
      if (!state.meta.locales.includes(action.locale) || state.meta.locales.length < 2) return state;
      const meta = stripLocale(state.meta, action.locale);
      return {
        ...state,
        meta: { ...meta, locales: state.meta.locales.filter((l) => l !== action.locale) },
        sections: state.sections.map((s) => ({
          ...s,
          section: stripLocale(s.section, action.locale),
          items: s.items.map((i) => ({ ...i, item: stripLocale(i.item, action.locale) })),
        })),
      };
    }
    case 'setChoiceList': {
      const { [action.name]: _old, ...lists } = state.meta.choiceLists ?? {};
      const choiceLists = action.choices ? { ...lists, [action.name]: [...action.choices] } : lists;
      const { choiceLists: _lists, ...meta } = state.meta;
      return {
        ...state,
        meta: Object.keys(choiceLists).length > 0 ? { ...meta, choiceLists } : meta,
      };
    }
    case 'setIndicators': {
      const { indicators: _old, ...meta } = state.meta;
      return {
        ...state,
        meta: action.indicators.length > 0 ? { ...meta, indicators: [...action.indicators] } : meta,
      };
    }
  }
}
