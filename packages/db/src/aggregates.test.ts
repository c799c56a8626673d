import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey, splitByMonth } from './aggregates.ts';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { storeSubmissions } from './ingest.ts';
import { organizations, sites } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const parsed = parseSurvey({
  id: 'months',
  version: 1,
  locales: ['en'],
  title: { en: 'Months' },
  sections: [
    {
      id: 'main',
      title: { en: 'Main' },
      items: [{ id: 'score', kind: 'rating', max: 5, label: { en: 'Score' } }],
    },
  ],
});
if (!parsed.success) throw new Error('fixture invalid');
const survey: SurveyDefinition = parsed.survey;

describe('splitByMonth', () => {
  it('should keep whole months for the monthly rollups and leave the edges to the daily ones', () => {
    expect(splitByMonth('2026-01-10', '2026-03-20')).toEqual({ first: '2026-02-01', end: '2026-03-01' });
    expect(splitByMonth('2026-01-01', '2026-03-31')).toEqual({ first: '2026-01-01', end: '2026-04-01' });
    expect(splitByMonth(undefined, undefined)).toEqual({});
    expect(splitByMonth('2026-01-10', '2026-01-20')).toEqual({ first: '2026-02-01', end: '2026-01-01' });
  });
});

describe.each(testEngines())('monthly and daily rollups on %s', (engine) => {
  let database: Database;
  let orgId: string;
  const days: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db.insert(organizations).values({ slug: 'm', name: 'M' }).returning();
    orgId = org?.id ?? '';
    const [site] = await database.db
      .insert(sites)
      .values({ orgId, name: 'S', country: 'UA', city: 'Lviv' })
      .returning();
    // one submission on every fifth day from November to April
    const batch = [];
    for (
      let t = Date.parse('2025-11-03T12:00:00Z');
      t < Date.parse('2026-04-28T00:00:00Z');
      t += 5 * 86_400_000
    ) {
      const answers = { score: (days.length % 5) + 1 };
      days.push(new Date(t).toISOString().slice(0, 10));
      batch.push({
        id: randomUUID(),
        orgId,
        surveyId: 'months',
        version: 1,
        siteId: site?.id ?? '',
        collectedBy: null,
        collectedAt: new Date(t),
        locale: 'en',
        answers,
        facts: submissionFacts(survey, answers),
      });
    }
    await storeSubmissions(database.db, batch);
  });
  afterAll(async () => {
    await database.close();
  });

  const respondents = async (from?: string, to?: string, bucket: 'week' | 'month' | 'quarter' = 'month') => {
    const raw = await aggregateSurvey(database.db, orgId, 'months', { from, to }, bucket);
    return raw.totals.find((t) => t.question === '@' && t.value === '*')?.n ?? 0;
  };

  it('should count the same submissions whatever the mix of whole months and edge days', async () => {
    const ranges: Array<[string | undefined, string | undefined]> = [
      [undefined, undefined],
      ['2026-01-10', '2026-03-20'],
      ['2026-01-01', '2026-03-31'],
      ['2025-12-31', '2026-02-01'],
      ['2026-02-03', '2026-02-17'],
      [undefined, '2026-01-15'],
      ['2026-03-02', undefined],
    ];
    for (const [from, to] of ranges) {
      const expected = days.filter((d) => (!from || d >= from) && (!to || d <= to)).length;
      expect(await respondents(from, to), `${from}..${to}`).toBe(expected);
      expect(await respondents(from, to, 'week'), `${from}..${to} weekly`).toBe(expected);
    }
  });
});
