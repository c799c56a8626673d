import { actions } from '@kolo/db';
import { EvidenceSnapshot } from '@kolo/schema';
import { eq } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { type FollowUpCache, followUp } from './follow-up.ts';
import type { ActionView, FindingDetailView } from './shapes.ts';
import {
  type ActionRow,
  actionBase,
  actionHistory,
  actionRows,
  findingNotesOf,
  findingSummary,
  observationsOfFinding,
  today,
} from './store.ts';

/*
 * Responses assembled from the store: actions with their follow-up (and history when asked), and
 * a finding with everything under it.
 */

/**
 * Actions as the API returns them; with `followUp: false` the follow-up is left out (it costs a
 * results query per distinct evidence and window), else one such query per distinct pair.
 */
export async function actionViews(
  deps: Deps,
  orgId: string,
  rows: readonly ActionRow[],
  options: { readonly history?: boolean; readonly followUp?: boolean } = {},
): Promise<ActionView[]> {
  const day = today();
  const cache: FollowUpCache = new Map();
  const history = options.history
    ? await actionHistory(
        deps.db,
        orgId,
        rows.map((r) => r.id),
      )
    : null;
  return Promise.all(
    rows.map(async (row) => {
      const base = actionBase(row, day);
      if (options.followUp === false)
        return { ...base, ...(history ? { history: history.get(row.id) ?? [] } : {}) };
      const evidence = EvidenceSnapshot.safeParse(row.evidence);
      return {
        ...base,
        followUp: evidence.success
          ? await followUp(deps, orgId, evidence.data, row.dueDate, cache, day)
          : null,
        ...(history ? { history: history.get(row.id) ?? [] } : {}),
      };
    }),
  );
}

/** One finding with its notes, actions (history and follow-up) and the observations it came from. */
export async function findingDetail(deps: Deps, orgId: string, id: string): Promise<FindingDetailView> {
  const summary = await findingSummary(deps.db, orgId, id);
  const [notes, rows, observed] = await Promise.all([
    findingNotesOf(deps.db, orgId, id),
    actionRows(deps.db, orgId, [eq(actions.findingId, id)]),
    observationsOfFinding(deps.db, orgId, id),
  ]);
  return {
    ...summary,
    notes,
    actionList: await actionViews(deps, orgId, rows, { history: true }),
    observations: observed,
  };
}
