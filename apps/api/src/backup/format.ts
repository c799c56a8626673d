import { z } from 'zod';

/** The `format` field of every kolo backup's first line. */
export const BACKUP_FORMAT = 'kolo-backup';
/** The version of the file layout this code writes and reads. */
export const BACKUP_VERSION = 1;

/** A table in a backup, with its primary key (column and SQL type), read in key order. */
export interface BackupTable {
  readonly name: string;
  readonly key: ReadonlyArray<readonly [column: string, type: string]>;
}

/**
 * The tables a backup holds, in dependency order: restoring them in this order satisfies every
 * foreign key. Every other table of the schema is in TABLES_LEFT_OUT, with why (format.test.ts).
 */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'organizations', key: [['id', 'uuid']] },
  { name: 'sites', key: [['id', 'uuid']] },
  { name: 'users', key: [['id', 'uuid']] },
  {
    name: 'memberships',
    key: [
      ['user_id', 'uuid'],
      ['org_id', 'uuid'],
    ],
  },
  {
    name: 'surveys',
    key: [
      ['org_id', 'uuid'],
      ['id', 'text'],
    ],
  },
  {
    name: 'survey_versions',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['version', 'integer'],
    ],
  },
  { name: 'submissions', key: [['id', 'uuid']] },
  // submissions acknowledged but not yet counted: the restored server counts them when it starts
  { name: 'rollup_queue', key: [['submission_id', 'uuid']] },
  {
    name: 'answer_rollups',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['day', 'date'],
      ['site_id', 'uuid'],
      ['question', 'text'],
      ['value', 'text'],
    ],
  },
  {
    name: 'answer_rollups_monthly',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['month', 'date'],
      ['site_id', 'uuid'],
      ['question', 'text'],
      ['value', 'text'],
    ],
  },
  // derived from submissions and the surveys' `disaggregateBy`, backed up like the rollups above
  // so a restore is exact (a rebuild sums doubles in another order and can differ in the last bit)
  {
    name: 'disaggregations',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['question', 'text'],
    ],
  },
  {
    name: 'disaggregated_rollups_monthly',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['by_question', 'text'],
      ['by_value', 'text'],
      ['month', 'date'],
      ['site_id', 'uuid'],
      ['question', 'text'],
      ['value', 'text'],
    ],
  },
  // the accountability cycle (migrations 0007, 0008, 0010): each after the tables it references
  { name: 'findings', key: [['id', 'uuid']] },
  { name: 'finding_notes', key: [['id', 'uuid']] },
  { name: 'actions', key: [['id', 'uuid']] },
  { name: 'action_events', key: [['id', 'uuid']] },
  { name: 'observations', key: [['id', 'uuid']] },
  {
    name: 'indicator_standards',
    key: [
      ['org_id', 'uuid'],
      ['survey_id', 'text'],
      ['indicator_id', 'text'],
    ],
  },
  { name: 'validated_periods', key: [['id', 'uuid']] },
  { name: 'reports', key: [['id', 'uuid']] },
  { name: 'share_links', key: [['id', 'uuid']] },
  { name: 'audit_log', key: [['id', 'bigint']] },
];

/** Why a table of the schema is not in backups. */
export interface TableLeftOut {
  readonly why: string;
  /** A restore refuses a database where it holds rows (so restored and older rows never mix). */
  readonly emptyBeforeRestore: boolean;
}

/** Tables deliberately left out of backups (a test checks every other table is in BACKUP_TABLES). */
export const TABLES_LEFT_OUT: Readonly<Record<string, TableLeftOut>> = {
  sessions: { why: 'a restored database starts with everyone signed out', emptyBeforeRestore: true },
  // UNLOGGED, short-lived and worthless on another server: a crash forgets them anyway
  login_attempts: { why: 'recent sign-in failures, forgotten by a crash too', emptyBeforeRestore: false },
  export_confirmations: { why: 'one-time tokens valid for a minute', emptyBeforeRestore: false },
};

/** Tables that must be empty before a restore: the backed-up ones and those marked so above. */
export const RESTORE_EMPTY_TABLES: readonly string[] = [
  ...BACKUP_TABLES.map((t) => t.name),
  ...Object.entries(TABLES_LEFT_OUT)
    .filter(([, table]) => table.emptyBeforeRestore)
    .map(([name]) => name),
];

/** How far the database schema has been migrated. */
export const MigrationLevelSchema = z.object({
  /** Number of migrations applied. */
  count: z.number().int().min(0),
  /** drizzle's `created_at` (the journal's `when`) of the latest one, or null when none ran. */
  latest: z.number().nullable(),
  /** The latest migration's name, when the migrations folder is at hand. */
  tag: z.string().nullable(),
});
export type MigrationLevel = z.infer<typeof MigrationLevelSchema>;

/** The first line of a backup. */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  migration: MigrationLevelSchema,
  /** Column names of each table, in table order. */
  tables: z.record(z.string(), z.array(z.string())),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** The last line of a backup: what came before it, and its SHA-256. */
export const BackupTrailerSchema = z.object({
  end: z.literal(BACKUP_FORMAT),
  rows: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)),
  /** Hex SHA-256 of every byte (uncompressed) before the trailer line. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTrailer = z.infer<typeof BackupTrailerSchema>;

/** A row line is `{"t":"<table>","r":<row as JSON>}`; this is its opening. */
export const rowLinePrefix = (table: string) => `{"t":${JSON.stringify(table)},"r":`;

export type BackupErrorCode =
  | 'not_a_backup'
  | 'unsupported_version'
  | 'corrupted'
  | 'truncated'
  | 'checksum_mismatch'
  | 'schema_mismatch'
  | 'not_empty'
  | 'exists';

/** Why a backup could not be written, read or restored. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
