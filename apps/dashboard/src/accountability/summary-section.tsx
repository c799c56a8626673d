import './setup.ts';
import { useTranslation } from 'react-i18next';
import type { Resolution, Summary } from './api.ts';
import { countText } from './words.ts';

type Row = Resolution & { key: string; label: string };

/**
 * The resolution figures of groups of actions as a table; a withheld figure says so in words. On a
 * phone each row stacks into a card, every figure beside its column's name (`data-label`).
 */
function ResolutionTable({
  caption,
  rows,
  summary,
  locale,
}: {
  caption: string;
  rows: readonly Row[];
  summary: Summary;
  locale: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const count = (n: number | null) => countText(t, n, summary.k, summary.rounding, locale);
  const rate = (r: Resolution) =>
    r.resolutionRate === null
      ? t('accountability.withheld', { k: summary.k })
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          r.resolutionRate / 100,
        );
  const days = (r: Resolution) =>
    r.medianDaysToResolution === null
      ? t('accountability.withheld', { k: summary.k })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(r.medianDaysToResolution);
  return (
    <div className="table-scroll">
      <table className="acc-table rows-as-cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accountability.page.group')}</th>
            <th scope="col" className="num">
              {t('accountability.page.actions')}
            </th>
            <th scope="col" className="num">
              {t('accountability.page.resolved')}
            </th>
            <th scope="col" className="num">
              {t('accountability.page.resolutionRate')}
            </th>
            <th scope="col" className="num">
              {t('accountability.page.medianDays')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num" data-label={t('accountability.page.actions')}>
                {count(r.actions)}
              </td>
              <td className="num" data-label={t('accountability.page.resolved')}>
                {count(r.resolved)}
              </td>
              <td className="num" data-label={t('accountability.page.resolutionRate')}>
                {rate(r)}
              </td>
              <td className="num" data-label={t('accountability.page.medianDays')}>
                {days(r)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The accountability figures: open findings, overdue actions, resolution rate and median days to
 * resolution overall, per quarter, per escalation level and per duty-bearer type. Exact for staff;
 * for funders and public boards small counts arrive withheld and the rest banded, and say so.
 */
export function SummarySection({ summary, locale }: { summary: Summary; locale: string }) {
  const { t } = useTranslation();
  const count = (n: number | null) => countText(t, n, summary.k, summary.rounding, locale);
  const overall = summary.overall;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="acc-figures-title" className="panel">
      <h2 id="acc-figures-title">{t('accountability.page.figures')}</h2>
      <p className="note">{t('accountability.page.suppressedNote', { count: summary.k })}</p>
      {summary.rounding ? (
        <p className="note">{t('accountability.page.roundedNote', { base: summary.rounding })}</p>
      ) : null}
      <dl className="acc-figures">
        <div className="acc-figure">
          <dt>{t('accountability.page.openFindings')}</dt>
          <dd>
            <strong>{count(summary.openFindings.total)}</strong>
          </dd>
        </div>
        <div className="acc-figure">
          <dt>{t('accountability.page.overdue')}</dt>
          <dd>
            <strong>{count(summary.overdueActions)}</strong>
          </dd>
        </div>
        <div className="acc-figure">
          <dt>{t('accountability.page.resolutionRate')}</dt>
          <dd>
            <strong data-testid="resolution-rate">
              {overall.resolutionRate === null
                ? t('accountability.withheld', { k: summary.k })
                : percent.format(overall.resolutionRate / 100)}
            </strong>
          </dd>
        </div>
        <div className="acc-figure">
          <dt>{t('accountability.page.medianDays')}</dt>
          <dd>
            <strong>
              {overall.medianDaysToResolution === null
                ? t('accountability.withheld', { k: summary.k })
                : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(
                    overall.medianDaysToResolution,
                  )}
            </strong>
          </dd>
        </div>
      </dl>
      {summary.openFindings.byCategory.length > 0 && (
        <div className="table-scroll">
          <table className="acc-table">
            <caption>{t('accountability.page.byCategory')}</caption>
            <tbody>
              {summary.openFindings.byCategory.map((r) => (
                <tr key={r.category}>
                  <th scope="row">{t(`accountability.category.${r.category}`)}</th>
                  <td className="num">{count(r.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.openFindings.bySite.length > 0 && (
        <div className="table-scroll">
          <table className="acc-table">
            <caption>{t('accountability.page.bySite')}</caption>
            <tbody>
              {summary.openFindings.bySite.map((r) => (
                <tr key={r.siteId}>
                  <th scope="row">{r.siteName}</th>
                  <td className="num">{count(r.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ResolutionTable
        caption={t('accountability.page.byPeriod')}
        rows={summary.byPeriod.map((r) => ({ ...r, key: r.period, label: r.period }))}
        summary={summary}
        locale={locale}
      />
      <ResolutionTable
        caption={t('accountability.page.byLevel')}
        rows={summary.byLevel.map((r) => ({
          ...r,
          key: r.level,
          label: t(`accountability.level.${r.level}`),
        }))}
        summary={summary}
        locale={locale}
      />
      <ResolutionTable
        caption={t('accountability.page.byType')}
        rows={summary.byDutyBearerType.map((r) => ({
          ...r,
          key: r.type,
          label: t(`accountability.dutyBearerType.${r.type}`),
        }))}
        summary={summary}
        locale={locale}
      />
    </section>
  );
}
