import type { DraftEntry } from '../offline/cache.ts';
import { deviceDb } from '../offline/cache.ts';

/** One saved interview per survey and site on a device. */
export const draftKey = (surveyId: string, siteId: string) => `${surveyId}|${siteId}`;

export async function readDraft(key: string): Promise<DraftEntry | undefined> {
  return (await deviceDb()).get('drafts', key);
}

export async function saveDraft(draft: DraftEntry): Promise<void> {
  await (await deviceDb()).put('drafts', draft);
}

export async function deleteDraft(key: string): Promise<void> {
  await (await deviceDb()).delete('drafts', key);
}

export async function listDrafts(): Promise<DraftEntry[]> {
  return (await deviceDb()).getAll('drafts');
}
