import { z } from '@hono/zod-openapi';
import { auditLog, type NewSubmission, type StoreOutcome, sites, submissionFacts } from '@kolo/db';
import { SubmissionResult as ContractResult, LocaleCode, validateAnswers } from '@kolo/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session.ts';
import { bodyProblems } from '../body-guard.ts';
import type { Deps } from '../context.ts';
import { ApiError, issueMap } from '../errors.ts';
import { confirmSession } from '../middleware/session.ts';
import { json, ROLES_SUBMIT, secured, signedIn } from '../route-kit.ts';
import { surveyVersion } from '../survey-store.ts';

/** A plain JSON object, as JSON.parse makes it. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The answers object, passed on as sent rather than copied key by key as `z.record` does: a copy
 * assigns `__proto__` as the prototype and the key vanishes, so the validator must see the original
 * to refuse it as an unknown question.
 */
const Answers = z
  .custom<Record<string, unknown>>(isPlainObject, {
    message: 'answers must be an object of question ids and answers',
  })
  .openapi({ type: 'object', additionalProperties: true, description: 'Answers keyed by question id' });

/** One submission as a device sends it. */
export const SubmissionBody = z
  .strictObject({
    id: z.uuid('id must be a UUID made on the device'),
    surveyId: z.string().min(1).max(64),
    version: z.number().int().min(1),
    siteId: z.uuid('siteId must be a site UUID'),
    collectedAt: z.iso.datetime({
      offset: true,
      message: 'collectedAt must be an ISO date-time, e.g. 2026-05-01T10:00:00Z',
    }),
    locale: LocaleCode,
    answers: Answers,
  })
  .openapi('Submission');
export type SubmissionBody = z.infer<typeof SubmissionBody>;

const MAX_BATCH = 500;

/** A batch item refused as 422, with its id when it has a usable one so the device can set it aside. */
function invalidItem(item: unknown, errors: Record<string, string[]>): SubmissionResult {
  const rawId = (item as { id?: unknown } | null)?.id;
  const usable = typeof rawId === 'string' && bodyProblems(rawId) === null;
  return {
    id: usable ? rawId : null,
    status: 422,
    code: 'invalid',
    message: 'not a valid submission',
    errors,
  };
}
/** Devices' clocks drift; a submission may be dated at most this far ahead. */
const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/** The result of one submission (the contract's, with the statuses this route gives). */
export type SubmissionResult = ContractResult & { status: 200 | 201 | 403 | 409 | 422 };

type Prepared = { ok: true; submission: NewSubmission } | { ok: false; result: SubmissionResult };

/** Whether a site is an active site of the user's organization (cached for a moment, see `Deps`). */
async function siteIsActive(deps: Deps, orgId: string, siteId: string): Promise<boolean> {
  const key = `${orgId}|${siteId}`;
  const cached = deps.activeSites.get(key);
  if (cached !== undefined) return cached;
  const mark = deps.activeSites.mark();
  const [site] = await deps.db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId), eq(sites.active, true)));
  deps.activeSites.set(key, site !== undefined, mark);
  return site !== undefined;
}

/**
 * When a closed (deactivated) site of the organization was closed: its last audited change of
 * `active`. Undefined for a site of another organization, an unknown one or one never closed.
 */
async function siteClosedAt(deps: Deps, orgId: string, siteId: string): Promise<Date | undefined> {
  const [site] = await deps.db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId), eq(sites.active, false)));
  if (!site) return undefined;
  const [change] = await deps.db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.action, 'site_change'),
        eq(auditLog.target, siteId),
        sql`${auditLog.detail} -> 'fields' ? 'active'`,
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(1);
  return change?.at;
}

async function prepare(deps: Deps, user: SessionUser, body: SubmissionBody): Promise<Prepared> {
  const fail = (
    status: SubmissionResult['status'],
    code: string,
    message: string,
    errors?: Record<string, string[]>,
  ): Prepared => ({
    ok: false,
    result: { id: body.id, status, code, message, ...(errors ? { errors } : {}) },
  });
  if (!(await siteIsActive(deps, user.orgId, body.siteId))) {
    const closedAt = await siteClosedAt(deps, user.orgId, body.siteId);
    if (closedAt === undefined)
      return fail(422, 'invalid', 'siteId is not an active site of your organization', {
        siteId: ['unknown site'],
      });
    // an interview done before its site was closed still lands: never lose an interview
    if (new Date(body.collectedAt).getTime() > closedAt.getTime())
      return fail(
        422,
        'invalid',
        `this site was closed on ${closedAt.toISOString().slice(0, 10)}: choose an active site for interviews done since`,
        { siteId: ['site closed'] },
      );
  }
  if (user.role === 'monitor' && !user.siteIds.includes(body.siteId)) {
    return fail(403, 'forbidden', 'you are not assigned to this site');
  }
  const definition = await surveyVersion(deps.db, user.orgId, body.surveyId, body.version);
  if (!definition) {
    return fail(422, 'invalid', `survey "${body.surveyId}" has no published version ${body.version}`, {
      version: ['unknown survey version'],
    });
  }
  const collectedAt = new Date(body.collectedAt);
  if (collectedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    return fail(422, 'invalid', 'collectedAt is in the future: check the device clock', {
      collectedAt: ['in the future'],
    });
  }
  if (!definition.locales.includes(body.locale)) {
    return fail(422, 'invalid', `locale must be one of ${definition.locales.join(', ')}`, {
      locale: ['not a locale of this survey'],
    });
  }
  // today() means the day of collection, so a form synced days later computes what the phone showed
  const validation = validateAnswers(definition, body.answers, {
    today: collectedAt.toISOString().slice(0, 10),
  });
  if (!validation.success) {
    const prefixed = Object.fromEntries(
      Object.entries(validation.errors).map(([path, messages]) => [`answers.${path}`, messages]),
    );
    return fail(422, 'invalid', 'some answers are not valid', prefixed);
  }
  return {
    ok: true,
    submission: {
      id: body.id.toLowerCase(),
      orgId: user.orgId,
      surveyId: body.surveyId,
      version: body.version,
      siteId: body.siteId,
      collectedBy: user.userId,
      collectedAt,
      locale: body.locale,
      // the validated answers carry calculated values as the server computed them, not the client's
      answers: validation.answers,
      facts: submissionFacts(definition, validation.answers),
      // stored only while the sender's session holds, checked by the statement that stores it
      sessionId: user.sessionId,
    },
  };
}

