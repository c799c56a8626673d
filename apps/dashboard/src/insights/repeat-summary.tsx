import { type RepeatResult, resolveText, type SurveyDefinition } from '@kolo/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ResultsResponse } from './use-results.ts';

/** How the figures of one results answer are published: k, the band width when rounded, the reader's locale. */
export interface RepeatLineOptions {
  readonly k: number;
  readonly rounding: number | null;
  readonly locale: string;
}

/**
 * One repeated section in a line: "Partners: 30 entries from 12 people". Figures the server
 * withheld are said to be hidden, never shown as a number; rounded ones are marked "≈".
 * @example repeatLine(t, 'Partners', result, { k: 5, rounding: null, locale: 'en' })
 */
export function repeatLine(
  t: TFunction,
  section: string,
  result: RepeatResult,
  { k, rounding, locale }: RepeatLineOptions,
): string {
  const number = new Intl.NumberFormat(locale);
  const shown = (n: number) => `${rounding ? '≈' : ''}${number.format(n)}`;
  const { instances } = result;
  if (result.suppressed || instances === null) return t('insights.repeats.hidden', { section, k });
  if (instances === 0) return t('insights.repeats.none', { section });
  const entries = t('insights.repeats.entries', { count: instances, n: shown(instances) });
  const people = result.withInstances.n;
  if (result.withInstances.suppressed || people === null)
    return t('insights.repeats.peopleHidden', { section, entries });
  return t('insights.repeats.line', {
    section,
    entries,
    people: t('insights.repeats.fromPeople', { count: people, n: shown(people) }),
  });
}

/** Near the top of results: one line per repeated section of the survey, how many entries from how many people. */
export function RepeatSummary({
  definition,
  results,
  locale,
}: {
  definition: SurveyDefinition;
  results: Pick<ResultsResponse, 'k' | 'rounding' | 'repeats'>;
  locale: string;
}) {
  const { t } = useTranslation();
  const repeats = results.repeats ?? [];
  if (repeats.length === 0) return null;
  const titleOf = (id: string) => {
    const section = definition.sections.find((s) => s.id === id);
    return section ? resolveText(section.title, locale) : id;
  };
  const options = { k: results.k, rounding: results.rounding, locale };
  return (
    <section aria-labelledby="repeats-title" className="panel repeat-summary">
      <h2 id="repeats-title">{t('insights.repeats.title')}</h2>
      <ul>
        {repeats.map((r) => (
          <li key={r.id}>{repeatLine(t, titleOf(r.id), r, options)}</li>
        ))}
      </ul>
    </section>
  );
}
