import './setup.ts';
import type { FollowUpVerdict } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from './api.ts';
import { formatDay } from './words.ts';

/** A shape per verdict, so it never rests on colour alone. */
const ICON: Record<FollowUpVerdict, string> = {
  improved: '▲',
  worse: '▼',
  unchanged: '=',
  too_few: '?',
  waiting: '…',
};

/** The follow-up of an action: the figure then and now, and the verdict in words with an icon. */
export function FollowUpBlock({ followUp, locale }: { followUp: FollowUp; locale: string }) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const figure = (f: { value: number | null; n: number | null; withheld: boolean }) =>
    f.withheld || f.value === null
      ? t('accountability.verdict.too_few')
      : // a share and a scale mean are both 0..100: the number alone, as the evidence showed it
        number.format(f.value);
  return (
    <div className="acc-follow-up" data-verdict={followUp.verdict}>
      <h4>{t('accountability.followUp.title')}</h4>
      <p>
        <span className={`acc-verdict acc-verdict--${followUp.verdict}`}>
          <span aria-hidden="true">{ICON[followUp.verdict]}</span>
          {t(`accountability.verdict.${followUp.verdict}`)}
        </span>
      </p>
      {followUp.reason && <p className="note">{t(`accountability.waitingReason.${followUp.reason}`)}</p>}
      <div className="acc-then-now">
        <div>
          <strong>{t('accountability.followUp.before')}</strong>
          <p>{figure(followUp.before)}</p>
          {followUp.before.n !== null && (
            <p className="acc-meta">{t('accountability.followUp.respondents', { n: followUp.before.n })}</p>
          )}
        </div>
        <div>
          <strong>
            {followUp.after
              ? t('accountability.followUp.after', {
                  from: formatDay(followUp.after.from, locale),
                  to: formatDay(followUp.after.to, locale),
                })
              : t('accountability.verdict.waiting')}
          </strong>
          {followUp.after && <p>{figure(followUp.after)}</p>}
          {followUp.after && followUp.after.n !== null && (
            <p className="acc-meta">{t('accountability.followUp.respondents', { n: followUp.after.n })}</p>
          )}
        </div>
      </div>
      <p className="note">{t(`accountability.followUp.better.${followUp.better}`)}</p>
    </div>
  );
}
