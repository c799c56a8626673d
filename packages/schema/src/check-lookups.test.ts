// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import type { SurveyDefinition } from './definition.ts';
import { lookupSurvey, sampleList } from './fixtures/lookup-survey.ts';
import { lintSurvey } from './lint.ts';

function errorsOf(survey: SurveyDefinition) {
  const result = parseSurvey(survey);
  return result.success ? [] : result.errors;
}

describe('checking the lookups a survey reads', () => {
  it('should locate each pulldata() of a table the survey does not carry, saying which CSV to attach', () => {
    const { lookups: _, ...survey } = lookupSurvey;
    const missing = errorsOf(survey).filter((e) => e.code === 'missing_lookup');
    expect(missing.map((e) => e.path)).toEqual([
      'sections[0].items[1].calculation',
      'sections[0].items[2].calculation',
      'sections[0].items[3].showIf.expression',
      'sections[0].items[3].constraint',
      'sections[1].repeat.count',
    ]);
    expect(missing[0]?.message).toBe(
      "col 1: pulldata reads 'sampleList', which this survey does not carry: attach sampleList.csv",
    );
    expect(missing[3]?.message).toBe(
      "col 6: pulldata reads 'sampleList', which this survey does not carry: attach sampleList.csv",
    );
  });

  it('should locate a column the carried table lacks, listing its columns', () => {
    expect(errorsOf(lookupSurvey)).toEqual([
      {
        path: 'sections[0].items[3].constraint',
        code: 'unknown_lookup_column',
        message:
          "col 6: lookup table 'sampleList' has no column 'households' (its columns: EFEACODE, lat, lon, district)",
      },
      {
        path: 'sections[1].repeat.count',
        code: 'missing_lookup',
        message: "col 1: pulldata reads 'teams', which this survey does not carry: attach teams.csv",
      },
    ]);
  });

  it('should accept a survey carrying every table and column it reads', () => {
    const survey = structuredClone(lookupSurvey);
    survey.lookups = {
      sampleList: {
        columns: [...sampleList.columns, 'households'],
        rows: sampleList.rows.map((row) => [...row, '40']),
      },
      teams: { columns: ['district', 'size'], rows: [['Bong', '2']] },
    };
    expect(errorsOf(survey)).toEqual([]);
  });

  it("should ask for the table's name in quotes", () => {
    const survey = structuredClone(lookupSurvey);
    const lat = survey.sections[0]?.items[1];
    if (lat?.kind !== 'calculate') throw new Error('fixture changed');
    lat.calculation = "pulldata(${ea}, 'lat', 'EFEACODE', ${ea})";
    expect(errorsOf(survey)[0]).toMatchObject({
      path: 'sections[0].items[1].calculation',
      code: 'invalid_expression',
      message: expect.stringContaining("pulldata() needs the table's name in quotes"),
    });
  });

  it('should warn about a table no pulldata() reads', () => {
    const survey = structuredClone(lookupSurvey);
    survey.lookups = { ...survey.lookups, villages: { columns: ['code'], rows: [] } };
    expect(lintSurvey(survey).filter((w) => w.code === 'unused_lookup')).toEqual([
      {
        path: 'lookups.villages',
        code: 'unused_lookup',
        message: "lookup table 'villages' is not read by any pulldata(): use it or remove it",
      },
    ]);
    expect(lintSurvey(lookupSurvey).some((w) => w.code === 'unused_lookup')).toBe(false);
  });
});
