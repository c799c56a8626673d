import { type ReactNode, useId, useState } from 'react';
import { formatNumber } from './format.ts';
import { type ChartMessages, fewerThanText, fillMessage } from './messages.ts';
import { MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.ts';

/** Whether a chart has figures to draw, none yet, or only withheld ones. */
export type ChartStatus = 'ready' | 'empty' | 'suppressed';

interface ChartFrameProps {
  title: string;
  n: number | null | undefined;
  status: ChartStatus;
  k: number;
  locale: string;
  messages: ChartMessages;
  /** A one-line text alternative of the drawing, read instead of the SVG. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  notes?: ReactNode;
  /** Some figures are withheld: explain why under the chart and the table. */
  hasSuppressed?: boolean;
  /** n is rounded (funders, share links): shown as "≈n". */
  approximate?: boolean;
}

/**
 * A chart in a `<figure>` with its caption (label and n), a table toggle (`aria-pressed`) that swaps
 * the drawing for its data table, the legend, and the notes a reader needs.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, n, status, k, locale, messages } = props;
  const [showTable, setShowTable] = useState(false);
  const contentId = useId();
  const explanationId = useId();
  const fewer = fewerThanText(messages, k, locale);
  const nText =
    n !== null && n !== undefined && status !== 'suppressed'
      ? fillMessage(
          messages.nEquals,
          { n: `${props.approximate ? '≈' : ''}${formatNumber(n, locale, 0)}` },
          locale,
          n,
        )
      : status === 'suppressed'
        ? fewer
        : '';
  const explanation = fillMessage(messages.suppressedExplanation, { k }, locale, k);
  return (
    <figure className="kolo-chart" style={{ margin: 0, position: 'relative', color: TEXT_COLOUR }}>
      <figcaption
        className="kolo-chart-caption"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem' }}
      >
        <span className="kolo-chart-title" style={{ fontWeight: 600 }}>
          {title}
        </span>
        {nText && (
          <span className="kolo-chart-n" style={{ color: MUTED_TEXT_COLOUR }}>
            {nText}
          </span>
        )}
      </figcaption>
      {status === 'ready' ? (
        <>
          <button
            type="button"
            className="kolo-chart-toggle"
            aria-pressed={showTable}
            aria-controls={contentId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {messages.showTable}
          </button>
          <div id={contentId} className="kolo-chart-body">
            {showTable ? (
              props.table
            ) : (
              <>
                <div
                  role="img"
                  aria-label={props.summary}
                  aria-describedby={props.hasSuppressed ? explanationId : undefined}
                >
                  {props.chart}
                </div>
                {props.legend}
              </>
            )}
          </div>
          {props.notes}
          {props.hasSuppressed && (
            <p
              id={explanationId}
              className="kolo-chart-note"
              style={{ color: MUTED_TEXT_COLOUR, fontSize: '0.875em' }}
            >
              {explanation}
            </p>
          )}
        </>
      ) : (
        <p className="kolo-chart-empty" style={{ color: MUTED_TEXT_COLOUR }}>
          {status === 'empty' ? messages.noData : `${fewer}. ${explanation}`}
        </p>
      )}
    </figure>
  );
}

/** One row of a {@link DataTable}: its header cell and its data cells. */
export interface DataTableRow {
  key: string;
  header: ReactNode;
  cells: readonly ReactNode[];
}

interface DataTableProps {
  caption: string;
  corner: string;
  columns: readonly string[];
  rows: readonly DataTableRow[];
}

/**
 * The text alternative of a chart: a captioned table with row and column headers. A wide one
 * (a repeat's figures on a 360 px phone) scrolls inside its own region, reachable by keyboard,
 * instead of widening the page.
 */
export function DataTable({ caption, corner, columns, rows }: DataTableProps) {
  return (
    <section
      className="kolo-chart-table-scroll"
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      <table className="kolo-chart-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start' }}>
              {corner}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" style={{ textAlign: 'end' }}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
                {row.header}
              </th>
              {row.cells.map((cell, i) => (
                <td key={columns[i] ?? i} style={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
