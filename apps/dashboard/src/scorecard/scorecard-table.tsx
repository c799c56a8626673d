import { resolveText } from '@kolo/schema';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { addScorecardMessages } from './messages/index.ts';
import type { CellBand, Scorecard, ScorecardCell, ScorecardRow } from './scorecard-types.ts';
import './scorecard.css';

addScorecardMessages(i18n);

/** How the rows are ordered: a column (ascending or descending), or worst first (the league table). */
export type ScorecardView = 'table' | 'league';

/** A shape per band, so the band reads in grey print and for colour-blind readers. */
const SHAPES: Record<CellBand, string> = { green: '●', amber: '▲', red: '■', none: '○', withheld: '–' };
const ARROWS = { up: '↑', down: '↓', same: '→', unknown: '' } as const;

type SortKey = { column: 'label' | 'n' | 'actions' | string; descending: boolean };

const cellOf = (row: ScorecardRow, id: string) => row.cells.find((c) => c.indicatorId === id);

/** Worst first: most red cells, then most amber, then fewest respondents. */
function leagueOrder(a: ScorecardRow, b: ScorecardRow): number {
  return b.red - a.red || b.amber - a.amber || a.label.localeCompare(b.label);
}

function sortRows(rows: readonly ScorecardRow[], sort: SortKey): ScorecardRow[] {
  const value = (row: ScorecardRow): number | string | null => {
    if (sort.column === 'label') return row.label;
    if (sort.column === 'n') return row.n;
    if (sort.column === 'actions') return row.openActions;
    return cellOf(row, sort.column)?.value ?? null;
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    // rows without a figure go last whichever the direction
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return sort.descending ? -order : order;
  });
}

