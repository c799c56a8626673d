import type { SurveyDefinition, SurveyError, SurveyWarning } from '@kolo/schema';
import { ApiRequestError, api } from '../api/client.ts';

/** Errors and lint warnings the API found in a draft. */
export interface DraftCheck {
  readonly errors: readonly SurveyError[];
  readonly warnings: readonly SurveyWarning[];
}

export interface StoredDraft extends DraftCheck {
  readonly id: string;
  readonly definition: unknown;
  readonly basedOn: number | null;
}

/** What a published version changed against the one before, by item id. */
export interface ChangeSummary {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly note?: string;
}

export interface PublishResult {
  readonly version: number;
  readonly changes: ChangeSummary;
}

export interface VersionEntry {
  readonly version: number;
  readonly publishedAt: string;
  readonly changeSummary: ChangeSummary | null;
}

/** One thing an XLSForm import could not convert, located in the workbook. */
export interface ImportNote {
  readonly sheet: string;
  readonly severity?: 'error' | 'warning';
  readonly row?: number;
  readonly column?: string;
  /** What kind of note it is, e.g. `unknown_column`: chooses the translated sentence. */
  readonly code?: string;
  readonly message: string;
}

export interface ImportResult extends DraftCheck {
  readonly id: string;
  readonly report: readonly ImportNote[];
}

export const loadDraft = (id: string) => api<StoredDraft>(`/api/surveys/${id}/draft`);

export const createSurvey = (definition: unknown) =>
  api<DraftCheck & { id: string }>('/api/surveys', { method: 'POST', json: { definition } });

export const saveDraft = (definition: SurveyDefinition) =>
  api<DraftCheck>(`/api/surveys/${definition.id}/draft`, { method: 'PUT', json: { definition } });

export const publishDraft = (id: string, note: string) =>
  api<PublishResult>(`/api/surveys/${id}/publish`, {
    method: 'POST',
    json: note.trim() ? { note: note.trim() } : {},
  });

export const loadLibrary = () =>
  api<{ surveys: Array<{ id: string; definition: SurveyDefinition }> }>('/api/library');

/** The version history; empty (not an error) for a survey never published. */
export async function loadVersions(id: string): Promise<VersionEntry[]> {
  try {
    return (await api<{ versions: VersionEntry[] }>(`/api/surveys/${id}/versions`)).versions;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return [];
    throw error;
  }
}

async function failure(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string } }
    | undefined;
  return new ApiRequestError(
    response.status,
    body?.error?.code ?? 'http_error',
    body?.error?.message ?? `HTTP ${response.status}`,
    body,
  );
}

/** Send an XLSForm workbook as multipart (the browser sets the boundary), optionally with a survey id. */
export async function importXlsForm(file: File, id: string): Promise<ImportResult> {
  const body = new FormData();
  body.set('file', file);
  if (id.trim()) body.set('id', id.trim());
  const response = await fetch('/api/surveys/import/xlsform', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    body,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as ImportResult;
}

/** Download a survey (the draft, or a published version) as an XLSForm workbook. */
export async function downloadXlsForm(
  id: string,
  which: { draft: true } | { version: number },
): Promise<void> {
  const query = 'draft' in which ? 'draft=true' : `version=${which.version}`;
  const response = await fetch(`/api/surveys/${id}/xlsform?${query}`, { credentials: 'same-origin' });
  if (!response.ok) throw await failure(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'draft' in which ? `${id}-draft.xlsx` : `${id}-v${which.version}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
