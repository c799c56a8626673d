import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../src/offline/cache.ts';
import { fillAndSubmit, startInterview, UK_BUTTONS } from './fill.ts';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  type Harness,
  launchPhone,
  login,
  snap,
  startHarness,
} from './harness.ts';
import { DEMO_PIN, passPinScreen } from './pin.ts';

/** Chromium with a profile on disk: closing it ends the browser process, as a phone's restart does. */

async function staffApi(h: Harness) {
  const context = await h.browser.newContext({ baseURL: h.url });
  const res = await context.request.post('/api/auth/login', {
    data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return context;
}

async function respondents(h: Harness): Promise<number> {
  const context = await staffApi(h);
  const res = await context.request.get('/api/surveys/service-satisfaction/results');
  const body = (await res.json()) as { respondents: { n: number } };
  await context.close();
  return body.respondents.n;
}

/**
 * The outbox decrypted with the PIN, the way only someone holding it can: the vault's key is
 * unwrapped by PBKDF2 from the PIN, then each payload and reason is opened (entries still in
 * clear, put by this test as an older app version would have stored them, are returned as they are).
 */
function openOutbox(page: Page, pin = DEMO_PIN): Promise<OutboxEntry[]> {
  return page.evaluate(async (pin) => {
    type Row = Record<string, unknown> & {
      id: string;
      owner?: string;
      sealed?: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
    };
    type Vault = {
      email: string;
      salt: Uint8Array<ArrayBuffer>;
      iterations: number;
      wrapIv: Uint8Array<ArrayBuffer>;
      wrappedKey: ArrayBuffer;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kolo');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const get = db.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as T[]);
        get.onerror = () => reject(get.error);
      });
    const vaults = await all<Vault>('vault');
    const rows = await all<Row>('outbox');
    db.close();
    const text = new TextEncoder();
    const keys = new Map<string, CryptoKey>();
    for (const v of vaults) {
      const material = await crypto.subtle.importKey('raw', text.encode(pin), 'PBKDF2', false, ['deriveKey']);
      const kek = await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: v.salt, iterations: v.iterations },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['unwrapKey'],
      );
      const key = await crypto.subtle.unwrapKey(
        'raw',
        v.wrappedKey,
        kek,
        { name: 'AES-GCM', iv: v.wrapIv, additionalData: text.encode(`kolo-vault|${v.email}`) },
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt'],
      );
      keys.set(v.email, key);
    }
    return Promise.all(
      rows.map(async (row) => {
        if (!row.sealed || !row.owner) return row as unknown as OutboxEntry;
        const { owner, sealed, ...clear } = row;
        const key = keys.get(owner);
        if (!key) throw new Error(`no vault for ${owner}`);
        const data = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.iv, additionalData: text.encode(`outbox|${row.id}|${owner}`) },
          key,
          sealed.data,
        );
        return { ...clear, ...JSON.parse(new TextDecoder().decode(data)) } as OutboxEntry;
      }),
    );
  }, pin);
}

