import { useEffect, useState } from 'react';
import { ApiRequestError, api, isNetworkError } from '../api/client.ts';
import type { SubmissionPayload, SubmissionResult } from '../api/types.ts';
import { retryDelayMs } from './backoff.ts';
import { deviceDb, type OutboxEntry } from './cache.ts';

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

/** Queue a finished interview on the device; it is sent by {@link syncOutbox}. */
export async function enqueueSubmission(payload: SubmissionPayload): Promise<void> {
  const db = await deviceDb();
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
  // the id is made once per interview: queuing it again (a double tap) keeps one entry
  await db.put('outbox', entry);
  changed();
}

export async function outboxEntries(): Promise<OutboxEntry[]> {
  const all = await (await deviceDb()).getAll('outbox');
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

export async function discardEntry(id: string): Promise<void> {
  await (await deviceDb()).delete('outbox', id);
  changed();
}

export interface SyncReport {
  sent: number;
  rejected: number;
  waiting: number;
  /** Why sending stopped early: offline/server trouble, or the session ended. */
  stopped: 'network' | 'server' | 'auth' | null;
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
    const { results } = await api<{ results: SubmissionResult[] }>('/api/submissions/batch', {
      method: 'POST',
      json: { submissions: payloads },
    });
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
    return await api<SubmissionResult>('/api/submissions', { method: 'POST', json: payload });
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

async function syncOnce(force: boolean): Promise<SyncReport> {
  const db = await deviceDb();
  const now = Date.now();
  const due = (await outboxEntries()).filter(
    (e) => e.status === 'pending' && (force || e.nextAttemptAt <= now),
  );
  const report: SyncReport = { sent: 0, rejected: 0, waiting: 0, stopped: null };
  for (let start = 0; start < due.length; start += BATCH) {
    const chunk = due.slice(start, start + BATCH);
    let results: Array<SubmissionResult | undefined>;
    try {
      results = await sendChunk(chunk.map((e) => e.payload));
    } catch (error) {
      const auth = error instanceof ApiRequestError && error.status === 401;
      report.stopped = auth ? 'auth' : isNetworkError(error) ? 'network' : 'server';
      if (!auth) {
        // network errors and 5xx: keep everything and try again later, waiting longer each time
        const tx = db.transaction('outbox', 'readwrite');
        for (const e of due.slice(start)) {
          const attempts = e.attempts + 1;
          await tx.store.put({
            ...e,
            attempts,
            lastAttemptAt: now,
            nextAttemptAt: now + retryDelayMs(attempts),
          });
        }
        await tx.done;
      }
      break;
    }
    const tx = db.transaction('outbox', 'readwrite');
    for (const [i, e] of chunk.entries()) {
      const result = results[i];
      if (result && (result.status === 200 || result.status === 201)) {
        // sent: nothing about the respondent stays on the phone
        await tx.store.delete(e.id);
        report.sent += 1;
      } else if (result && SET_ASIDE.has(result.status)) {
        await tx.store.put({
          ...e,
          status: 'rejected',
          attempts: e.attempts + 1,
          lastAttemptAt: now,
          reason: {
            status: result.status,
            code: result.code ?? 'invalid',
            message: result.message ?? '',
            ...(result.errors ? { errors: result.errors } : {}),
          },
        });
        report.rejected += 1;
      } else {
        const attempts = e.attempts + 1;
        await tx.store.put({
          ...e,
          attempts,
          lastAttemptAt: now,
          nextAttemptAt: now + retryDelayMs(attempts),
        });
      }
    }
    await tx.done;
  }
  report.waiting = (await outboxEntries()).filter((e) => e.status === 'pending').length;
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

/** Sync on start, when the network returns, after queuing, and every 30 s while anything waits. */
export function startBackgroundSync(): () => void {
  const run = () => void syncOutbox().catch(() => undefined);
  const onOnline = () => void syncOutbox(true).catch(() => undefined);
  window.addEventListener('online', onOnline);
  const unsubscribe = onOutboxChange(() => undefined);
  const timer = window.setInterval(run, 30_000);
  run();
  return () => {
    window.removeEventListener('online', onOnline);
    window.clearInterval(timer);
    unsubscribe();
  };
}

/** Number of interviews waiting or set aside on this device. */
export function useOutboxCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const refresh = () =>
      void outboxEntries()
        .then((e) => setCount(e.length))
        .catch(() => setCount(0));
    refresh();
    return onOutboxChange(refresh);
  }, []);
  return count;
}
