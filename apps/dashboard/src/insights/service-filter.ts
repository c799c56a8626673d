import { choicesOf, resolveText, type SurveyDefinition, surveyItems } from '@kolo/schema';

/**
 * The survey's "which service did you use" question, as the results API reads it: a single-choice
 * question on the shared list of service types (`services`). None: the survey does not ask it, and
 * the service type filter keeps the answers given at sites offering the service.
 */
export function serviceQuestion(definition: SurveyDefinition): string | undefined {
  return surveyItems(definition).find(
    ({ item }) => item.kind === 'single_choice' && 'choices' in item && item.choices === 'services',
  )?.item.id;
}

/** One option of the service type filter: the code the API takes and its name in the reader's language. */
export interface ServiceOption {
  value: string;
  label: string;
}

/**
 * The options of the service type filter: the answers of the survey's service question, or else the
 * services the sites offer, each named in the reader's language (`siteName` names a site's code;
 * the survey's own service list, where it has one, names those it knows).
 */
export function serviceOptions(
  definition: SurveyDefinition,
  siteServices: readonly string[],
  locale: string,
  siteName: (code: string, fallback: string) => string,
): { mode: 'respondent' | 'site'; options: ServiceOption[] } {
  const question = serviceQuestion(definition);
  const item = question ? surveyItems(definition).find((e) => e.item.id === question)?.item : undefined;
  if (item)
    return {
      mode: 'respondent',
      options: choicesOf(definition, item).map((c) => ({
        value: c.value,
        label: resolveText(c.label, locale),
      })),
    };
  const known = new Map(
    (definition.choiceLists?.services ?? []).map((c) => [c.value, resolveText(c.label, locale)]),
  );
  const codes = [...new Set(siteServices)];
  const options = codes.map((code) => ({
    value: code,
    label: siteName(code, known.get(code) ?? code.replaceAll('_', ' ')),
  }));
  return { mode: 'site', options: options.sort((a, b) => a.label.localeCompare(b.label, locale)) };
}
