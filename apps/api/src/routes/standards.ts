import { z } from '@hono/zod-openapi';
import { audit } from '../audit.ts';
import { json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { StandardsInput, StandardsView } from '../scorecard/shapes.ts';
import { saveStandards, standardsOf } from '../scorecard/standards.ts';
import { latestSurvey } from '../survey-store.ts';

const Params = z.object({ id: z.string().max(64) });

/** The standards routes: what each indicator of a survey is held to. */
export function standardsRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/standards',
        access: ROLES_DESIGN,
        summary:
          "Every indicator of the survey with the standard it is held to: the organization's own, else the library's default, else none",
        request: { params: Params },
        responses: { 200: json(StandardsView, 'Standards') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const survey = await latestSurvey(db, user.orgId, c.req.valid('param').id);
        return c.json({ surveyId: survey.id, indicators: await standardsOf(db, user.orgId, survey) }, 200);
      },
    ),
    secured(
      {
        method: 'put',
        path: '/api/surveys/{id}/standards',
        access: ROLES_DESIGN,
        summary:
          'Set the standards of a survey (thresholds ordered by the direction: for higher is better, green above amber); indicators left out go back to the default',
        request: {
          params: Params,
          body: { content: { 'application/json': { schema: StandardsInput } }, required: true },
        },
        responses: { 200: json(StandardsView, 'Standards as saved') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const survey = await latestSurvey(db, user.orgId, c.req.valid('param').id);
        const { standards } = c.req.valid('json');
        await saveStandards(db, user.orgId, survey, standards, user.userId);
        await audit(db, user, 'standards_update', survey.id, {
          indicators: standards.map((s) => s.indicatorId),
        });
        return c.json({ surveyId: survey.id, indicators: await standardsOf(db, user.orgId, survey) }, 200);
      },
    ),
  ] as const;
}
