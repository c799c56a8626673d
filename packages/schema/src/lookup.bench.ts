import { bench, describe } from 'vitest';
import { calculateAnswers } from './calculate.ts';
import type { LookupTable, SurveyDefinition } from './definition.ts';
import { LOOKUP_MAX_ROWS } from './definition.ts';
import { lookupSurvey } from './fixtures/lookup-survey.ts';
import { pulldata } from './lookup.ts';

/** A sample list at the cap: 10,000 areas with four columns. */
function areas(): LookupTable {
  return {
    columns: ['EFEACODE', 'lat', 'lon', 'district'],
    rows: Array.from({ length: LOOKUP_MAX_ROWS }, (_, i) => [
      String(30_000_000 + i),
      `6.${i}`,
      `-10.${i}`,
      'd',
    ]),
  };
}

const keys = Array.from({ length: 1_000 }, (_, i) => String(30_000_000 + ((i * 7_919) % LOOKUP_MAX_ROWS)));
const big: SurveyDefinition = { ...lookupSurvey, lookups: { sampleList: areas() } };

describe('pulldata over 10,000 rows', () => {
  bench('1,000 lookups in a fresh table (index built once)', () => {
    const table = areas();
    for (const key of keys) pulldata(table, 'lat', 'EFEACODE', key);
  });

  bench('1,000 lookups in an indexed table', () => {
    for (const key of keys) pulldata(big.lookups?.sampleList, 'lat', 'EFEACODE', key);
  });

  bench('1,000 linear scans (what an index saves)', () => {
    const table = big.lookups?.sampleList as LookupTable;
    for (const key of keys) table.rows.find((row) => row[0] === key);
  });

  bench('calculateAnswers with two lookups, 1,000 submissions', () => {
    for (const key of keys) calculateAnswers(big, { ea: key });
  });
});
