import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, Metric, Metrics } from '../metric.ts';
import { launchChromium } from './browser.ts';
import { buildDashboard, buildPages } from './build.ts';
import { appJavaScript, baselineDownload, collectDownload, downloadParts } from './bundle.ts';
import { generatedSurvey, middleTextQuestion } from './generated-survey.ts';
import { countRerenders, measureRender } from './render.ts';
import { toSurveyJs } from './to-surveyjs.ts';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (value: number) => Math.round(value * 10) / 10;
const goal = (met: boolean, text: string) => `goal ${text}: ${met ? 'met' : 'MISSED'}`;

/**
 * The collect app's weight and the form's speed, each beside SurveyJS (survey-core + survey-react-ui
 * 3.0.0) built with the same Vite settings: bundle.collect.*, form.200q.*, form.keystroke.*.
 * @example const metrics = await frontendMetrics({ smoke: true, workDir: '/tmp/bench' });
 */
export async function frontendMetrics(options: BenchOptions): Promise<Metrics> {
  const size = options.smoke ? 60 : 200;
  const runs = options.smoke ? 3 : 7;
  const keystrokes = options.smoke ? 3 : 5;
  const dirs = {
    dashboard: join(options.workDir, 'frontend', 'dashboard'),
    baseline: join(options.workDir, 'frontend', 'baseline'),
    baselineOnReact: join(options.workDir, 'frontend', 'baseline-react'),
    pages: join(options.workDir, 'frontend', 'pages'),
    profiling: join(options.workDir, 'frontend', 'profiling'),
  };
  const chunkParts = await buildDashboard(dirs.dashboard);
  await buildPages(['collect-baseline'], dirs.baseline);
  await buildPages(['collect-baseline'], dirs.baselineOnReact, 'react');
  await buildPages(['kolo-render', 'surveyjs-render'], dirs.pages);
  await buildPages(['kolo-render'], dirs.profiling, 'react-profiling');

  const survey = generatedSurvey(size);
  const typeInto = middleTextQuestion(survey);
  const browser = await launchChromium();
  try {
    const ours = await collectDownload(browser, dirs.dashboard);
    const theirs = await baselineDownload(browser, dirs.baseline);
    const theirsOnReact = await baselineDownload(browser, dirs.baselineOnReact);
    const app = await appJavaScript(dirs.dashboard);
    const parts = (await downloadParts(ours, dirs.dashboard, chunkParts))
      .slice(0, 12)
      .map(([part, bytes]) => `${part} ${kb(bytes)}`)
      .join(', ');
    const load = loadavg()[0]?.toFixed(1) ?? '?';
    const kolo = await measureRender(browser, {
      dist: dirs.pages,
      page: 'kolo-render.html',
      definition: survey,
      typeInto,
      runs,
      keystrokes,
    });
    const surveyJs = await measureRender(browser, {
      dist: dirs.pages,
      page: 'surveyjs-render.html',
      definition: toSurveyJs(survey, 'en'),
      typeInto,
      runs,
      keystrokes,
    });
    const rerendered = await countRerenders(browser, dirs.profiling, survey, typeInto, keystrokes);
    const worst = Math.max(...rerendered.map((ids) => ids.length));
    const others = [...new Set(rerendered.flat().filter((id) => id !== typeInto))];

    const ratio = Math.round((ours.js / theirs.js) * 1000) / 1000;
    const sized = `${size} questions${options.smoke ? ' (smoke size)' : ''}`;
    const metrics: Record<string, Metric> = {
      'bundle.collect.gzip_kb': {
        value: kb(ours.js),
        unit: 'KiB',
        baseline: kb(theirs.js),
        note:
          `JavaScript fetched by Chromium (service worker blocked) while a monitor opens /collect and then ` +
          `the service-satisfaction fill page, the dashboard built with its own vite.config.ts and a mocked ` +
          `API; each file gzipped at level 9 (${ours.files.filter((f) => f.endsWith('.js')).length} files), React's ` +
          `API on Preact as the dashboard's vite.config.ts aliases it. Baseline: survey-core + survey-react-ui ` +
          `3.0.0 rendering the same survey (converted to SurveyJS JSON, fetched like kolo's definition), built ` +
          `with the same plugin-react, aliases (so on Preact too), es2022 target and minifier; on React itself ` +
          `it is ${kb(theirsOnReact.js)} KiB. ` +
          `Largest parts (KiB, estimated from pre-minification lengths): ${parts}.`,
      },
      'bundle.collect.ratio_vs_surveyjs': {
        value: ratio,
        unit: 'ratio',
        baseline: kb(theirs.js),
        note:
          `kolo's collect JavaScript / the SurveyJS baseline's (baseline in KiB gzip); JS only, style sheets ` +
          `in bundle.collect.css_gzip_kb. ${goal(ratio <= 0.33, '<= 0.33')}.`,
      },
      'bundle.collect.css_gzip_kb': {
        value: kb(ours.css),
        unit: 'KiB',
        baseline: kb(theirs.css),
        note: "Style sheets fetched on the same visits; the baseline imports SurveyJS's default theme (survey-core.css).",
      },
      'bundle.app.total_gzip_kb': {
        value: kb(app),
        unit: 'KiB',
        baseline: null,
        note:
          'Every .js file of the dashboard build, gzipped at level 9: what the Workbox service worker ' +
          'precaches after the first visit so the app opens offline.',
      },
      'form.200q.render_ms': {
        value: ms(kolo.firstFrameMs),
        unit: 'ms',
        baseline: ms(surveyJs.firstFrameMs),
        note:
          `${sized} of mixed kinds in one section, @kolo/forms on the dashboard's runtime (React's API on ` +
          `Preact, as its vite.config.ts aliases it) in headless Chromium ` +
          `(412x915 viewport, 2 cores shared with other work: load average ${load} as it started; timings ` +
          `scale with it): createRoot().render to the first commit (a layout effect) and ` +
          `the frame drawn after it, median of ${runs} fresh page loads; that frame holds ` +
          `${kolo.firstQuestions} questions (more than a phone screen; the rest follow in batches after it, ` +
          `see form.200q.all_questions_ms: transitions, which the dashboard's Preact runs after the next ` +
          `frame). Baseline: SurveyJS the same way, new Model() included ` +
          `(${surveyJs.firstQuestions} questions in its first commit), built with the same aliases. A ` +
          `renderer's first Intl use (ICU data, ${ms(kolo.intlMs)} ms here) is paid at page load outside ` +
          `the timings, as the app shell pays it ` +
          `before a form opens. ${goal(kolo.firstFrameMs <= 100, '<= 100 ms')}.`,
      },
      'form.200q.all_questions_ms': {
        value: ms(kolo.allMs),
        unit: 'ms',
        baseline: ms(surveyJs.allMs),
        note:
          `The same mounts until all ${kolo.questions} questions are in the DOM and the next frame is drawn ` +
          `(SurveyJS: ${surveyJs.questions}); kolo's first commit took ${ms(kolo.commitMs)} ms, SurveyJS's ` +
          `${ms(surveyJs.commitMs)} ms.`,
      },
      'form.200q.keystroke_ms': {
        value: ms(kolo.keystrokeMs),
        unit: 'ms',
        baseline: ms(surveyJs.keystrokeMs),
        note:
          `Keydown in ${typeInto} to the next frame drawn (input-to-next-paint), median of ${runs * keystrokes} ` +
          `keystrokes typed from half a second after the last question showed (first keystroke of a run: ` +
          `${ms(kolo.firstKeystrokeMs)} ms, SurveyJS ${ms(surveyJs.firstKeystrokeMs)} ms); kolo validates the ` +
          `whole survey on change, and SurveyJS is set to update and check on typing to match.`,
      },
      'form.keystroke.rerendered_fields': {
        value: worst,
        unit: 'fields',
        baseline: null,
        note:
          `Questions whose React <Profiler> (one around each question, wired only when SurveyForm gets ` +
          `onRender) reported a commit after one keystroke in ${typeInto}, worst of ${keystrokes}; the page is ` +
          `built on React itself with react-dom/profiling, as <Profiler> is silent in production React and ` +
          `Preact has none. ` +
          `${others.length > 0 ? `Others re-rendered: ${others.slice(0, 8).join(', ')}. ` : ''}` +
          `${goal(worst <= 1 && others.length === 0, 'exactly the typed field')}.`,
      },
    };
    return metrics;
  } finally {
    await browser.close();
  }
}
