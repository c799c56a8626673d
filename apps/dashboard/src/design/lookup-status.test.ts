// @vitest-environment node
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions write references as ${name}
import type { SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { lookupEntries } from './lookup-status.ts';

const survey = (lookups?: SurveyDefinition['lookups']): SurveyDefinition => ({
  id: 'village',
  version: 1,
  locales: ['en'],
  title: { en: 'Village' },
  ...(lookups ? { lookups } : {}),
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      items: [
        { id: 'ea', kind: 'text', label: { en: 'Area' } },
        {
          id: 'lat',
          kind: 'calculate',
          label: { en: 'Latitude' },
          calculation: "pulldata('sampleList', 'lat', 'EFEACODE', ${ea})",
        },
        {
          id: 'lon',
          kind: 'calculate',
          label: { en: 'Longitude' },
          calculation: "pulldata('sampleList', 'lon', 'EFEACODE', ${ea})",
        },
      ],
    },
  ],
});

describe('the lookup tables of a draft', () => {
  it('should list a table the form reads but lacks as missing, with the columns it reads', () => {
    expect(lookupEntries(survey())).toEqual([
      { name: 'sampleList', status: 'missing', read: ['lat', 'EFEACODE', 'lon'], missingColumns: [] },
    ]);
  });

  it('should list an attached table with the columns it lacks, and an unread one as unused', () => {
    const sampleList = { columns: ['EFEACODE', 'lat'], rows: [['1', '6.3']] };
    const teams = { columns: ['district', 'size'], rows: [] };
    expect(lookupEntries(survey({ sampleList, teams }))).toEqual([
      {
        name: 'sampleList',
        status: 'attached',
        table: sampleList,
        read: ['lat', 'EFEACODE', 'lon'],
        missingColumns: ['lon'],
      },
      { name: 'teams', status: 'unused', table: teams, read: [], missingColumns: [] },
    ]);
  });

  it('should not read a table name off the prototype', () => {
    const broken = survey();
    const calc = broken.sections[0]?.items[1];
    if (calc?.kind === 'calculate') calc.calculation = "pulldata('constructor', 'a', 'b', ${ea})";
    expect(lookupEntries(broken).map((e) => [e.name, e.status])).toEqual([
      ['constructor', 'missing'],
      ['sampleList', 'missing'],
    ]);
  });
});
