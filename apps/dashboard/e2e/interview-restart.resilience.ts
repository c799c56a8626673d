import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInterview } from './fill.ts';
import { HAS_CHROMIUM, type Harness, launchPhone, login, snap, startHarness } from './harness.ts';
import { answerFirstSection, checkedIn, expectSectionTwo } from './interview.ts';
import { passPinScreen } from './pin.ts';

/** Chromium with a profile on disk: closing it ends the browser process, as a phone's restart does. */

describe.skipIf(!HAS_CHROMIUM)('an interview in progress across a browser restart', () => {
  let h: Harness;
  let profile: string;
  let phone: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
    profile = mkdtempSync(join(tmpdir(), 'kolo-interview-'));
  });
  afterAll(async () => {
    await phone?.close().catch(() => undefined);
    await h?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('should bring the interview back at section 2 with every answer after the browser is killed and restarted', async () => {
    phone = await launchPhone(h, profile);
    let page = phone.pages()[0] ?? (await phone.newPage());
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await startInterview(page);
    const first = await answerFirstSection(page);
    await page.getByRole('button', { name: /^Далі$/ }).click();
    await page.getByText('Розділ 2 з').waitFor();
    await page.locator('form fieldset input[type="radio"]').first().check();
    const second = await checkedIn(page);
    await page.waitForTimeout(600);

    // the whole browser goes away mid-interview, as when a phone restarts or the app is killed
    await phone.close();
    phone = await launchPhone(h, profile);
    page = phone.pages()[0] ?? (await phone.newPage());
    await page.goto('/collect');
    await passPinScreen(page);
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    // the site picked last time comes back by itself
    await page.getByRole('button', { name: 'Resume the saved interview' }).click();
    await expectSectionTwo(page, second);
    await snap(page, 'restart-interview-resumed');
    await page.getByRole('button', { name: /^Назад$/ }).click();
    await page.getByText('Розділ 1 з').waitFor();
    expect(await checkedIn(page)).toEqual(first);
  });
});
