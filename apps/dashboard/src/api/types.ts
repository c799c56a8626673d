import type { Answer, kolo } from './kolo.ts';

/** The signed-in user, their organization, role and sites: the API's answer to a sign-in. */
export type Me = Answer<typeof kolo.api.auth.login.$post>;
export type Role = Me['role'];

/** The surveys API's answers: one definition in `@kolo/schema`, shared with the API. */
export type { Member, Site, SurveySummary, SurveyVersionAnswer as SurveyVersion } from '@kolo/schema';

/** One submission as the collect app sends it. */
export interface SubmissionPayload {
  id: string;
  surveyId: string;
  version: number;
  siteId: string;
  collectedAt: string;
  locale: string;
  answers: Record<string, unknown>;
}

export type { SubmissionResult } from '@kolo/schema';
