export type Role = 'admin' | 'staff' | 'monitor' | 'funder';

export interface Me {
  user: { id: string; email: string; name: string };
  organization: { id: string; name: string };
  role: Role;
  siteIds: string[];
}

/** The administration API's answers, shared with the API. */
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