/** Whether every month of the period is withheld as not validated yet (nothing to show). */
function allWithheld(card: Scorecard): boolean {
  if (card.validation.withheldMonths.length === 0) return false;
  const withheld = new Set(card.validation.withheldMonths);
  const [year = 0, month = 1] = card.period.from.split('-').map(Number);
  for (let d = new Date(Date.UTC(year, month - 1, 1)); d.toISOString().slice(0, 10) <= card.period.to; ) {
    if (!withheld.has(d.toISOString().slice(0, 10))) return false;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return true;
}

/** One cell: a shape, the band in words, the value, n and the arrow against the previous period. */
function Cell({ cell, approx }: { cell: ScorecardCell | undefined; approx: boolean }) {
  const { t } = useTranslation();
  if (!cell) return <td />;
  if (cell.band === 'withheld') {
    return (
      <td className="sc-cell sc-withheld">
        <span aria-hidden="true" className="sc-shape">
          {SHAPES.withheld}
        </span>{' '}
        {t('scorecard.band.withheld')}
      </td>
    );
  }
  if (cell.value === null) return <td className="sc-cell sc-none">{t('scorecard.noData')}</td>;
  const shown = `${approx ? t('scorecard.approx') : ''}${Math.round(cell.value)}`;
  const arrow = ARROWS[cell.arrow];
  return (
    <td className={`sc-cell sc-${cell.band}`}>
      <span className="sc-value">
        <span aria-hidden="true" className="sc-shape">
          {SHAPES[cell.band]}
        </span>{' '}
        <strong>{shown}</strong>
        {arrow && (
          <span
            className="sc-arrow"
            title={
              cell.previous === null ? '' : t('scorecard.previous', { value: Math.round(cell.previous) })
            }
          >
            {' '}
            {arrow}
            <span className="visually-hidden">{t(`scorecard.arrow.${cell.arrow}`)}</span>
          </span>
        )}
      </span>
      <span className="sc-band">
        {cell.band === 'none' ? t('scorecard.band.none') : t(`scorecard.band.${cell.band}`)}
      </span>
      {cell.n !== null && <span className="sc-n">{t('scorecard.n', { n: cell.n })}</span>}
    </td>
  );
}

/**
 * The scorecard as a table of rows (sites, cities or countries) by indicators, sortable by any
 * column or worst first; the first column stays in view while the table scrolls sideways. Used on
 * the scorecard page and, with the public route's data, on the share page.
 */
export function ScorecardTable({ card, view = 'table' }: { card: Scorecard; view?: ScorecardView }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<SortKey>({ column: 'label', descending: false });
  const rows = useMemo(
    () => (view === 'league' ? [...card.rows].sort(leagueOrder) : sortRows(card.rows, sort)),
    [card.rows, sort, view],
  );
  const approx = card.rounding !== null;
  const showActions = card.rows.some((r) => r.openActions !== null);
  const header = (column: string, label: string) => {
    const active = view === 'table' && sort.column === column;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
        className={column === 'label' ? 'sc-sticky' : undefined}
      >
        {view === 'table' ? (
          <button
            type="button"
            className="sc-sort"
            title={t('scorecard.sortBy', { column: label })}
            onClick={() =>
              setSort((s) => ({
                column,
                descending: s.column === column ? !s.descending : column !== 'label',
              }))
            }
          >
            {label}
            {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  if (allWithheld(card))
    return (
      <p className="note sc-all-withheld" role="status">
        {t('scorecard.allWithheld')}
      </p>
    );
  if (card.rows.length === 0) return <p className="note">{t('scorecard.noRows')}</p>;
  return (
    <div className="table-scroll sc-scroll">
      <table className="sc-table">
        <thead>
          <tr>
            {view === 'league' && <th scope="col">{t('scorecard.rank')}</th>}
            {header('label', t(`scorecard.rowHeader.${card.groupBy}`))}
            {header('n', t('scorecard.respondents'))}
            {card.indicators.map((indicator) => (
              <th
                key={indicator.id}
                scope="col"
                className="sc-indicator"
                aria-sort={
                  view === 'table' && sort.column === indicator.id
                    ? sort.descending
                      ? 'descending'
                      : 'ascending'
                    : undefined
                }
              >
                {view === 'table' ? (
                  <button
                    type="button"
                    className="sc-sort"
                    title={t('scorecard.sortBy', { column: resolveText(indicator.label, i18n.language) })}
                    onClick={() =>
                      setSort((s) => ({
                        column: indicator.id,
                        descending: s.column === indicator.id ? !s.descending : true,
                      }))
                    }
                  >
                    {resolveText(indicator.label, i18n.language)}
                    {sort.column === indicator.id ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                ) : (
                  resolveText(indicator.label, i18n.language)
                )}
                <span className="sc-standard">
                  {indicator.standard
                    ? t('scorecard.standardLine', {
                        direction: t(`scorecard.direction.${indicator.standard.direction}`),
                        green: indicator.standard.green,
                        amber: indicator.standard.amber,
                      })
                    : t('scorecard.noStandard')}
                </span>
              </th>
            ))}
            {showActions && header('actions', t('scorecard.openActions'))}
            {view === 'league' && (
              <>
                <th scope="col">{t('scorecard.belowCount')}</th>
                <th scope="col">{t('scorecard.closeCount')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              {view === 'league' && <td>{index + 1}</td>}
              <th scope="row" className="sc-sticky">
                {row.label}
                {card.groupBy === 'site' && row.city && <span className="sc-place">{row.city}</span>}
              </th>
              <td>
                {row.suppressed ? (
                  <span className="suppressed">{t('scorecard.band.withheld')}</span>
                ) : (
                  `${approx ? t('scorecard.approx') : ''}${row.n ?? 0}`
                )}
              </td>
              {card.indicators.map((indicator) => (
                <Cell key={indicator.id} cell={cellOf(row, indicator.id)} approx={approx} />
              ))}
              {showActions && (
                <td>
                  {row.openActions ?? ''}
                  {row.overdueActions ? (
                    <span className="sc-n">{t('scorecard.overdue', { n: row.overdueActions })}</span>
                  ) : null}
                </td>
              )}
              {view === 'league' && (
                <>
                  <td>{row.red}</td>
                  <td>{row.amber}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The key to the bands: shape, word and colour together. */
export function ScorecardLegend({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const bands = ['green', 'amber', 'red', 'withheld'] as const;
  return (
    <div className="sc-legend">
      <h2 className="visually-hidden">{t('scorecard.legend')}</h2>
      <ul>
        {bands.map((band) => (
          <li key={band} className={`sc-${band}`}>
            <span aria-hidden="true" className="sc-shape">
              {SHAPES[band]}
            </span>{' '}
            <strong>{t(`scorecard.band.${band}`)}</strong>: {t(`scorecard.legendText.${band}`)}
          </li>
        ))}
      </ul>
      {card.rounding !== null && <p className="note">{t('scorecard.rounded', { k: card.rounding })}</p>}
    </div>
  );
}
