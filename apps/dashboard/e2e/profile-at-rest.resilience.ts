import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, startInterview, UK_BUTTONS } from './fill.ts';
import { HAS_CHROMIUM, type Harness, launchPhone, login, startHarness } from './harness.ts';
import { passPinScreen } from './pin.ts';

/** Every file under `dir` whose bytes hold `text` in UTF-8 or UTF-16LE (how V8 and LevelDB store strings). */
function filesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const hits: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) hits.push(relative(dir, full));
      }
    }
  };
  walk(dir);
  return hits;
}

/** Walk the form, answering each step; type `text` into the free-text question; submit at the end if asked. */
async function fillWithText(page: Page, text: string, submit: boolean): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    const box = page.locator('form textarea:visible, form input[type="text"]:visible').first();
    if (await box.isVisible().catch(() => false)) {
      await box.fill(text);
      if (!submit) return;
    }
    const send = page.getByRole('button', { name: UK_BUTTONS.submit });
    if (await send.isVisible().catch(() => false)) {
      await send.click();
      return;
    }
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: UK_BUTTONS.next }).click();
    await page.waitForTimeout(150);
  }
  throw new Error('no free-text question found');
}

/** A draft the way kolo stored drafts before encryption: answers in clear. */
function putPlaintextDraft(page: Page, marker: string): Promise<void> {
  return page.evaluate(
    (m) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kolo');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({
            key: 'control|control',
            submissionId: crypto.randomUUID(),
            surveyId: 'control',
            version: 1,
            siteId: 'control',
            locale: 'en',
            answers: { comment: m },
            step: 0,
            startedAt: new Date().toISOString(),
            updatedAt: Date.now(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    marker,
  );
}

describe.skipIf(!HAS_CHROMIUM)('answers at rest in the browser profile', () => {
  let h: Harness;
  let profile: string;
  let phone: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
    profile = mkdtempSync(join(tmpdir(), 'kolo-at-rest-'));
  });
  afterAll(async () => {
    await phone?.close().catch(() => undefined);
    await h?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('should leave no answer typed in a draft or queued in the outbox in any file of the profile, while a clear-text one is found', async () => {
    const drafted = `MARKER-${randomUUID()}`;
    const queued = `MARKER-${randomUUID()}`;
    const control = `CONTROL-${randomUUID()}`;
    phone = await launchPhone(h, profile);
    const page = phone.pages()[0] ?? (await phone.newPage());
    page.on('dialog', (dialog) => void dialog.accept());
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(ready, 'the service worker never became ready').toBe(true);
    await phone.setOffline(true);

    // one interview queued in the outbox (offline), one left as a draft
    await startInterview(page);
    await fillWithText(page, queued, true);
    await page.getByText('Saved on this device. It will be sent when you are online.').waitFor();
    await startInterview(page);
    await fillWithText(page, drafted, false);
    // the draft save is debounced; give it time to land
    await page.waitForTimeout(1_500);
    // teeth: what the app stored before encryption, a draft in clear, is what the scan must find
    await putPlaintextDraft(page, control);
    await page.goto('/collect/outbox');
    await passPinScreen(page);
    await page.getByText('1 interview waiting').waitFor();
    await phone.close();
    phone = undefined;

    expect(filesHolding(profile, control).length, 'the scan cannot see IndexedDB on disk').toBeGreaterThan(0);
    expect(filesHolding(profile, queued)).toEqual([]);
    expect(filesHolding(profile, drafted)).toEqual([]);

    // and the queued interview is still there for the monitor with the PIN, after a restart, offline
    phone = await launchPhone(h, profile, true);
    // the monitor is signed in on this phone: the offline sign-in must never flash before the lock
    await phone.addInitScript(() => {
      new MutationObserver(() => {
        if (document.getElementById('offline-sign-in-title')) sessionStorage.setItem('sawOfflineSignIn', '1');
      }).observe(document, { subtree: true, childList: true });
    });
    const requests: string[] = [];
    phone.on('request', (r) => {
      if (r.url().includes('/api/')) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    const again = phone.pages()[0] ?? (await phone.newPage());
    await again.goto('/collect/outbox');
    const screen = await passPinScreen(again);
    await again
      .getByText('1 interview waiting')
      .waitFor()
      .catch(async (error: unknown) => {
        const online = await again.evaluate(() => navigator.onLine).catch(() => 'unknown');
        const text = await again
          .locator('body')
          .textContent()
          .catch(() => '');
        throw new Error(
          `no queued interview after the restart (PIN screen: ${screen}, online: ${online}, API requests: ${requests.join(', ')}): ${text}`,
          { cause: error },
        );
      });
    expect(await again.evaluate(() => sessionStorage.getItem('sawOfflineSignIn'))).toBeNull();
  });
});
