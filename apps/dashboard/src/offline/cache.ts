import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SubmissionPayload } from '../api/types.ts';

/** A submission waiting on this device, with what happened when it was last sent. */
export interface OutboxEntry {
  id: string;
  payload: SubmissionPayload;
  status: 'pending' | 'rejected';
  attempts: number;
  lastAttemptAt: number | null;
  nextAttemptAt: number;
  /** Why the server set it aside (409, 422, 403), shown to the monitor. */
  reason: { status: number; code: string; message: string; errors?: Record<string, string[]> } | null;
  createdAt: number;
}

/** An interview being filled, saved as the monitor goes. */
export interface DraftEntry {
  key: string;
  /** The submission id, made when the interview starts so a resend is recognised. */
  submissionId: string;
  surveyId: string;
  version: number;
  siteId: string;
  locale: string;
  answers: Record<string, unknown>;
  step: number;
  startedAt: string;
  updatedAt: number;
}

interface KoloDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { status: string } };
  drafts: { key: string; value: DraftEntry };
  cache: { key: string; value: { key: string; value: unknown; savedAt: number } };
}

let dbPromise: Promise<IDBPDatabase<KoloDb>> | undefined;

/** IndexedDB through `idb` (a small, well-kept promise wrapper): outbox, drafts and cached surveys and sites. */
export function deviceDb(): Promise<IDBPDatabase<KoloDb>> {
  dbPromise ??= openDB<KoloDb>('kolo', 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('status', 'status');
      db.createObjectStore('drafts', { keyPath: 'key' });
      db.createObjectStore('cache', { keyPath: 'key' });
    },
  });
  return dbPromise;
}

export async function readCached<T>(key: string): Promise<T | undefined> {
  try {
    const row = await (await deviceDb()).get('cache', key);
    return row?.value as T | undefined;
  } catch {
    return undefined;
  }
}

export async function writeCached(key: string, value: unknown): Promise<void> {
  try {
    await (await deviceDb()).put('cache', { key, value, savedAt: Date.now() });
  } catch {
    // private mode or storage full: the app still works online
  }
}

/** Remove everything kolo keeps on this device (sign-out on a shared phone). */
export async function clearDevice(options: { keepOutbox: boolean }): Promise<void> {
  const db = await deviceDb();
  await db.clear('drafts');
  await db.clear('cache');
  if (!options.keepOutbox) await db.clear('outbox');
}
