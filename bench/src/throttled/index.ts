import { join } from 'node:path';
import { launchChromium, median } from '../frontend/browser.ts';
import { buildDashboard } from '../frontend/build.ts';
import type { BenchOptions, Metrics } from '../metric.ts';
import { cachedSignIn, firstVisit, type JourneyTiming, SLOW_PHONE } from './journey.ts';
import { startDashboardServer } from './server.ts';

const FIRST_VISIT_GOAL_MS = 6000;
const CACHED_SIGNIN_GOAL_MS = 2000;
const round = (value: number) => Math.round(value);
const goal = (met: boolean, text: string) => `goal ${text}: ${met ? 'met' : 'MISSED'}`;

interface Runs {
  readonly firstVisit: JourneyTiming[];
  readonly cachedSignIn: JourneyTiming[];
}

/** `runs` first visits on fresh profiles, each followed by `runs` sign-ins with the app cached. */
async function measure(dist: string, identity: boolean, runs: number): Promise<Runs> {
  const server = await startDashboardServer(dist, identity);
  const browser = await launchChromium();
  const result: Runs = { firstVisit: [], cachedSignIn: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const visit = await firstVisit(browser, server.url);
      result.firstVisit.push(visit.timing);
      for (let again = 0; again < runs; again += 1) result.cachedSignIn.push(await cachedSignIn(visit.page));
      await visit.context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return result;
}

const medianOf = (timings: readonly JourneyTiming[]) => median(timings.map((t) => t.toQuestionMs));
const list = (timings: readonly JourneyTiming[]) => timings.map((t) => round(t.toQuestionMs)).join(', ');

/**
 * A monitor on a slow phone network (issue 16): first visit and a later sign-in with the app cached,
 * to the first question, in Chromium with DevTools network and CPU throttling. The baseline is the
 * same server answering without compression (Accept-Encoding removed), so the ratio is visible;
 * `KOLO_BENCH_THROTTLED_RUNS` sets the number of runs.
 * @example const metrics = await throttledMetrics({ smoke: true, workDir: '/tmp/bench' });
 */
export async function throttledMetrics(options: BenchOptions): Promise<Metrics> {
  const runs = Number(process.env.KOLO_BENCH_THROTTLED_RUNS ?? (options.smoke ? 1 : 3));
  const dist = join(options.workDir, 'throttled', 'dashboard');
  await buildDashboard(dist);
  const ours = await measure(dist, false, runs);
  const raw = options.smoke ? null : await measure(dist, true, runs);
  const first = medianOf(ours.firstVisit);
  const cached = medianOf(ours.cachedSignIn);
  const picks = median([...ours.firstVisit, ...ours.cachedSignIn].map((t) => t.picksMs));
  const setting =
    `Chromium, DevTools throttling ${SLOW_PHONE.kbps} kbps each way, ${SLOW_PHONE.latencyMs} ms latency, ` +
    `CPU ${SLOW_PHONE.cpuSlowdown}x slower, 360 px; the monitor's own typing and picks (site, survey, ` +
    `language, start; median ${round(picks)} ms) timed and subtracted; median of ${ours.firstVisit.length}`;
  const baseline = (timings: JourneyTiming[] | undefined) =>
    timings && timings.length > 0 ? round(medianOf(timings)) : null;
  return {
    'collect.throttled.first_visit_to_question_ms': {
      value: round(first),
      unit: 'ms',
      baseline: baseline(raw?.firstVisit),
      note:
        `Empty profile: navigation to /login, sign in as the demo monitor, Collect, first question of ` +
        `service-satisfaction. ${setting} (${list(ours.firstVisit)}); baseline: the same server without ` +
        `compression (${raw ? list(raw.firstVisit) : 'not run in smoke'}). The service worker's own ` +
        `precache downloads are not throttled (DevTools throttles the page). ` +
        goal(first <= FIRST_VISIT_GOAL_MS, `<= ${FIRST_VISIT_GOAL_MS} ms`),
    },
    'collect.throttled.cached_signin_to_question_ms': {
      value: round(cached),
      unit: 'ms',
      baseline: baseline(raw?.cachedSignIn),
      note:
        `App on the device (service worker and HTTP cache warm, after sign-out): submitting the sign-in ` +
        `form to the first question. ${setting.replace(/median of \d+/, `median of ${ours.cachedSignIn.length}`)} ` +
        `(${list(ours.cachedSignIn)}); baseline without compression ` +
        `(${raw ? list(raw.cachedSignIn) : 'not run in smoke'}). ` +
        goal(cached <= CACHED_SIGNIN_GOAL_MS, `<= ${CACHED_SIGNIN_GOAL_MS} ms`),
    },
  };
}
