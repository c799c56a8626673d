import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInterview } from './fill.ts';
import { HAS_CHROMIUM, type Harness, login, newContext, startHarness } from './harness.ts';

/** A property name only zod's schemas carry: minifying keeps property names. */
const ZOD_MARK = '_zod';
/** A class name only the form engine (@kolo/forms) writes: a script holding it carries the form engine. */
const FORM_ENGINE_MARK = 'kolo-progress';
const ASSETS = fileURLToPath(new URL('../dist/assets/', import.meta.url));

describe.skipIf(!HAS_CHROMIUM)('what a monitor’s phone downloads to fill a form', () => {
  let h: Harness;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should hold zod in the build, so the check below looks for the right mark', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    const withZod = scripts.filter((name) => readFileSync(`${ASSETS}${name}`, 'utf8').includes(ZOD_MARK));
    // the designer and the administration screens check definitions with zod
    expect(withZod.length).toBeGreaterThan(0);
  });

  it('should fetch no zod to open Collect and start an interview', async () => {
    // the service worker blocked, as in `pnpm bench`: its precache downloads every script, on purpose
    context = await newContext(h, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === h.url && url.pathname.endsWith('.js'))
        scripts.set(
          url.pathname,
          response.text().catch(() => ''),
        );
    });
    await login(page, 'monitor@demo.kolo');
    await startInterview(page);
    // the form is on screen: the scripts it runs are in (no wait for an idle network, which a
    // phone's background sync need not give)
    await page.locator('.kolo-form [data-question]').first().waitFor();
    const bodies = new Map<string, string>();
    for (const [path, body] of scripts) bodies.set(path, await body);
    const engine = [...bodies].filter(([, body]) => body.includes(FORM_ENGINE_MARK));
    expect(engine.length, 'the form engine was not among the scripts seen').toBeGreaterThan(0);
    const withZod = [...bodies].filter(([, body]) => body.includes(ZOD_MARK)).map(([path]) => path);
    expect(withZod, 'these scripts carry zod into Collect’s download').toEqual([]);
  });
});
