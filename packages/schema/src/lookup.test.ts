// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateAnswers, calculateItem } from './calculate.ts';
import { validateAnswers } from './compile.ts';
import type { LookupTable } from './definition.ts';
import { evaluateExpression } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { lookupSurvey, sampleList } from './fixtures/lookup-survey.ts';
import { lookupsNeeded, pulldata, type SurveyLookups, surveyExpressions } from './lookup.ts';

function run(source: string, lookups: SurveyLookups | undefined = lookupSurvey.lookups) {
  const parsed = parseExpression(source);
  if (!parsed.success) throw new Error(parsed.error.message);
  return evaluateExpression(parsed.expression, { answers: { ea: '30010102' }, lookups });
}

describe('pulldata', () => {
  it('should give the column of the first row whose key column equals the key', () => {
    expect(pulldata(sampleList, 'lat', 'EFEACODE', '30010101')).toBe('6.3156');
    expect(pulldata(sampleList, 'district', 'EFEACODE', '40020201')).toBe('Bong');
    expect(pulldata(sampleList, 'EFEACODE', 'district', 'Greater Monrovia')).toBe('30010101');
  });

  it("should give '' for a missing row, column or table, as ODK does", () => {
    expect(pulldata(sampleList, 'lat', 'EFEACODE', '99999999')).toBe('');
    expect(pulldata(sampleList, 'height', 'EFEACODE', '30010101')).toBe('');
    expect(pulldata(sampleList, 'lat', 'code', '30010101')).toBe('');
    expect(pulldata(undefined, 'lat', 'EFEACODE', '30010101')).toBe('');
    expect(pulldata(sampleList, 'lat', 'EFEACODE', ' 30010101')).toBe('');
  });
});

/** Tables with few distinct texts, so keys repeat and many lookups hit. */
const smallText = fc.constantFrom('', 'a', 'b', '1', '01', ' a', 'Б');
const table: fc.Arbitrary<LookupTable> = fc
  .uniqueArray(fc.constantFrom('k', 'v', 'w', 'x'), { minLength: 1, maxLength: 4 })
  .chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(fc.array(smallText, { minLength: columns.length, maxLength: columns.length }), {
        maxLength: 12,
      }),
    }),
  );

describe('pulldata, indexed', () => {
  it('should answer as a scan for the first matching row does, for any table and any lookups', () => {
    const scan = (t: LookupTable, column: string, keyColumn: string, key: string) => {
      const value = t.columns.indexOf(column);
      const at = t.columns.indexOf(keyColumn);
      const row = t.rows.find((r) => at >= 0 && r[at] === key);
      return value >= 0 && row ? (row[value] ?? '') : '';
    };
    const names = fc.constantFrom('k', 'v', 'w', 'x', 'y');
    fc.assert(
      fc.property(table, fc.array(fc.tuple(names, names, smallText), { maxLength: 20 }), (t, reads) => {
        for (const [column, keyColumn, key] of reads)
          expect(pulldata(t, column, keyColumn, key)).toBe(scan(t, column, keyColumn, key));
      }),
      { numRuns: 500 },
    );
  });
});

describe('pulldata() in an expression', () => {
  it("should read the survey's table, comparing the key's text", () => {
    expect(run("pulldata('sampleList', 'lon', 'EFEACODE', ${ea})")).toBe('-10.7605');
    expect(run("pulldata('sampleList', 'lat', 'EFEACODE', 40020201) * 2")).toBe(14);
    expect(run("pulldata('sampleList', 'lat', 'EFEACODE', concat('3001', '0101'))")).toBe('6.3156');
  });

  it("should read '' for a table the survey does not carry, or with no tables at all", () => {
    expect(run("pulldata('villages', 'lat', 'EFEACODE', ${ea})")).toBe('');
    expect(run("pulldata('sampleList', 'lat', 'EFEACODE', ${ea})", {})).toBe('');
    expect(run("pulldata('constructor', 'lat', 'EFEACODE', ${ea})")).toBe('');
  });
});

describe('lookupsNeeded', () => {
  it('should name every table and column read, from every kind of expression, each once', () => {
    expect(lookupsNeeded(lookupSurvey)).toEqual([
      { name: 'sampleList', columns: ['lat', 'EFEACODE', 'lon', 'district', 'households'] },
      { name: 'teams', columns: ['size', 'district'] },
    ]);
  });

  it('should leave out a table or column not written in quotes', () => {
    const survey = structuredClone(lookupSurvey);
    const first = survey.sections[0]?.items[1];
    if (first?.kind !== 'calculate') throw new Error('fixture changed');
    first.calculation = "pulldata(${ea}, 'lat', 'EFEACODE', ${ea}) + pulldata('sites', ${ea}, 'code', 1)";
    expect(lookupsNeeded(survey).find((n) => n.name === 'sites')).toEqual({
      name: 'sites',
      columns: ['code'],
    });
  });

  it('should list the expressions with where each is written', () => {
    expect(surveyExpressions(lookupSurvey).map((e) => e.path)).toEqual([
      'sections[0].items[1].calculation',
      'sections[0].items[2].calculation',
      'sections[0].items[3].showIf.expression',
      'sections[0].items[3].constraint',
      'sections[1].repeat.count',
    ]);
  });
});

describe('calculations that look values up', () => {
  it('should compute the same value in the form and on the server', () => {
    const answers = { ea: '30010102' };
    const lat = lookupSurvey.sections[0]?.items[1];
    if (lat?.kind !== 'calculate') throw new Error('fixture changed');
    // the form: one item at a time, with the survey's tables in the options
    expect(calculateItem(lat, answers, { lookups: lookupSurvey.lookups })).toBe(6.2907);
    // the whole survey: reads definition.lookups itself
    expect(calculateAnswers(lookupSurvey, answers)).toEqual({ ea: '30010102', lat: 6.2907, lon: -10.7605 });
    // the server: recomputes whatever the client sent
    const checked = validateAnswers(lookupSurvey, { ea: '30010102', lat: 1, lon: 2, households: 3 });
    expect(checked).toEqual({
      success: true,
      answers: { ea: '30010102', lat: 6.2907, lon: -10.7605, households: 3 },
    });
  });

  it('should hide a question by a looked-up value and leave a calculation with no row out', () => {
    const bong = validateAnswers(lookupSurvey, { ea: '40020201', households: 3 });
    expect(bong.success).toBe(false);
    if (!bong.success) expect(Object.keys(bong.errors)).toEqual(['households']);
    expect(calculateAnswers(lookupSurvey, { ea: 'nowhere' })).toEqual({ ea: 'nowhere' });
  });
});