const OUTCOME_STATUS = { created: 201, duplicate: 200, conflict: 409 } as const;

/** The session ended after it was cached (in another process): nothing was stored. */
const signedOut = () => new ApiError(401, 'unauthenticated', 'sign in first');

function outcomeResult(id: string, outcome: keyof typeof OUTCOME_STATUS): SubmissionResult {
  if (outcome === 'conflict') {
    return {
      id,
      status: 409,
      code: 'conflict',
      message: 'a different submission with this id is already stored',
    };
  }
  return { id, status: OUTCOME_STATUS[outcome] };
}

/** A submission's result from the writer's outcome; 401 when the session ended before the write. */
function storedResult(id: string, outcome: StoreOutcome): SubmissionResult {
  if (outcome === 'signed_out') throw signedOut();
  return outcomeResult(id, outcome);
}

const Result = ContractResult.meta({ id: 'SubmissionResult' });

/** The submissions routes, typed for the OpenAPI document and the hono client. */
export function submissionRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/submissions',
        access: ROLES_SUBMIT,
        summary: 'Store one submission (idempotent by id)',
        request: { body: { content: { 'application/json': { schema: SubmissionBody } }, required: true } },
        responses: {
          200: json(Result, 'Already stored with the same content'),
          201: json(Result, 'Stored'),
          409: json(Result, 'The id holds a different submission'),
        },
      },
      async (c) => {
        const deps = c.get('deps');
        const user = signedIn(c);
        const prepared = await prepare(deps, user, c.req.valid('json'));
        if (!prepared.ok) {
          if (!(await confirmSession(c))) throw signedOut();
          const { status, code, message, errors } = prepared.result;
          throw new ApiError(
            status as 403 | 422,
            (code ?? 'invalid') as 'invalid',
            message ?? 'refused',
            errors ? { errors } : undefined,
          );
        }
        const [outcome = 'conflict'] = await deps.writer.write([prepared.submission]);
        const result = storedResult(prepared.submission.id, outcome);
        if (result.status === 409)
          return c.json({ error: { code: 'conflict', message: result.message ?? '' }, ...result }, 409);
        return c.json(result, result.status as 200 | 201);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/submissions/batch',
        access: ROLES_SUBMIT,
        summary: `Store up to ${MAX_BATCH} submissions; one result per item, in order`,
        request: {
          body: {
            content: {
              'application/json': {
                schema: z.strictObject({ submissions: z.array(z.unknown()).min(1).max(MAX_BATCH) }),
              },
            },
            required: true,
          },
        },
        responses: { 200: json(z.object({ results: z.array(Result) }), 'One result per submission') },
      },
      async (c) => {
        const deps = c.get('deps');
        const user = signedIn(c);
        const items = c.req.valid('json').submissions;
        const results: SubmissionResult[] = new Array(items.length);
        const ready: Array<{ index: number; submission: NewSubmission }> = [];
        for (const [index, item] of items.entries()) {
          const problems = bodyProblems(item);
          if (problems) {
            results[index] = {
              ...invalidItem(item, problems),
              message: 'this submission holds text the server cannot store',
            };
            continue;
          }
          const parsed = SubmissionBody.safeParse(item);
          if (!parsed.success) {
            results[index] = invalidItem(item, issueMap(parsed.error.issues, '(item)'));
            continue;
          }
          const prepared = await prepare(deps, user, parsed.data);
          if (prepared.ok) ready.push({ index, submission: prepared.submission });
          else results[index] = prepared.result;
        }
        if (ready.length > 0) {
          const outcomes = await deps.writer.write(ready.map((r) => r.submission));
          // one session sent them all: every item was stored while it held, or none was
          ready.forEach((r, i) => {
            results[r.index] = storedResult(r.submission.id, outcomes[i] ?? 'conflict');
          });
        } else if (!(await confirmSession(c))) throw signedOut();
        return c.json({ results }, 200);
      },
    ),
  ] as const;
}