/** The outbox as IndexedDB holds it on the device: ids, status and retry times in clear, payloads sealed. */
function outbox(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(
    () =>
      new Promise<OutboxEntry[]>((resolve, reject) => {
        const open = indexedDB.open('kolo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('outbox').objectStore('outbox').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as OutboxEntry[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

function putEntry(page: Page, entry: OutboxEntry): Promise<void> {
  return page.evaluate(
    (e) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kolo');
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          tx.objectStore('outbox').put(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entry,
  );
}

const SUBMISSIONS = '**/api/submissions**';

/**
 * Offline for sure: Chromium's offline emulation is per page, and a request the service worker
 * passes on to the network can slip past it, so while the phone is "offline" submissions are also
 * refused at the context's network layer, which sees the service worker's requests too.
 */
async function holdSubmissions(phone: BrowserContext): Promise<void> {
  await phone.route(SUBMISSIONS, (route) => route.abort('internetdisconnected'));
}

describe.skipIf(!HAS_CHROMIUM)('the offline outbox across a browser restart', () => {
  let h: Harness;
  let profile: string;
  let phone: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
    profile = mkdtempSync(join(tmpdir(), 'kolo-profile-'));
  });
  afterAll(async () => {
    await phone?.close().catch(() => undefined);
    await h?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('should keep queued interviews through a restart, retry 5xx and network errors with backoff, set 409, 422 and unstorable text aside, and send each once', async () => {
    const before = await respondents(h);
    phone = await launchPhone(h, profile, false);
    let page = phone.pages()[0] ?? (await phone.newPage());
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(ready, 'the service worker never became ready').toBe(true);
    await page.reload();
    await passPinScreen(page);
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await phone.setOffline(true);
    await holdSubmissions(phone);
    for (const n of [1, 2]) {
      await startInterview(page);
      await fillAndSubmit(page, UK_BUTTONS);
      await page.getByText('Saved on this device. It will be sent when you are online.').waitFor();
      await snap(page, `restart-0${n}-queued`);
    }
    expect(await outbox(page)).toHaveLength(2);
    // on the device the answers are ciphertext; with the PIN they open
    for (const raw of await outbox(page)) expect(raw.payload).toBeUndefined();
    const queued = await openOutbox(page);
    expect(queued.map((e) => e.payload.answers).every((a) => Object.keys(a).length > 0)).toBe(true);

    // the whole browser goes away, as when a phone is switched off; it comes back offline
    await phone.close();
    phone = await launchPhone(h, profile, true);
    page = phone.pages()[0] ?? (await phone.newPage());
    await page.goto('/collect/outbox');
    // after the page is served from the service worker (routing first would bypass it), before the
    // PIN unlocks the outbox and the app tries to send
    await holdSubmissions(phone);
    await passPinScreen(page);
    await page.getByText('2 interviews waiting').waitFor();
    await snap(page, 'restart-03-outbox-after-restart');
    expect((await outbox(page)).map((e) => e.id).sort()).toEqual(queued.map((e) => e.id).sort());
    expect(await respondents(h)).toBe(before);

    // meanwhile: the second interview's id is stored with other content (409), and a third entry
    // names a survey version the server does not know (422)
    const [first, second] = [...queued].sort((a, b) => a.createdAt - b.createdAt) as [
      OutboxEntry,
      OutboxEntry,
    ];
    const staff = await staffApi(h);
    const clash = await staff.request.post('/api/submissions', {
      data: { ...second.payload, answers: { ...second.payload.answers, comment: 'other content' } },
      headers: { origin: h.url },
    });
    expect(clash.status()).toBe(201);
    await staff.close();
    const invalid: OutboxEntry = {
      ...first,
      id: randomUUID(),
      payload: { ...first.payload, id: '', version: 99 },
      createdAt: first.createdAt + 1,
    };
    invalid.payload.id = invalid.id;
    await putEntry(page, invalid);
    // and a fourth holds a NUL character, which the database cannot store: it alone is set aside
    const unstorable: OutboxEntry = {
      ...first,
      id: randomUUID(),
      payload: { ...first.payload, answers: { ...first.payload.answers, comment: 'a\u0000b' } },
      createdAt: first.createdAt + 2,
    };
    unstorable.payload.id = unstorable.id;
    await putEntry(page, unstorable);
    const afterClash = await respondents(h);
    expect(afterClash).toBe(before + 1);

    // the server answers 503, then the network drops, then it works
    const delivered: string[][] = [];
    let call = 0;
    await phone.unroute(SUBMISSIONS);
    await phone.route('**/api/submissions/batch', async (route) => {
      call += 1;
      if (call === 1)
        return route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'x' } } });
      if (call === 2) return route.abort('internetdisconnected');
      const body = route.request().postDataJSON() as { submissions: Array<{ id: string }> };
      delivered.push(body.submissions.map((s) => s.id));
      return route.continue();
    });
    // reload first (still offline, from the service worker), so the page is locked when the network returns
    await page.reload();
    await page.locator('#lock-title').waitFor();
    await phone.setOffline(false);
    // payloads are sealed: nothing is sent before the PIN unlocks the device
    await page.waitForTimeout(1_000);
    expect(call).toBe(0);
    await passPinScreen(page);
    await page.getByText('4 interviews waiting').waitFor();

    const retried = async (attempts: number) => {
      await expect
        .poll(async () => (await outbox(page)).filter((e) => e.attempts >= attempts).length, {
          timeout: 20_000,
        })
        .toBe(4);
      for (const e of await outbox(page)) {
        expect(e.status).toBe('pending');
        // backoff: 5 s doubling with ±20 % jitter, so the next try waits at least 4 s
        expect((e.nextAttemptAt ?? 0) - (e.lastAttemptAt ?? 0)).toBeGreaterThanOrEqual(
          0.8 * 5_000 * 2 ** (e.attempts - 1),
        );
      }
    };
    // the app syncs when the network returns and on start. A try cut short by the network change
    // itself is a network error that waits its backoff; then "Send now" makes the first try, which
    // meets the 503
    await expect
      .poll(
        async () => {
          if (call === 0) await page.getByRole('button', { name: 'Send now' }).click();
          return call;
        },
        { timeout: 20_000, interval: 2_000 },
      )
      .toBeGreaterThanOrEqual(1);
    const attemptsAfter503 = Math.min(...(await outbox(page)).map((e) => e.attempts));
    await retried(attemptsAfter503);
    expect(await respondents(h)).toBe(afterClash);
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => call, { timeout: 20_000 }).toBe(2);
    await retried(attemptsAfter503 + 1);
    expect(await respondents(h)).toBe(afterClash);
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('0 interviews waiting').waitFor({ timeout: 30_000 });
    await page.getByText('Another, different interview with this id is already stored.').waitFor();
    await page.getByText(/The server refused some answers: version: unknown survey version/).waitFor();
    await snap(page, 'restart-04-set-aside');

    const left = await openOutbox(page);
    expect(left.map((e) => [e.id, e.status, e.reason?.status]).sort()).toEqual(
      [
        [second.id, 'rejected', 409],
        [invalid.id, 'rejected', 422],
        [unstorable.id, 'rejected', 422],
      ].sort(),
    );
    expect(await respondents(h)).toBe(afterClash + 1);

    // nothing is sent twice: one delivery carried the first interview, and syncing again sends nothing
    await page.reload();
    await passPinScreen(page);
    await page.getByText('0 interviews waiting').waitFor();
    await page.waitForTimeout(1_500);
    expect(delivered.flat().filter((id) => id === first.id)).toHaveLength(1);
    expect(
      delivered.flat().filter((id) => id === second.id || id === invalid.id || id === unstorable.id),
    ).toHaveLength(3);
    expect(await respondents(h)).toBe(afterClash + 1);

    // a server that refuses a whole batch (413, say from a proxy with a smaller limit) makes the app
    // send the items one by one: the good one is stored, the broken one alone is set aside
    const fresh = (offset: number, comment?: string): OutboxEntry => {
      const id = randomUUID();
      const answers = comment === undefined ? first.payload.answers : { ...first.payload.answers, comment };
      return {
        ...first,
        id,
        payload: { ...first.payload, id, answers },
        status: 'pending',
        attempts: 0,
        nextAttemptAt: 0,
        lastAttemptAt: null,
        reason: null,
        createdAt: first.createdAt + offset,
      };
    };
    const good = fresh(3);
    const broken = fresh(4, 'x\u0000y');
    await phone.unrouteAll();
    let refused = 0;
    await phone.route('**/api/submissions/batch', (route) => {
      refused += 1;
      return route.fulfill({ status: 413, json: { error: { code: 'too_large', message: 'too large' } } });
    });
    await putEntry(page, good);
    await putEntry(page, broken);
    // the sync on unlock sends them (both are due at once)
    await page.reload();
    await passPinScreen(page);
    await expect
      .poll(async () => (await outbox(page)).find((e) => e.id === broken.id)?.status, { timeout: 30_000 })
      .toBe('rejected');
    expect(refused).toBeGreaterThanOrEqual(1);
    expect((await outbox(page)).map((e) => e.id)).not.toContain(good.id);
    expect((await openOutbox(page)).find((e) => e.id === broken.id)?.reason?.status).toBe(422);
    expect(await respondents(h)).toBe(afterClash + 2);
  });
});
