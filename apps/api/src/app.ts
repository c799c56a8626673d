import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Database } from '@kolo/db';
import { Scalar } from '@scalar/hono-api-reference';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { attemptStore } from './auth/attempt-store.ts';
import { LoginLimiter } from './auth/rate-limit.ts';
import { SESSION_COOKIE, sessionCache } from './auth/session.ts';
import { bodyGuard } from './body-guard-middleware.ts';
import { apiCompression } from './compression.ts';
import type { Config } from './config.ts';
import type { AppEnv, Deps } from './context.ts';
import { errorBody, handleError, issueMap } from './errors.ts';
import { RollupFolder } from './ingest/rollup-folder.ts';
import { SubmissionWriter } from './ingest/submission-writer.ts';
import { createLogger, type Logger } from './logger.ts';
import { bodySize } from './middleware/body-size.ts';
import { jsonOnly } from './middleware/json-only.ts';
import { sessionMiddleware } from './middleware/session.ts';
import { Routes, SESSION_SECURITY, secured } from './route-kit.ts';
import { accountabilityRoutes } from './routes/accountability.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { reportRoutes } from './routes/reports.ts';
import { resultsRoutes } from './routes/results.ts';
import { registerExportRoutes, rowsRoutes } from './routes/rows.ts';
import { scorecardRoutes } from './routes/scorecard.ts';
import { shareRoutes } from './routes/share-links.ts';
import { standardsRoutes } from './routes/standards.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { surveyLookupRoutes } from './routes/survey-lookups.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { temporaryPasswordRoutes } from './routes/temporary-password.ts';
import { validationRoutes } from './routes/validation.ts';
import { xlsformRoutes } from './routes/xlsform.ts';
import { ShortCache } from './short-cache.ts';

/**
 * Only the app's own scripts run and only its own origin is reached, so injected markup cannot
 * load a script or send answers elsewhere. Styles allow inline `style` attributes (charts and the
 * quick-exit page use them); images allow data: and blob: for chart exports.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Wrong current passwords a user may send to the password change within 15 minutes; the last one signs the session out. */
const PASSWORD_CHANGE_ATTEMPTS = 5;

export interface CreateAppOptions {
  readonly database: Database;
  readonly config: Config;
  readonly log?: Logger;
}

/**
 * Build the kolo API over an open, migrated database.
 * @example const { app } = createApp({ database, config }); serve({ fetch: app.fetch, port: config.port });
 */
export function createApp({ database, config, log = createLogger(config.logLevel) }: CreateAppOptions) {
  // count whatever an earlier run acknowledged but did not count before it stopped
  const rollups = new RollupFolder(database.db, log, { shared: database.kind === 'postgres' });
  rollups.kick();
  const deps: Deps = {
    database,
    db: database.db,
    config,
    log,
    accountLimiter: new LoginLimiter(10, 15 * 60_000, attemptStore(database, 'account')),
    addressLimiter: new LoginLimiter(50, 15 * 60_000, attemptStore(database, 'address')),
    passwordLimiter: new LoginLimiter(
      PASSWORD_CHANGE_ATTEMPTS,
      15 * 60_000,
      attemptStore(database, 'password'),
    ),
    writer: new SubmissionWriter(database.db, rollups),
    rollups,
    sessions: sessionCache(database.kind === 'postgres'),
    activeSites: new ShortCache(2000),
  };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = issueMap(result.error.issues);
      const first = Object.entries(errors)[0];
      return c.json(
        errorBody('invalid', first ? `${first[0]}: ${first[1][0]}` : 'invalid input', { errors }),
        422,
      );
    },
  });

  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginEmbedderPolicy: false }),
  );
  // gzip for JSON reads of 1 KiB or more; see compression.ts for what is never compressed and why
  app.use('/api/*', apiCompression());
  app.use('/api/*', sessionMiddleware(deps));
  // refuse cross-site form posts: a state-changing request must come from our own origin
  app.use('/api/*', csrf());
  app.use('/api/*', jsonOnly());
  app.use('/api/*', bodySize(config.bodyLimitBytes));

  const routes = new Routes(app);
  // a body is read only for a known route the caller may use: 404, 401 and 403 come unread
  app.use('/api/*', bodyGuard(routes.table));
  const definitions = [
    secured(
      {
        method: 'get',
        path: '/api/health',
        access: 'public',
        summary: 'Liveness',
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: OkSchema } } } },
      },
      (c) => c.json({ status: 'ok' as const }, 200),
    ),
    ...authRoutes(),
    ...surveyRoutes(),
    ...xlsformRoutes(),
    ...surveyLookupRoutes(),
    ...submissionRoutes(),
    ...resultsRoutes(),
    ...rowsRoutes(),
    ...adminRoutes(),
    ...temporaryPasswordRoutes(),
    ...shareRoutes(),
    ...standardsRoutes(),
    ...scorecardRoutes(),
    ...validationRoutes(),
    ...reportRoutes(),
    ...accountabilityRoutes(),
  ] as const;
  const typed = app.openapiRoutes(definitions);
  routes.record(definitions);
  registerExportRoutes(routes);

  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SECURITY, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie POST /api/auth/login sets (HttpOnly, SameSite=Lax)',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'kolo API',
      version: '0.1.0',
      description: 'Community-led monitoring: surveys, submissions, aggregate results.',
    },
    servers: [{ url: '/', description: 'This kolo server (the API and the dashboard share one origin)' }],
    security: [{ [SESSION_SECURITY]: [] }],
  });
  app.get('/api/docs', Scalar({ url: '/api/openapi.json', pageTitle: 'kolo API' }));
  routes.table.push(
    { method: 'GET', path: '/api/openapi.json', access: 'public' },
    { method: 'GET', path: '/api/docs', access: 'public' },
  );

  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => handleError(error, c, log.error));
  return { app: typed, routes: routes.table, deps };
}

const OkSchema = z.object({ status: z.literal('ok') });

/** The API's type: every route with its input and output, for `hc<KoloApp>()` from `hono/client`. */
/** Before closing the database: let acknowledged writes commit and be counted into the rollups. */
export async function finishWrites(deps: Deps): Promise<void> {
  await deps.writer.idle();
  await deps.rollups.settle();
  await deps.rollups.close();
}

export type KoloApp = ReturnType<typeof createApp>['app'];
