import { useEffect, useState } from 'react';
import { ApiRequestError, isNetworkError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { SubmissionPayload, SubmissionResult } from '../api/types.ts';
import { retryDelayMs } from './backoff.ts';
import { deviceDb, type ObservationPayload, type OutboxEntry, type StoredOutboxEntry } from './cache.ts';
import { isSealed, sealOutboxEntry, unsealOutboxEntry } from './sealed-records.ts';
import { onLockChange, unlockedEmail } from './vault.ts';

const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('kolo-outbox');
channel?.addEventListener('message', () => {
  for (const l of listeners) l();
});

function changed() {
  for (const l of listeners) l();
  channel?.postMessage('changed');
}

/** Follow outbox changes (this tab and others). */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queue a finished interview on the device, encrypted (the device must be unlocked); it is sent by
 * {@link syncOutbox}.
 */
export async function enqueueSubmission(payload: SubmissionPayload): Promise<void> {
  const entry: OutboxEntry = {
    id: payload.id,
    payload,
    status: 'pending',
    attempts: 0,
    lastAttemptAt: null,
    nextAttemptAt: 0,
    reason: null,
    createdAt: Date.now(),
  };
  const sealed = await sealOutboxEntry(entry);
  // the id is made once per interview: queuing it again (a double tap) keeps one entry
  await (await deviceDb()).put('outbox', sealed);
  changed();
}

/**
 * Queue a field observation on the device, encrypted like an interview, sent by {@link syncOutbox}
 * with the same retries; its id is made once per report, so a resend keeps one row on the server.
 */
export async function enqueueObservation(payload: ObservationPayload): Promise<void> {
  const entry: OutboxEntry<ObservationPayload> = {
    id: payload.id,
    kind: 'observation',
    payload,
    status: 'pending',
    attempts: 0,
    lastAttemptAt: null,
    nextAttemptAt: 0,
    reason: null,
    createdAt: Date.now(),
  };
  await (await deviceDb()).put('outbox', await sealOutboxEntry(entry));
  changed();
}

/** The unlocked user's queued field observations, decrypted, oldest first. */
export async function queuedObservations(): Promise<OutboxEntry<ObservationPayload>[]> {
  const me = unlockedEmail();
  if (!me) return [];
  const mine = (await storedEntries()).filter((e) => e.owner === me && e.kind === 'observation');
  return Promise.all(mine.map((e) => unsealOutboxEntry<ObservationPayload>(e)));
}

/** The queued interviews and observations as stored, without decrypting: readable while locked, no answers in them. */
async function storedEntries(): Promise<StoredOutboxEntry[]> {
  const all = await (await deviceDb()).getAll('outbox');
  return all.filter((e): e is StoredOutboxEntry => isSealed(e)).sort((a, b) => a.createdAt - b.createdAt);
}

/** The unlocked user's queued interviews, decrypted, oldest first. */
export async function outboxEntries(): Promise<OutboxEntry[]> {
  const me = unlockedEmail();
  if (!me) return [];
  const mine = (await storedEntries()).filter((e) => e.owner === me && e.kind !== 'observation');
  return Promise.all(mine.map((e) => unsealOutboxEntry(e)));
}

/** How many interviews wait on this device (all users, including ones not yet encrypted): works while locked. */
export async function outboxCount(): Promise<number> {
  return (await (await deviceDb()).count('outbox')) ?? 0;
}

export async function discardEntry(id: string): Promise<void> {
  await (await deviceDb()).delete('outbox', id);
  changed();
}

export interface SyncReport {
  sent: number;
  rejected: number;
  waiting: number;
  /**
   * Why sending stopped early: offline/server trouble, the session ended, or the device is locked
   * (payloads are encrypted, so nothing is sent until the monitor unlocks with the PIN).
   */
  stopped: 'network' | 'server' | 'auth' | 'locked' | null;
}

const BATCH = 100;
let running: Promise<SyncReport> | null = null;

/** Answers that sending again cannot change: the interview is set aside with the reason. */
const SET_ASIDE: ReadonlySet<number> = new Set([400, 403, 409, 413, 422]);

/**
 * Send a chunk as one batch. When the server refuses the batch as a whole (too large, or something
 * in one item it cannot read), send the items one by one, so one broken interview is set aside
 * and the others still go, instead of the whole chunk waiting forever. A single item that fails
 * for a reason worth retrying (network, 5xx) gets no result and waits for the next sync.
 */
async function sendChunk(
  payloads: readonly SubmissionPayload[],
): Promise<Array<SubmissionResult | undefined>> {
  try {
    const { results } = await answer(
      kolo.api.submissions.batch.$post({ json: { submissions: [...payloads] } }),
    );
    return results;
  } catch (error) {
    if (!(error instanceof ApiRequestError && SET_ASIDE.has(error.status) && error.status !== 403))
      throw error;
  }
  const results: Array<SubmissionResult | undefined> = [];
  for (const payload of payloads) results.push(await sendOne(payload));
  return results;
}

async function sendOne(payload: SubmissionPayload): Promise<SubmissionResult | undefined> {
  try {
    return await answer(kolo.api.submissions.$post({ json: payload }));
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) throw error;
    if (!(error instanceof ApiRequestError && SET_ASIDE.has(error.status))) return undefined;
    const errors = (error.body as { error?: { errors?: Record<string, string[]> } } | undefined)?.error
      ?.errors;
    return {
      id: payload.id,
      status: error.status,
      code: error.code,
      message: error.message,
      ...(errors ? { errors } : {}),
    };
  }
}

