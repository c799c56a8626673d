import type { SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './survey-changes.ts';

const sampleList = {
  columns: ['EFEACODE', 'lat'],
  rows: [
    ['30010101', '6.3156'],
    ['30010102', '6.2907'],
  ],
};
const withoutTables: SurveyDefinition = {
  id: 'village-visit',
  version: 1,
  locales: ['en'],
  title: { en: 'Village visit' },
  sections: [
    { id: 'area', title: { en: 'Area' }, items: [{ id: 'ea', kind: 'text', label: { en: 'Area' } }] },
  ],
};
const lookupSurvey: SurveyDefinition = { ...withoutTables, lookups: { sampleList } };

describe('what a new version changes', () => {
  it('should name lookup tables a version adds, replaces and removes, beside its items', () => {
    expect(summarizeChanges(withoutTables, lookupSurvey).lookups).toEqual({
      added: ['sampleList'],
      removed: [],
      changed: [],
    });
    const replaced = {
      ...lookupSurvey,
      lookups: { sampleList: { ...sampleList, rows: sampleList.rows.slice(1) } },
    };
    expect(summarizeChanges(lookupSurvey, replaced)).toEqual({
      added: [],
      removed: [],
      changed: [],
      lookups: { added: [], removed: [], changed: ['sampleList'] },
    });
    expect(summarizeChanges(lookupSurvey, withoutTables, 'tables gone').lookups).toEqual({
      added: [],
      removed: ['sampleList'],
      changed: [],
    });
  });

  it('should leave lookups out when no table changed', () => {
    const summary = summarizeChanges(lookupSurvey, lookupSurvey);
    expect(summary).toEqual({ added: [], removed: [], changed: [] });
  });
});
