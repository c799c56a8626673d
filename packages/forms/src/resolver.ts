import {
  type AnswerIssue,
  repeatLayout,
  type SurveyDefinition,
  surveyItems,
  validateAnswers,
} from '@kolo/schema/forms';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { type FormValues, normalizeAnswers } from './normalize.ts';

// Ids of each definition's matrix questions: the resolver runs on every keystroke, so it looks
// fields up here instead of walking every item for every issue.
const MATRICES = new WeakMap<SurveyDefinition, ReadonlySet<string>>();

function matricesOf(definition: SurveyDefinition): ReadonlySet<string> {
  let ids = MATRICES.get(definition);
  if (!ids) {
    ids = new Set(
      surveyItems(definition)
        .filter((entry) => entry.item.kind === 'matrix')
        .map((entry) => entry.item.id),
    );
    MATRICES.set(definition, ids);
  }
  return ids;
}

/**
 * The form field an answer issue belongs to: the question, one matrix row (`matrix.row`), a
 * repeat section itself (too few instances), or a question of one instance (`partners.1.partner_age`).
 */
export function issueField(definition: SurveyDefinition, issue: AnswerIssue): string {
  const segments = issue.path.split('.');
  const [first = issue.path, second] = segments;
  const inInstance =
    repeatLayout(definition).get(first) === first && second !== undefined && /^\d+$/.test(second);
  const prefix = inInstance ? `${first}.${second}.` : '';
  const rest = inInstance ? segments.slice(2) : segments;
  const [id, next] = rest;
  if (id === undefined) return `${first}.${second}`;
  return prefix + (next !== undefined && matricesOf(definition).has(id) ? `${id}.${next}` : id);
}

/**
 * Answer issues as react-hook-form errors, nested by field. The issue code becomes the error
 * `type` (the form words it in the respondent's language); the first issue of a field wins.
 */
export function toFieldErrors(
  definition: SurveyDefinition,
  issues: readonly AnswerIssue[],
): FieldErrors<FormValues> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = errors;
    for (const key of issueField(definition, issue).split('.')) {
      const child = (Object.hasOwn(node, key) ? node[key] : undefined) as Record<string, unknown> | undefined;
      const next = child ?? {};
      node[key] = next;
      node = next;
    }
    const error: FieldError = { type: issue.code, message: issue.message };
    if (node.type === undefined) Object.assign(node, error);
  }
  return errors as FieldErrors<FormValues>;
}

/**
 * A react-hook-form resolver running the survey's compiled answer validation, the same the API
 * runs, on normalized form values; valid values come out as the answers to submit.
 * @example useForm({ resolver: surveyResolver(survey) })
 */
export function surveyResolver(definition: SurveyDefinition): Resolver<FormValues> {
  return (values) => {
    const result = validateAnswers(definition, normalizeAnswers(definition, values));
    if (result.success) return { values: result.answers, errors: {} };
    return { values: {}, errors: toFieldErrors(definition, result.issues) };
  };
}
