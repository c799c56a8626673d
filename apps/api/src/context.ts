import type { Database, Db, Role } from '@kolo/db';
import type { ZodType } from 'zod';
import type { LoginLimiter } from './auth/rate-limit.ts';
import type { SessionCache, SessionUser } from './auth/session.ts';
import type { Config } from './config.ts';
import type { RollupFolder } from './ingest/rollup-folder.ts';
import type { SubmissionWriter } from './ingest/submission-writer.ts';
import type { Logger } from './logger.ts';
import type { ShortCache } from './short-cache.ts';

/** What every route can reach. */
export interface Deps {
  readonly database: Database;
  readonly db: Db;
  readonly config: Config;
  readonly log: Logger;
  readonly accountLimiter: LoginLimiter;
  readonly addressLimiter: LoginLimiter;
  /** Wrong current passwords per user on a password change. */
  readonly passwordLimiter: LoginLimiter;
  readonly writer: SubmissionWriter;
  /** Counts stored submissions into the rollups; `settle()` before reading them. */
  readonly rollups: RollupFolder;
  /** Sessions read lately (see `readSession`). */
  readonly sessions: SessionCache;
  /** Whether `orgId|siteId` is an active site of that organization; cleared when a site changes. */
  readonly activeSites: ShortCache<string, boolean>;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    user: SessionUser | null;
    /** The caller's cached session was not looked up again: the submission write checks it (see middleware/session.ts). */
    sessionUnchecked?: boolean;
  };
}

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'signed_in' | readonly Role[];

/** One row of the route table the role matrix test is generated from. */
export interface RouteEntry {
  readonly method: string;
  /** Hono-style path, e.g. `/api/surveys/:id`. */
  readonly path: string;
  readonly access: Access;
  /** The documented JSON body per status (OpenAPI routes), so tests can hold answers to it. */
  readonly responses?: Readonly<Record<string, ZodType>>;
}
