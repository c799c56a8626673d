import { openDatabase, submissionFacts } from '@kolo/db';
import { allowedValues, type SurveyDefinition, surveyItems } from '@kolo/schema';
import type { BenchDatabase } from './database.ts';
import { SURVEY_ID } from './fixtures.ts';
import type { Metrics } from './metric.ts';
import { type BenchServer, getJson } from './server.ts';

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The results requests measured: no filter, two site/time filters, and a filter on an answer plus a country. */
export function resultsQueries(survey: SurveyDefinition): Record<string, string> {
  const choice = surveyItems(survey)
    .map((e) => e.item)
    .find((item) => item.kind === 'single_choice' && !item.showIf);
  const value = choice ? allowedValues(survey, choice)?.[0] : undefined;
  const now = Date.now();
  const from = dayOf(now - 200 * 86_400_000);
  const to = dayOf(now - 20 * 86_400_000);
  return {
    none: '',
    filtered: `?country=UA&from=${from}&to=${to}`,
    ...(choice && value ? { answer: `?country=UA&filter=${choice.id}:${value}` } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** Median time of a results request over `rounds` sequential requests, after two warm-ups. */
async function p50(server: BenchServer, query: string, rounds: number): Promise<number> {
  const path = `/api/surveys/${SURVEY_ID}/results${query}`;
  const times: number[] = [];
  for (let i = 0; i < rounds + 2; i += 1) {
    const started = performance.now();
    await getJson(server, path);
    if (i >= 2) times.push(performance.now() - started);
  }
  return median(times);
}

/** Results at `size` submissions: p50 of each query; the named figure is the worse of none and filtered. */
export async function resultsMetrics(
  server: BenchServer,
  engine: 'pg' | 'pglite',
  size: number,
  smoke: boolean,
  sizeNote: string,
): Promise<{ metrics: Metrics; unfilteredMs: number; survey: SurveyDefinition }> {
  const { definition: survey } = await getJson<{ definition: SurveyDefinition }>(
    server,
    `/api/surveys/${SURVEY_ID}`,
  );
  const queries = resultsQueries(survey);
  const rounds = smoke ? 5 : 25;
  const ms: Record<string, number> = {};
  for (const [name, query] of Object.entries(queries))
    ms[name] = await p50(server, query, name === 'answer' ? Math.min(rounds, 7) : rounds);
  const none = ms.none ?? Number.NaN;
  const filtered = ms.filtered ?? Number.NaN;
  const key = `results.1m.${engine}`;
  const metrics: Metrics = {
    [`${key}.p50_ms`]: {
      value: Math.max(none, filtered),
      unit: 'ms',
      baseline: null,
      note: `${size} submissions${sizeNote}; worse of no filter (${none.toFixed(1)} ms) and two filters ${queries.filtered} (${filtered.toFixed(1)} ms); p50 of ${rounds} sequential GETs`,
    },
    [`${key}.unfiltered.p50_ms`]: { value: none, unit: 'ms', baseline: null, note: 'no filter' },
    [`${key}.filtered.p50_ms`]: {
      value: filtered,
      unit: 'ms',
      baseline: null,
      note: `two filters: ${queries.filtered} (read from the rollups)`,
    },
  };
  if (ms.answer !== undefined)
    metrics[`${key}.answer_filter.p50_ms`] = {
      value: ms.answer,
      unit: 'ms',
      baseline: null,
      note: `${queries.answer}: a filter on an answer reads the matching submissions, not the rollups; p50 of ${Math.min(rounds, 7)}`,
    };
  return { metrics, unfilteredMs: none, survey };
}

/**
 * The naive way: load every submission's answers into JavaScript (in pages by keyset) and count
 * the same facts there. Returns its time in ms.
 */
export async function naiveResultsMs(target: BenchDatabase, survey: SurveyDefinition): Promise<number> {
  const database = await openDatabase({
    databaseUrl: target.env.DATABASE_URL,
    dataDir: target.env.KOLO_DATA_DIR,
  });
  try {
    const started = performance.now();
    const counts = new Map<string, { n: number; total: number }>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const result = await database.db.execute(
        `select id::text as id, answers from submissions where survey_id = '${SURVEY_ID}' and id > '${after}' order by id limit 20000`,
      );
      const rows = ((result as { rows?: unknown[] }).rows ?? result) as Array<{
        id: string;
        answers: Record<string, unknown>;
      }>;
      if (rows.length === 0) break;
      for (const row of rows) {
        for (const f of submissionFacts(survey, row.answers)) {
          const key = `${f.q}\u0000${f.v}`;
          const c = counts.get(key);
          if (c) {
            c.n += 1;
            c.total += f.x ?? 0;
          } else counts.set(key, { n: 1, total: f.x ?? 0 });
        }
      }
      after = rows[rows.length - 1]?.id ?? after;
    }
    if (counts.size === 0) throw new Error('naive results: no submissions');
    return performance.now() - started;
  } finally {
    await database.close();
  }
}
