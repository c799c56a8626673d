import type { SurveyDefinition } from '@kolo/schema';
import { communityInvolvement } from './surveys/community-involvement.ts';
import { rightsBarriers } from './surveys/rights-barriers.ts';
import { serviceAccess } from './surveys/service-access.ts';
import { serviceSatisfaction } from './surveys/service-satisfaction.ts';

export type { CodebookFile } from './codebook/files.ts';
export { codebookFiles } from './codebook/files.ts';
export { renderCodebook } from './codebook/render.ts';
export type { ChoiceForLocales, SharedChoice, SharedText } from './common.ts';
export {
  ageBands,
  agreement5,
  choiceFor,
  choicesFor,
  genders,
  keyPopulations,
  LIBRARY_LOCALES,
  notApplicable,
  pickLocales,
  preferNotToSay,
  satisfaction5,
  selfDescribe,
} from './common.ts';
export type { GlossaryEntry, GlossaryLocale, GlossaryTerm } from './glossary/terms.ts';
export { avoidedTerms, GLOSSARY, GLOSSARY_LOCALES } from './glossary/terms.ts';
export type { LanguageReview, ReviewStatus } from './reviewed-languages.ts';
export { REVIEWED_LANGUAGES, reviewStatus } from './reviewed-languages.ts';
export type { StandardDefault, StandardDirection } from './standards.ts';
export { libraryStandard, libraryStandards } from './standards.ts';
export type { CommunityInvolvementAnswers } from './surveys/community-involvement.ts';
export type { RightsBarriersAnswers } from './surveys/rights-barriers.ts';
export type { ServiceAccessAnswers } from './surveys/service-access.ts';
export type { ServiceSatisfactionAnswers } from './surveys/service-satisfaction.ts';
export { communityInvolvement, rightsBarriers, serviceAccess, serviceSatisfaction };

/**
 * Every library survey, in the order staff see them; the API loads these on a new database.
 * @example for (const survey of library) await publish(survey);
 */
export const library: readonly SurveyDefinition[] = [
  serviceSatisfaction,
  communityInvolvement,
  serviceAccess,
  rightsBarriers,
];

/**
 * A library survey by id, or undefined when there is none.
 * @example librarySurvey('service-satisfaction')?.version // 1
 */
export function librarySurvey(id: string): SurveyDefinition | undefined {
  return library.find((survey) => survey.id === id);
}
