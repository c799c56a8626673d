import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import {
  type DraftAction,
  type DraftState,
  definitionOf,
  draftFromDefinition,
  draftReducer,
  isDirty,
} from './draft-state.ts';

const DEFAULTS = { locale: 'en', option1: 'Option 1', option2: 'Option 2', row: 'Row 1' };

const SURVEY = {
  id: 'access-check',
  version: 1,
  locales: ['en'],
  title: { en: 'Access check' },
  sections: [
    {
      id: 'visit',
      title: { en: 'Visit' },
      items: [
        { id: 'visited', kind: 'yes_no', label: { en: 'Did you visit?' } },
        {
          id: 'visits',
          kind: 'number',
          min: 0,
          label: { en: 'How many times?' },
          showIf: { question: 'visited', op: 'eq', value: 'yes' },
        },
      ],
    },
    { id: 'more', title: { en: 'More' }, items: [{ id: 'comment', kind: 'text', label: { en: 'Comment' } }] },
  ],
  indicators: [
    { id: 'visited_share', kind: 'share', label: { en: 'Visited' }, item: 'visited', values: ['yes'] },
  ],
};

function run(state: DraftState, ...actions: DraftAction[]): DraftState {
  return actions.reduce(draftReducer, state);
}

const ids = (state: DraftState) => state.sections.map((s) => s.items.map((i) => i.item.id));
const keyOf = (state: DraftState, id: string) =>
  state.sections.flatMap((s) => s.items).find((i) => i.item.id === id)?.key ?? '';