/**
 * Send one field observation; its id makes a resend harmless (the server answers 200 for the same
 * report). Undefined for a failure worth retrying (5xx); network errors and 401 are thrown.
 */
async function sendObservation(payload: ObservationPayload): Promise<SubmissionResult | undefined> {
  try {
    await answer(kolo.api.observations.$post({ json: payload }));
    return { id: payload.id, status: 201 };
  } catch (error) {
    if (error instanceof ApiRequestError && (error.status === 401 || error.status === 0)) throw error;
    if (!(error instanceof ApiRequestError)) throw error;
    if (!SET_ASIDE.has(error.status)) return undefined;
    return { id: payload.id, status: error.status, code: error.code, message: error.message };
  }
}

/** Write outbox changes: metadata-only updates keep their ciphertext, new reasons are sealed first. */
async function writeBack(
  updates: Array<{ stored: StoredOutboxEntry; entry?: OutboxEntry<unknown>; remove?: boolean }>,
): Promise<void> {
  // seal before opening the transaction: awaiting WebCrypto inside one would let it commit early
  const rows = await Promise.all(
    updates.map(async (u) => (u.remove ? null : u.entry ? await sealOutboxEntry(u.entry) : u.stored)),
  );
  const db = await deviceDb();
  const tx = db.transaction('outbox', 'readwrite');
  for (const [i, u] of updates.entries()) {
    const row = rows[i];
    if (row) await tx.store.put(row);
    else await tx.store.delete(u.stored.id);
  }
  await tx.done;
}

