import type { FindingCategory } from '@kolo/schema';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Me, SubmissionPayload } from '../api/types.ts';
import { type Sealed, seal, unlockedEmail, unseal } from './vault.ts';

/** A field observation a monitor reported from a site ("no syringes here today"), as the API takes it. */
export interface ObservationPayload {
  /** Made on the phone once per report, so sending it again is recognised. */
  id: string;
  siteId: string;
  category: FindingCategory;
  observedOn: string;
  text: string;
}

/**
 * A submission (or, with `kind: 'observation'`, a field observation) waiting on this device, with
 * what happened when it was last sent.
 */
export interface OutboxEntry<P = SubmissionPayload> {
  id: string;
  /** Absent on interviews (and on everything queued before observations existed). */
  kind?: 'observation';
  payload: P;
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
export interface StoredOutboxEntry extends Omit<OutboxEntry<unknown>, 'payload' | 'reason'> {
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

/** A cached API answer: sealed for the unlocked user, or in clear when no PIN is set (and `me`). */
type CachedRow =
  | { key: string; value: unknown; savedAt: number }
  | { key: string; owner: string; sealed: Sealed; savedAt: number };

/** Cached answers read before any unlock (who is signed in) stay in clear. */
const CLEAR_KEYS: ReadonlySet<string> = new Set(['me']);

interface KoloDb extends DBSchema {
  /** Version 1 stored payloads and answers in clear; they are sealed at the first unlock. */
  outbox: { key: string; value: StoredOutboxEntry | OutboxEntry; indexes: { status: string } };
  drafts: { key: string; value: StoredDraft | DraftEntry };
  cache: { key: string; value: CachedRow };
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

/** A cached API answer; a sealed one only for the user who sealed it, while unlocked. */
export async function readCached<T>(key: string): Promise<T | undefined> {
  try {
    const row = await (await deviceDb()).get('cache', key);
    if (!row) return undefined;
    if (!('sealed' in row)) return row.value as T;
    if (row.owner !== unlockedEmail()) return undefined;
    return await unseal<T>(`cache|${key}`, row.owner, row.sealed);
  } catch {
    return undefined;
  }
}

/**
 * Cache an API answer on the device: sealed with the unlocked user's data key when there is one
 * (their sites and surveys stay theirs on a shared phone), in clear otherwise.
 */
export async function writeCached(key: string, value: unknown): Promise<void> {
  try {
    const savedAt = Date.now();
    const row: CachedRow =
      unlockedEmail() && !CLEAR_KEYS.has(key) && value !== null
        ? { key, savedAt, ...(await seal(`cache|${key}`, value)) }
        : { key, value, savedAt };
    await (await deviceDb()).put('cache', row);
  } catch {
    // private mode or storage full: the app still works online
  }
}

/**
 * Clear the cached API answers kept in clear (the signed-in user, and anything cached without a
 * PIN). Answers sealed for a user with a device PIN stay, readable only after their PIN, so they
 * can sign in offline with it and keep collecting. Drafts, outbox and PIN vaults stay too.
 */
export async function clearCachedData(): Promise<void> {
  try {
    const db = await deviceDb();
    const tx = db.transaction('cache', 'readwrite');
    for (const row of await tx.store.getAll()) if (!('sealed' in row)) await tx.store.delete(row.key);
    await tx.done;
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
