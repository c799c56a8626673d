import type { SurveyDefinition } from '@kolo/schema';
import { ApiRequestError, readAnswer } from '../api/client.ts';
import { type Answer, answer, kolo } from '../api/kolo.ts';

/** Errors and lint warnings the API found in a draft. */
export type DraftCheck = Omit<Answer<typeof kolo.api.surveys.$post>, 'id'>;

export type StoredDraft = Answer<(typeof kolo.api.surveys)[':id']['draft']['$get']>;

/** What a published version changed against the one before, by item id. */
export type { ChangeSummary } from '@kolo/schema';

export type PublishResult = Answer<(typeof kolo.api.surveys)[':id']['publish']['$post']>;

export type VersionEntry = Answer<(typeof kolo.api.surveys)[':id']['versions']['$get']>['versions'][number];

/** One thing an XLSForm import could not convert, located in the workbook. */
export type ImportNote = ImportResult['report'][number];

export type ImportResult = Answer<typeof kolo.api.surveys.import.xlsform.$post>;

export const loadDraft = (id: string) => answer(kolo.api.surveys[':id'].draft.$get({ param: { id } }));

export const createSurvey = (definition: unknown) =>
  answer(kolo.api.surveys.$post({ json: { definition: definition as Record<string, unknown> } }));

/** Save the draft; its lookup tables stay as the server holds them (they change through their own routes). */
export function saveDraft(definition: SurveyDefinition) {
  const { lookups: _tables, ...rest } = definition;
  return answer(
    kolo.api.surveys[':id'].draft.$put({ param: { id: definition.id }, json: { definition: rest } }),
  );
}

export const publishDraft = (id: string, note: string) =>
  answer(
    kolo.api.surveys[':id'].publish.$post({ param: { id }, json: note.trim() ? { note: note.trim() } : {} }),
  );

export const loadLibrary = () => answer(kolo.api.library.$get());

/** The version history; empty (not an error) for a survey never published. */
export async function loadVersions(id: string): Promise<VersionEntry[]> {
  try {
    return (await answer(kolo.api.surveys[':id'].versions.$get({ param: { id } }))).versions;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return [];
    throw error;
  }
}

/**
 * Send an XLSForm workbook as multipart (the browser sets the boundary), optionally with a survey
 * id and its form media (the CSV files its pulldata() calls read).
 */
export async function importXlsForm(
  file: File,
  id: string,
  media: readonly File[] = [],
): Promise<ImportResult> {
  const body = new FormData();
  body.set('file', file);
  for (const csv of media) body.append('media', csv);
  if (id.trim()) body.set('id', id.trim());
  // multipart, which the typed client does not send: the path and the answer's type still come from it
  const response = await fetch(kolo.api.surveys.import.xlsform.$path(), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    body,
  });
  return (await readAnswer(response)) as ImportResult;
}

/** Download a survey (the draft, or a published version) as an XLSForm workbook. */
export async function downloadXlsForm(
  id: string,
  which: { draft: true } | { version: number },
): Promise<void> {
  const query = 'draft' in which ? { draft: 'true' as const } : { version: String(which.version) };
  const path = kolo.api.surveys[':id'].xlsform.$path({ param: { id }, query });
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) await readAnswer(response);
  const file = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = file;
  link.download = 'draft' in which ? `${id}-draft.xlsx` : `${id}-v${which.version}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(file), 1000);
}
