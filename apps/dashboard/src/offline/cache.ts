import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Me, SubmissionPayload } from '../api/types.ts';
import type { Sealed } from './vault.ts';

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

/**
 * A queued interview as IndexedDB holds it: what sync needs while locked stays clear (id for an
 * idempotent resend, status, retry times); the payload and the server's reason are ciphertext.
 */
export interface StoredOutboxEntry extends Omit<OutboxEntry, 'payload' | 'reason'> {
  /** The email whose data key sealed it. */
  owner: string;
  sealed: Sealed;
}

/** A draft as IndexedDB holds it: only the key, owner and time are clear. */
export interface StoredDraft {
  key: string;
  owner: string;
  updatedAt: number;
  sealed: Sealed;
}

/** A user's device PIN vault: the data key wrapped by a PBKDF2 key from the PIN, and the wrong-PIN count. */
export interface VaultRecord {
  /** Lower-case email, the key of the store. */
  email: string;
  /** Who set the PIN (name, role, sites; no respondent data), so the app opens offline after a restart. */
  me: Me;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  wrapIv: Uint8Array<ArrayBuffer>;
  wrappedKey: ArrayBuffer;
  /** Wrong PINs in a row; survives reload and restart. */
  failures: number;
  createdAt: number;
}

interface KoloDb extends DBSchema {
  /** Version 1 stored payloads and answers in clear; they are sealed at the first unlock. */
  outbox: { key: string; value: StoredOutboxEntry | OutboxEntry; indexes: { status: string } };
  drafts: { key: string; value: StoredDraft | DraftEntry };
  cache: { key: string; value: { key: string; value: unknown; savedAt: number } };
  vault: { key: string; value: VaultRecord };
}

let dbPromise: Promise<IDBPDatabase<KoloDb>> | undefined;

/** IndexedDB through `idb` (a small, well-kept promise wrapper): vaults, outbox, drafts and cached surveys and sites. */
export function deviceDb(): Promise<IDBPDatabase<KoloDb>> {
  dbPromise ??= openDB<KoloDb>('kolo', 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('status', 'status');
        db.createObjectStore('drafts', { keyPath: 'key' });
        db.createObjectStore('cache', { keyPath: 'key' });
      }
      if (oldVersion < 2) db.createObjectStore('vault', { keyPath: 'email' });
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

/** Clear only the cached API answers (sites, surveys, the signed-in user); drafts, outbox and PIN vaults stay. */
export async function clearCachedData(): Promise<void> {
  try {
    await (await deviceDb()).clear('cache');
  } catch {
    // private mode: nothing was cached
  }
}

/**
 * Remove what kolo keeps on this device at sign-out (a shared phone): drafts and cached data; the
 * queued interviews too unless `keepOutbox` (they stay encrypted for their owner, who can unlock
 * and send them later). PIN vaults stay unless `keepVaults` is false; see `wipeDevice` in vault.ts
 * for the full wipe after too many wrong PINs.
 */
export async function clearDevice(options: { keepOutbox: boolean; keepVaults?: boolean }): Promise<void> {
  const db = await deviceDb();
  await db.clear('drafts');
  await db.clear('cache');
  if (!options.keepOutbox) await db.clear('outbox');
  if (options.keepVaults === false) await db.clear('vault');
}
