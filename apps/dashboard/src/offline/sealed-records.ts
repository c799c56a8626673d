import type { SubmissionPayload } from '../api/types.ts';
import type { DraftEntry, OutboxEntry, StoredDraft, StoredOutboxEntry } from './cache.ts';
import { seal, unseal } from './vault.ts';

/** True for a record sealed by the vault (version 1 of the store held them in clear). */
export function isSealed<T extends object>(record: T): boolean {
  return 'sealed' in record;
}

/** Encrypt a draft for the unlocked user; its key and time stay clear. */
export async function sealDraft(draft: DraftEntry): Promise<StoredDraft> {
  const { owner, sealed } = await seal(`draft|${draft.key}`, draft);
  return { key: draft.key, owner, updatedAt: draft.updatedAt, sealed };
}

/** Decrypt a stored draft (the device must be unlocked by its owner). */
export function unsealDraft(stored: StoredDraft): Promise<DraftEntry> {
  return unseal<DraftEntry>(`draft|${stored.key}`, stored.owner, stored.sealed);
}

/** Encrypt a queued interview's payload and reason; what sync needs while locked stays clear. */
export async function sealOutboxEntry<P>(entry: OutboxEntry<P>): Promise<StoredOutboxEntry> {
  const { payload, reason, ...clear } = entry;
  const { owner, sealed } = await seal(`outbox|${entry.id}`, { payload, reason });
  return { ...clear, owner, sealed };
}

/** Decrypt a queued interview (the device must be unlocked by its owner). */
export async function unsealOutboxEntry<P = SubmissionPayload>(
  stored: StoredOutboxEntry,
): Promise<OutboxEntry<P>> {
  const { owner: _owner, sealed, ...clear } = stored;
  const secret = await unseal<Pick<OutboxEntry<P>, 'payload' | 'reason'>>(
    `outbox|${stored.id}`,
    stored.owner,
    sealed,
  );
  return { ...clear, ...secret };
}
