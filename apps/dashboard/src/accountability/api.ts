import type {
  AccountabilitySummary,
  ActionEventView,
  ActionView,
  FindingDetailView,
  FindingNoteView,
  FindingSummaryView,
  FollowUpView,
  ObservationView,
  ResolutionFigures,
  ScopeView,
  SharedFindingView,
} from '@kolo/schema';
import type { z } from 'zod';
import type { Answer, kolo } from '../api/kolo.ts';

/*
 * The accountability cycle's shapes as the screens name them: each is the contract the API's
 * routes answer with (`@kolo/schema`, `accountability-views.ts`), and the screens call those
 * routes through the typed client (`kolo.api.findings`, `kolo.api.actions`, ...), so a renamed
 * field fails the dashboard's typecheck.
 */

export type Scope = z.output<typeof ScopeView>;
export type FollowUp = FollowUpView;
export type HistoryEvent = ActionEventView;
export type Action = ActionView;
export type FindingSummary = FindingSummaryView;
export type FindingNote = z.output<typeof FindingNoteView>;
export type Observation = ObservationView;
export type FindingDetail = FindingDetailView;
export type Resolution = z.output<typeof ResolutionFigures>;
export type SharedFinding = SharedFindingView;
export type Summary = AccountabilitySummary;
/** A share link's public board: the organization, the link's label and the figures with published findings. */
export type PublicBoard = Answer<(typeof kolo.api.public)[':token']['accountability']['$get']>;
/** A staff or admin user who can own an action. */
export type Owner = Answer<typeof kolo.api.accountability.owners.$get>['owners'][number];

/** The action log's download, with the page's period filters. */
export function actionsExportPath(format: 'csv' | 'xlsx'): string {
  return `/api/actions/export.${format}`;
}

/** Query string from defined, non-empty values. */
export function query(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