describe('draftReducer', () => {
  it('should load a definition and give back the same definition, unchanged and not dirty', () => {
    const state = draftFromDefinition(SURVEY);
    expect(definitionOf(state)).toEqual(SURVEY);
    expect(isDirty(state)).toBe(false);
    expect(parseSurvey(definitionOf(state)).success).toBe(true);
  });

  it('should read an unfinished draft without sections into an empty, editable state', () => {
    const state = draftFromDefinition({ id: 'new-one' });
    expect(state.sections).toEqual([]);
    expect(state.meta.locales).toEqual(['en']);
  });

  it('should add a section and an item of every kind that the schema accepts once labelled', () => {
    let state = run(draftFromDefinition({ ...SURVEY, sections: [] }), {
      type: 'addSection',
      id: 'section_1',
      title: { en: 'First' },
    });
    const sectionKey = state.sections[0]?.key ?? '';
    for (const kind of [
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
    ] as const) {
      state = draftReducer(state, {
        type: 'addItem',
        sectionKey,
        kind,
        label: `A ${kind}`,
        defaults: DEFAULTS,
      });
    }
    expect(state.sections[0]?.items.map((i) => i.item.kind)).toHaveLength(10);
    expect(new Set(ids(state)[0]).size).toBe(10);
    const result = parseSurvey({ ...definitionOf(state), indicators: undefined });
    expect(result.success ? [] : result.errors).toEqual([]);
    expect(isDirty(state)).toBe(true);
  });

  it('should move an item within a section and across sections, by drop and by step', () => {
    const state = draftFromDefinition(SURVEY);
    const moved = run(state, {
      type: 'moveItem',
      key: keyOf(state, 'visits'),
      sectionKey: state.sections[0]?.key ?? '',
      to: 0,
    });
    expect(ids(moved)).toEqual([['visits', 'visited'], ['comment']]);
    const down = run(state, { type: 'stepItem', key: keyOf(state, 'visits'), delta: 1 });
    expect(ids(down)).toEqual([['visited'], ['visits', 'comment']]);
    const up = run(state, { type: 'stepItem', key: keyOf(state, 'comment'), delta: -1 });
    expect(ids(up)).toEqual([['visited', 'visits', 'comment'], []]);
    expect(run(state, { type: 'stepItem', key: keyOf(state, 'visited'), delta: -1 })).toEqual(state);
  });

  it('should move a section', () => {
    const state = draftFromDefinition(SURVEY);
    const moved = run(state, { type: 'moveSection', key: state.sections[1]?.key ?? '', to: 0 });
    expect(moved.sections.map((s) => s.section.id)).toEqual(['more', 'visit']);
  });

  it('should duplicate an item and a section with fresh unique ids', () => {
    const state = draftFromDefinition(SURVEY);
    const once = run(state, { type: 'duplicateItem', key: keyOf(state, 'visited') });
    expect(ids(once)[0]).toEqual(['visited', 'visited_copy', 'visits']);
    const twice = run(once, { type: 'duplicateItem', key: keyOf(state, 'visited') });
    expect(ids(twice)[0]).toEqual(['visited', 'visited_copy_2', 'visited_copy', 'visits']);
    const sections = run(state, { type: 'duplicateSection', key: state.sections[1]?.key ?? '' });
    expect(sections.sections.map((s) => s.section.id)).toEqual(['visit', 'more', 'more_copy']);
    expect(ids(sections)[2]).toEqual(['comment_copy']);
    expect(parseSurvey(definitionOf(sections)).success).toBe(true);
  });

  it('should delete an item and a section', () => {
    const state = draftFromDefinition(SURVEY);
    expect(ids(run(state, { type: 'deleteItem', key: keyOf(state, 'visits') }))).toEqual([
      ['visited'],
      ['comment'],
    ]);
    expect(run(state, { type: 'deleteSection', key: state.sections[0]?.key ?? '' }).sections).toHaveLength(1);
  });

  it('should rename references in conditions and indicators when an item id changes', () => {
    const state = draftFromDefinition(SURVEY);
    const key = keyOf(state, 'visited');
    const item = state.sections[0]?.items[0]?.item;
    if (!item) throw new Error('no item');
    const renamed = definitionOf(run(state, { type: 'updateItem', key, item: { ...item, id: 'went' } }));
    expect(renamed.sections[0]?.items[1]?.showIf).toEqual({ question: 'went', op: 'eq', value: 'yes' });
    expect(renamed.indicators?.[0]).toMatchObject({ item: 'went' });
  });

  it('should translate a text by its path and remove a translation left empty', () => {
    const state = run(
      draftFromDefinition(SURVEY),
      { type: 'addLocale', locale: 'uk' },
      { type: 'setText', path: 'title', locale: 'uk', value: 'Перевірка доступу' },
      { type: 'setText', path: 'sections[0].title', locale: 'uk', value: 'Візит' },
      { type: 'setText', path: 'sections[0].items[1].label', locale: 'uk', value: 'Скільки разів?' },
      { type: 'setText', path: 'indicators[0].label', locale: 'uk', value: 'Відвідали' },
    );
    const definition = definitionOf(state);
    expect(definition.locales).toEqual(['en', 'uk']);
    expect(definition.title).toEqual({ en: 'Access check', uk: 'Перевірка доступу' });
    expect(definition.sections[0]?.title.uk).toBe('Візит');
    expect(definition.sections[0]?.items[1]?.label.uk).toBe('Скільки разів?');
    expect(definition.indicators?.[0]?.label.uk).toBe('Відвідали');
    const cleared = definitionOf(run(state, { type: 'setText', path: 'title', locale: 'uk', value: ' ' }));
    expect(cleared.title).toEqual({ en: 'Access check' });
  });

  it('should remove a locale with all its texts, but never the last one', () => {
    const state = run(
      draftFromDefinition(SURVEY),
      { type: 'addLocale', locale: 'uk' },
      { type: 'setText', path: 'sections[0].items[0].label', locale: 'uk', value: 'Чи відвідали?' },
      { type: 'removeLocale', locale: 'uk' },
    );
    expect(definitionOf(state)).toEqual(SURVEY);
    expect(run(state, { type: 'removeLocale', locale: 'en' }).meta.locales).toEqual(['en']);
  });

  it('should set and clear a condition on an item and on a section', () => {
    const state = draftFromDefinition(SURVEY);
    const condition = { any: [{ question: 'visited', op: 'eq' as const, value: 'no' }] };
    const withSection = run(state, { type: 'setCondition', key: state.sections[1]?.key ?? '', condition });
    expect(definitionOf(withSection).sections[1]?.showIf).toEqual(condition);
    const cleared = run(state, { type: 'setCondition', key: keyOf(state, 'visits'), condition: undefined });
    expect(definitionOf(cleared).sections[0]?.items[1]).not.toHaveProperty('showIf');
  });

  it('should mark the state clean once saved', () => {
    const state = run(draftFromDefinition(SURVEY), { type: 'setMeta', patch: { title: { en: 'Changed' } } });
    expect(isDirty(state)).toBe(true);
    expect(isDirty(run(state, { type: 'saved', json: JSON.stringify(definitionOf(state)) }))).toBe(false);
  });

  it('should add, replace and remove a shared choice list', () => {
    const choices = [{ value: 'a', label: { en: 'A' } }];
    const state = run(draftFromDefinition(SURVEY), { type: 'setChoiceList', name: 'ab', choices });
    expect(state.meta.choiceLists).toEqual({ ab: choices });
    expect(run(state, { type: 'setChoiceList', name: 'ab', choices: undefined }).meta).not.toHaveProperty(
      'choiceLists',
    );
  });

  it('should take lookup tables the server stored and stay saved, or stay unsaved when it was', () => {
    const areas = { columns: ['code', 'lat'], rows: [['a1', '6.3']] };
    const clean = run(draftFromDefinition(SURVEY), { type: 'lookupsSaved', lookups: { areas } });
    expect(definitionOf(clean).lookups).toEqual({ areas });
    expect(isDirty(clean)).toBe(false);
    const removed = run(clean, { type: 'lookupsSaved', lookups: undefined });
    expect(removed.meta).not.toHaveProperty('lookups');
    expect(isDirty(removed)).toBe(false);
    const edited = run(draftFromDefinition(SURVEY), { type: 'setMeta', patch: { title: { en: 'Renamed' } } });
    const stillEdited = run(edited, { type: 'lookupsSaved', lookups: { areas } });
    expect(stillEdited.meta.lookups).toEqual({ areas });
    expect(isDirty(stillEdited)).toBe(true);
  });
});
