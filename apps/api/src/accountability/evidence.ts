import type { Db } from '@kolo/db';
import { allowedValues, type EvidenceSnapshot, surveyItems } from '@kolo/schema';
import { ApiError } from '../errors.ts';
import { latestSurvey } from '../survey-store.ts';

/**
 * Check a finding's evidence against the organization's survey: the survey exists, and so do the
 * indicator or question (and answer value) it points to and the questions its filters name.
 * Bad evidence is a 422 saying which part to fix.
 */
export async function checkEvidence(db: Db, orgId: string, evidence: EvidenceSnapshot): Promise<void> {
  const invalid = (message: string) => new ApiError(422, 'invalid', message);
  const survey = await latestSurvey(db, orgId, evidence.surveyId).catch(() => {
    throw invalid(
      `evidence.surveyId: there is no published survey "${evidence.surveyId}" in this organization`,
    );
  });
  const items = new Map(surveyItems(survey).map((entry) => [entry.item.id, entry.item]));
  const target = evidence.target;
  if (target.kind === 'indicator') {
    if (!survey.indicators?.some((i) => i.id === target.indicatorId))
      throw invalid(
        `evidence.target.indicatorId: "${target.indicatorId}" is not an indicator of ${survey.id}`,
      );
  } else {
    const item = items.get(target.questionId);
    if (!item)
      throw invalid(`evidence.target.questionId: "${target.questionId}" is not a question of ${survey.id}`);
    const values = allowedValues(survey, item);
    if (target.value !== undefined && values && !values.includes(target.value))
      throw invalid(`evidence.target.value: "${target.value}" is not an answer of "${target.questionId}"`);
  }
  for (const filter of evidence.filters.filter ?? []) {
    const [question = '', value = ''] = filter.split(':');
    const item = items.get(question);
    const values = item ? allowedValues(survey, item) : undefined;
    if (!item || (values && !values.includes(value)))
      throw invalid(`evidence.filters.filter: "${filter}" is not question:answer of ${survey.id}`);
  }
  const { from, to } = evidence.filters;
  if (from && to && from > to) throw invalid('evidence.filters: from must not be after to');
  if (evidence.shown.withheld && evidence.shown.value !== null)
    throw invalid('evidence.shown.value: a withheld figure is stored as null, never as its number');
}