async function syncOnce(force: boolean): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, rejected: 0, waiting: 0, stopped: null };
  const me = unlockedEmail();
  if (!me) {
    report.stopped = 'locked';
    report.waiting = await outboxCount();
    return report;
  }
  const now = Date.now();
  const dueAll = (await storedEntries()).filter(
    (e) => e.owner === me && e.status === 'pending' && (force || e.nextAttemptAt <= now),
  );
  // interviews go in batches; field observations one by one after them, with the same retry rules
  const due = dueAll.filter((e) => e.kind !== 'observation');
  const observations = dueAll.filter((e) => e.kind === 'observation');
  const later = (e: StoredOutboxEntry): StoredOutboxEntry => {
    const attempts = e.attempts + 1;
    return { ...e, attempts, lastAttemptAt: now, nextAttemptAt: now + retryDelayMs(attempts) };
  };
  for (let start = 0; start < due.length; start += BATCH) {
    const chunk = due.slice(start, start + BATCH);
    let results: Array<SubmissionResult | undefined>;
    try {
      const open = await Promise.all(chunk.map((e) => unsealOutboxEntry(e)));
      results = await sendChunk(open.map((e) => e.payload));
    } catch (error) {
      const auth = error instanceof ApiRequestError && error.status === 401;
      report.stopped = auth
        ? 'auth'
        : isNetworkError(error)
          ? 'network'
          : error instanceof Error && error.name === 'DeviceLockedError'
            ? 'locked'
            : 'server';
      if (!auth && report.stopped !== 'locked') {
        // network errors and 5xx: keep everything and try again later, waiting longer each time
        await writeBack(due.slice(start).map((e) => ({ stored: later(e) })));
      }
      break;
    }
    const updates: Array<{ stored: StoredOutboxEntry; entry?: OutboxEntry<unknown>; remove?: boolean }> = [];
    for (const [i, e] of chunk.entries()) {
      const result = results[i];
      if (result && (result.status === 200 || result.status === 201)) {
        // sent: nothing about the respondent stays on the phone
        updates.push({ stored: e, remove: true });
        report.sent += 1;
      } else if (result && SET_ASIDE.has(result.status)) {
        const open = await unsealOutboxEntry(e);
        updates.push({
          stored: e,
          entry: {
            ...open,
            status: 'rejected',
            attempts: e.attempts + 1,
            lastAttemptAt: now,
            reason: {
              status: result.status,
              code: result.code ?? 'invalid',
              message: result.message ?? '',
              ...(result.errors ? { errors: result.errors } : {}),
            },
          },
        });
        report.rejected += 1;
      } else {
        updates.push({ stored: later(e) });
      }
    }
    await writeBack(updates);
  }
  for (const [index, e] of observations.entries()) {
    if (report.stopped) break;
    let result: SubmissionResult | undefined;
    try {
      const open = await unsealOutboxEntry<ObservationPayload>(e);
      result = await sendObservation(open.payload);
    } catch (error) {
      const auth = error instanceof ApiRequestError && error.status === 401;
      report.stopped = auth
        ? 'auth'
        : isNetworkError(error)
          ? 'network'
          : error instanceof Error && error.name === 'DeviceLockedError'
            ? 'locked'
            : 'server';
      if (!auth && report.stopped !== 'locked')
        await writeBack(observations.slice(index).map((o) => ({ stored: later(o) })));
      break;
    }
    if (result && result.status < 300) {
      await writeBack([{ stored: e, remove: true }]);
      report.sent += 1;
    } else if (result && SET_ASIDE.has(result.status)) {
      const open = await unsealOutboxEntry<ObservationPayload>(e);
      await writeBack([
        {
          stored: e,
          entry: {
            ...open,
            status: 'rejected',
            attempts: e.attempts + 1,
            lastAttemptAt: now,
            reason: { status: result.status, code: result.code ?? 'invalid', message: result.message ?? '' },
          },
        },
      ]);
      report.rejected += 1;
    } else {
      await writeBack([{ stored: later(e) }]);
    }
  }
  report.waiting = (await storedEntries()).filter((e) => e.owner === me && e.status === 'pending').length;
  changed();
  return report;
}

/** Send what is due (or everything with `force`); one sync at a time. */
export function syncOutbox(force = false): Promise<SyncReport> {
  running ??= syncOnce(force).finally(() => {
    running = null;
  });
  return running;
}

/**
 * Sync on start, when the network returns, on unlock, after queuing, and every 30 s while anything
 * waits. While the device is locked nothing can be decrypted, so nothing is sent.
 */
export function startBackgroundSync(): () => void {
  const run = () => void syncOutbox().catch(() => undefined);
  const onOnline = () => void syncOutbox(true).catch(() => undefined);
  window.addEventListener('online', onOnline);
  const unsubscribe = onLockChange(() => {
    if (unlockedEmail()) run();
  });
  const timer = window.setInterval(run, 30_000);
  run();
  return () => {
    window.removeEventListener('online', onOnline);
    window.clearInterval(timer);
    unsubscribe();
  };
}

/** Number of interviews waiting or set aside on this device (readable while locked). */
export function useOutboxCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const refresh = () =>
      void outboxCount()
        .then(setCount)
        .catch(() => setCount(0));
    refresh();
    return onOutboxChange(refresh);
  }, []);
  return count;
}
