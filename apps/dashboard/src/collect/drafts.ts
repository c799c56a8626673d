import type { DraftEntry, StoredDraft } from '../offline/cache.ts';
import { deviceDb } from '../offline/cache.ts';
import { isSealed, sealDraft, unsealDraft } from '../offline/sealed-records.ts';
import { unlockedEmail } from '../offline/vault.ts';

/** One saved interview per survey and site on a device. */
export const draftKey = (surveyId: string, siteId: string) => `${surveyId}|${siteId}`;

// Drafts are stored as AES-GCM ciphertext under the device PIN's data key (offline/vault.ts): each
// function needs the device unlocked and throws DeviceLockedError otherwise.

/** The unlocked user's draft under this key, decrypted. */
export async function readDraft(key: string): Promise<DraftEntry | undefined> {
  const stored = await (await deviceDb()).get('drafts', key);
  if (!stored || !isSealed(stored)) return undefined;
  const sealed = stored as StoredDraft;
  // another user's draft on a shared phone: not theirs to read
  if (sealed.owner !== unlockedEmail()) return undefined;
  return unsealDraft(sealed);
}

/** Save a draft, encrypted with a fresh IV. */
export async function saveDraft(draft: DraftEntry): Promise<void> {
  const sealed = await sealDraft(draft);
  await (await deviceDb()).put('drafts', sealed);
}

export async function deleteDraft(key: string): Promise<void> {
  await (await deviceDb()).delete('drafts', key);
}

/** The unlocked user's drafts, decrypted. */
export async function listDrafts(): Promise<DraftEntry[]> {
  const me = unlockedEmail();
  const all = await (await deviceDb()).getAll('drafts');
  const mine = all.filter((d): d is StoredDraft => isSealed(d) && (d as StoredDraft).owner === me);
  return Promise.all(mine.map(unsealDraft));
}

/** Writes in flight or waiting, per draft key: each key's saves land in the order they were made. */
const writes = new Map<string, Promise<void>>();

/**
 * Save a draft after any earlier save of the same key has landed, so a slow write (encryption, a
 * busy disk) can never put an older copy over a newer one. Resolves when this copy is stored.
 */
export function writeDraft(draft: DraftEntry): Promise<void> {
  const before = writes.get(draft.key) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(() => saveDraft(draft));
  const tracked = next.finally(() => {
    if (writes.get(draft.key) === tracked) writes.delete(draft.key);
  });
  writes.set(draft.key, tracked);
  return next;
}

/** Delete a draft once its pending saves have landed, so none of them brings it back. */
export function dropDraft(key: string): Promise<void> {
  const before = writes.get(key) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(() => deleteDraft(key));
  const tracked = next.finally(() => {
    if (writes.get(key) === tracked) writes.delete(key);
  });
  writes.set(key, tracked);
  return next;
}

/** Read a draft after its pending saves have landed: a page shown again sees the latest answers. */
export async function loadDraft(key: string): Promise<DraftEntry | undefined> {
  await (writes.get(key) ?? Promise.resolve()).catch(() => undefined);
  return readDraft(key);
}
