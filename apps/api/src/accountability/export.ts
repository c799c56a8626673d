import { actionEvents, actions, type Db, findings, sites, users } from '@kolo/db';
import { neutralizeCell } from '@kolo/schema';
import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { BOM, csvField, type ExportCell } from '../export/csv-text.ts';

/*
 * The action log as a spreadsheet: one row per entry of every action's history, with the action
 * and its finding beside it. Every text cell goes through the one neutraliser of @kolo/schema
 * (`csvField` for CSV, `neutralizeCell` for XLSX), so a title such as `=HYPERLINK(...)` is text.
 */

export const ACTION_LOG_HEADERS = [
  'finding_id',
  'finding_title',
  'finding_category',
  'scope',
  'site',
  'country',
  'action_id',
  'duty_bearer',
  'duty_bearer_role',
  'duty_bearer_type',
  'ask',
  'owner',
  'level',
  'status',
  'due_date',
  'commitment',
  'event',
  'event_from',
  'event_to',
  'event_note',
  'event_on',
  'event_by',
  'recorded_at',
] as const;

const owner = alias(users, 'owner');
const author = alias(users, 'author');

/** Every history entry of the organization's actions (of live findings), optionally by day. */
export async function actionLogRows(
  db: Db,
  orgId: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<ExportCell[][]> {
  const rows = await db
    .select({
      findingId: findings.id,
      title: findings.title,
      category: findings.category,
      scope: findings.scopeLevel,
      site: sites.name,
      country: findings.country,
      siteCountry: sites.country,
      actionId: actions.id,
      institution: actions.dutyBearerInstitution,
      role: actions.dutyBearerRole,
      type: actions.dutyBearerType,
      ask: actions.ask,
      owner: owner.name,
      level: actions.level,
      status: actions.status,
      dueDate: actions.dueDate,
      commitment: actions.commitment,
      kind: actionEvents.kind,
      from: actionEvents.fromValue,
      to: actionEvents.toValue,
      note: actionEvents.note,
      on: actionEvents.onDay,
      by: author.name,
      at: actionEvents.recordedAt,
    })
    .from(actionEvents)
    .innerJoin(actions, eq(actions.id, actionEvents.actionId))
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .leftJoin(sites, eq(sites.id, findings.siteId))
    .innerJoin(owner, eq(owner.id, actions.ownerId))
    .innerJoin(author, eq(author.id, actionEvents.byUser))
    .where(
      and(
        eq(actionEvents.orgId, orgId),
        eq(actions.orgId, orgId),
        eq(findings.orgId, orgId),
        isNull(findings.deletedAt),
        range.from ? gte(actionEvents.onDay, range.from) : undefined,
        range.to ? lte(actionEvents.onDay, range.to) : undefined,
      ),
    )
    .orderBy(asc(findings.createdAt), asc(actions.createdAt), asc(actionEvents.recordedAt));
  return rows.map((r) => [
    r.findingId,
    r.title,
    r.category,
    r.scope,
    r.site,
    r.country ?? r.siteCountry,
    r.actionId,
    r.institution,
    r.role,
    r.type,
    r.ask,
    r.owner,
    r.level,
    r.status,
    r.dueDate,
    r.commitment,
    r.kind,
    r.from,
    r.to,
    r.note,
    r.on,
    r.by,
    r.at.toISOString(),
  ]);
}

/** The action log as CSV text (UTF-8 with BOM), every cell neutralised and quoted as needed. */
export function actionLogCsv(rows: readonly ExportCell[][]): string {
  const lines = [ACTION_LOG_HEADERS.join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `${BOM}${lines.join('\n')}\n`;
}

/** The action log as an XLSX workbook, every text cell neutralised. */
export async function actionLogXlsx(rows: readonly ExportCell[][]): Promise<Uint8Array> {
  // loaded on the first XLSX export, not at start (see export/write-export.ts)
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('action-log');
  sheet.addRow([...ACTION_LOG_HEADERS]);
  for (const row of rows) {
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
