import './setup.ts';
import type { EvidenceSnapshot } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import type { Site } from '../api/types.ts';
import { dateFormat } from '../i18n/month-names.ts';
import { filtersInWords } from './words.ts';

/**
 * A finding's evidence as it was shown when it was raised: the figure (or that it was withheld),
 * n, and its filters in words. Read-only: the evidence is never edited.
 */
export function EvidenceCard({
  evidence,
  sites,
  locale,
  surveyTitle,
  targetName,
}: {
  evidence: EvidenceSnapshot;
  sites: readonly Pick<Site, 'id' | 'name'>[];
  locale: string;
  surveyTitle?: string | undefined;
  targetName?: string | undefined;
}) {
  const { t } = useTranslation();
  const target = evidence.target;
  const name = targetName ?? (target.kind === 'indicator' ? target.indicatorId : target.questionId);
  const time = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(evidence.capturedAt),
  );
  return (
    <div className="acc-evidence">
      <p>{t('accountability.evidence.survey', { survey: surveyTitle ?? evidence.surveyId })}</p>
      <p>
        {target.kind === 'indicator'
          ? t('accountability.evidence.indicator', { name })
          : t('accountability.evidence.question', { name })}
      </p>
      {target.kind === 'question' && target.value !== undefined && (
        <p>{t('accountability.evidence.answer', { value: target.value })}</p>
      )}
      <p>
        <strong>{t('accountability.evidence.shown', { display: evidence.shown.display })}</strong>
      </p>
      {evidence.shown.withheld ? (
        <p>{t('accountability.evidence.withheld')}</p>
      ) : (
        evidence.shown.n !== null && (
          <p>
            {t('accountability.evidence.respondents', {
              n: new Intl.NumberFormat(locale).format(evidence.shown.n),
            })}
          </p>
        )
      )}
      <p>
        {t('accountability.evidence.filters', {
          filters: filtersInWords(t, evidence.filters, locale, sites),
        })}
      </p>
      <p className="note">{t('accountability.evidence.captured', { time })}</p>
    </div>
  );
}
