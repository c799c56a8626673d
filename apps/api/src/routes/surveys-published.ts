import { surveys } from '@kolo/db';
import { PublishedSurveys, type SurveyDefinition } from '@kolo/schema';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { etagMatches, etagOf } from '../etag.ts';
import { readDatabase } from '../replica-reads.ts';
import { json, secured, signedIn } from '../route-kit.ts';
import { surveyVersion } from '../survey-store.ts';

/** Bump when the shape of the answer changes, so devices holding the old one fetch it again. */
const FORMAT = 2;

/**
 * A definition as Collect uses it: without its indicators (computed on the server, shown on
 * dashboards) and the survey's own description (a designer's note). About a tenth of the bytes a
 * phone fetches on its first visit, often on a slow line.
 */
function forCollect({ indicators: _indicators, description: _description, ...definition }: SurveyDefinition) {
  return definition;
}

/**
 * Every published survey of the caller's organization at its latest version, in one answer, for the
 * Collect screen. Published versions never change, so the organization and its surveys' ids and
 * versions name the answer: an ETag with `Cache-Control: private, no-cache` lets a device that has
 * it ask again with If-None-Match and get a bodiless 304 until a new version is published.
 */
export function publishedSurveysRoute() {
  return secured(
    {
      method: 'get',
      path: '/api/published-surveys',
      access: 'signed_in',
      summary:
        'Latest version of every published survey, as Collect uses it: no indicators nor survey description (ETag; 304 on If-None-Match while unchanged)',
      responses: {
        200: json(PublishedSurveys, 'The definitions'),
        304: { description: 'Not modified: the device has these definitions' },
      },
    },
    async (c) => {
      const db = await readDatabase(c.get('deps'));
      const user = signedIn(c);
      const rows = await db
        .select({ id: surveys.id, version: surveys.latestVersion })
        .from(surveys)
        .where(and(eq(surveys.orgId, user.orgId), isNotNull(surveys.latestVersion)))
        .orderBy(asc(surveys.id));
      const etag = etagOf(FORMAT, user.orgId, ...rows.flatMap((r) => [r.id, r.version ?? 0]));
      c.header('ETag', etag);
      c.header('Cache-Control', 'private, no-cache');
      if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
      const definitions = await Promise.all(
        rows.map((r) => surveyVersion(db, user.orgId, r.id, r.version ?? 0)),
      );
      return c.json({ surveys: definitions.filter((d) => d !== undefined).map(forCollect) }, 200);
    },
  );
}
