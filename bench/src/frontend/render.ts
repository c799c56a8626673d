import type { SurveyDefinition } from '@kolo/schema';
import type { Browser, Page } from 'playwright-core';
import { median } from './browser.ts';
import { serveStatic } from './server.ts';

/** Medians over fresh page loads: mount time, and keystroke-to-frame time in one text field. */
export interface RenderResult {
  readonly commitMs: number;
  readonly firstFrameMs: number;
  readonly allMs: number;
  readonly keystrokeMs: number;
  /** The first keystroke of each run, half a second after the last question showed. */
  readonly firstKeystrokeMs: number;
  /** The page's first Intl use, paid at load outside the timings (see INTL_INIT_MS). */
  readonly intlMs: number;
  /** Questions in the DOM at the first commit, and in all. */
  readonly firstQuestions: number;
  readonly questions: number;
}

export interface RenderOptions {
  /** The built pages and the page to open (`kolo-render.html` or `surveyjs-render.html`). */
  readonly dist: string;
  readonly page: string;
  /** What `window.bench.mount` receives: a kolo definition or SurveyJS JSON. */
  readonly definition: unknown;
  readonly typeInto: string;
  readonly runs: number;
  readonly keystrokes: number;
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
  return { page, close: () => context.close() };
}

async function typeOnce(page: Page, questionId: string): Promise<{ ms: number; rerendered: string[] }> {
  await page.evaluate((id) => window.bench?.armKeystroke(id), questionId);
  await page.keyboard.press('a');
  const result = await page.evaluate(() => window.bench?.keystroke());
  if (!result) throw new Error('no bench page');
  return result;
}

/** Mount the survey in a fresh page `runs` times, timing each mount and a few keystrokes. */
export async function measureRender(browser: Browser, options: RenderOptions): Promise<RenderResult> {
  const server = await serveStatic(options.dist, options.page);
  const commits: number[] = [];
  const firstFrames: number[] = [];
  const alls: number[] = [];
  const keys: number[] = [];
  const firstKeys: number[] = [];
  const intl: number[] = [];
  let questions = 0;
  let firstQuestions = 0;
  try {
    for (let run = 0; run < options.runs; run++) {
      const { page, close } = await openPage(browser, `${server.url}/${options.page}`);
      try {
        const mounted = await page.evaluate(
          (definition) => window.bench?.mount(definition),
          options.definition,
        );
        if (!mounted) throw new Error('no bench page');
        commits.push(mounted.commitMs);
        firstFrames.push(mounted.firstFrameMs);
        alls.push(mounted.allMs);
        intl.push(mounted.intlMs);
        questions = mounted.questions;
        firstQuestions = mounted.firstQuestions;
        // a respondent reads before typing
        await page.waitForTimeout(500);
        for (let i = 0; i < options.keystrokes; i++) {
          const { ms } = await typeOnce(page, options.typeInto);
          keys.push(ms);
          if (i === 0) firstKeys.push(ms);
        }
      } finally {
        await close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    commitMs: median(commits),
    firstFrameMs: median(firstFrames),
    allMs: median(alls),
    keystrokeMs: median(keys),
    firstKeystrokeMs: median(firstKeys),
    intlMs: median(intl),
    firstQuestions,
    questions,
  };
}

/**
 * In a profiling build, type `keystrokes` characters into one field and return, per keystroke, the
 * questions whose <Profiler> reported a commit.
 */
export async function countRerenders(
  browser: Browser,
  dist: string,
  definition: SurveyDefinition,
  questionId: string,
  keystrokes: number,
): Promise<string[][]> {
  const server = await serveStatic(dist, 'kolo-render.html');
  try {
    const { page, close } = await openPage(browser, `${server.url}/kolo-render.html`);
    try {
      await page.evaluate((survey) => window.bench?.mount(survey), definition);
      const rerendered: string[][] = [];
      for (let i = 0; i < keystrokes; i++) rerendered.push((await typeOnce(page, questionId)).rerendered);
      return rerendered;
    } finally {
      await close();
    }
  } finally {
    await server.close();
  }
}
