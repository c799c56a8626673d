import { type Indicator, resolveText } from '@kolo/schema';
import { useId } from 'react';
import { formatChange, formatNumber, formatShare } from './format.ts';
import { type ChartMessages, chartMessages, fewerThanText, fillMessage } from './messages.ts';
import { MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K } from './question-props.ts';
import type { IndicatorResult } from './results.ts';
import { VISUALLY_HIDDEN } from './suppressed.tsx';

/** A previous period's value: an indicator result, a timeline value, or nothing. */
export type PreviousValue = { value: number | null; suppressed?: boolean } | number | null | undefined;

/** Props of {@link IndicatorCard}. */
export interface IndicatorCardProps {
  /** The indicator as the survey definition declares it (label, kind). */
  indicator: Indicator;
  result: IndicatorResult | undefined;
  /** The value in the previous period, to show the change. */
  previous?: PreviousValue;
  locale: string;
  k?: number | undefined;
  messages?: Partial<ChartMessages> | undefined;
}

function formatValue(
  kind: Indicator['kind'],
  value: number,
  locale: string,
  messages: ChartMessages,
): string {
  if (kind === 'share') return formatShare(value / 100, locale);
  if (kind === 'count') return formatNumber(value, locale, 0);
  return `${formatNumber(value, locale)} ${messages.outOf100}`;
}

function previousOf(previous: PreviousValue): number | null {
  if (previous === null || previous === undefined) return null;
  if (typeof previous === 'number') return previous;
  return previous.suppressed ? null : previous.value;
}

/**
 * An indicator's value (0..100 for scales and shares, a total for counts) with its change against
 * the previous period, or "fewer than k responses" when withheld; never a zero for a hidden figure.
 * @example <IndicatorCard indicator={survey.indicators[0]} result={results.indicators[0]} previous={72} locale="en" />
 */
export function IndicatorCard({
  indicator,
  result,
  previous,
  locale,
  k = DEFAULT_K,
  messages: override,
}: IndicatorCardProps) {
  const messages = chartMessages(locale, override);
  const label = resolveText(indicator.label, locale);
  const value = result && !result.suppressed ? result.value : null;
  const before = previousOf(previous);
  const delta = value !== null && before !== null ? value - before : null;
  const unit = indicator.kind === 'share' ? ` ${messages.percentagePoints}` : '';
  const headingId = useId();
  return (
    <article className="kolo-indicator" aria-labelledby={headingId} style={{ color: TEXT_COLOUR }}>
      <h3 id={headingId} className="kolo-indicator-label" style={{ fontSize: '1em', margin: 0 }}>
        {label}
      </h3>
      {result?.suppressed ? (
        <p className="kolo-indicator-value kolo-suppressed" style={{ color: MUTED_TEXT_COLOUR, margin: 0 }}>
          {fewerThanText(messages, k, locale)}
        </p>
      ) : value === null ? (
        <p className="kolo-indicator-value" style={{ color: MUTED_TEXT_COLOUR, margin: 0 }}>
          {messages.noData}
        </p>
      ) : (
        <p className="kolo-indicator-value" style={{ fontSize: '2em', fontWeight: 700, margin: 0 }}>
          {formatValue(indicator.kind, value, locale, messages)}
        </p>
      )}
      {delta !== null && (
        <p className="kolo-indicator-change" style={{ margin: 0 }}>
          {delta === 0 ? (
            messages.noChange
          ) : (
            <>
              <span aria-hidden="true">{delta > 0 ? '▲ ' : '▼ '}</span>
              {`${formatChange(delta, locale)}${unit} ${messages.change}`}
            </>
          )}
        </p>
      )}
      {result?.n != null && !result.suppressed && (
        <p className="kolo-indicator-n" style={{ color: MUTED_TEXT_COLOUR, margin: 0, fontSize: '0.875em' }}>
          {fillMessage(messages.nEquals, { n: formatNumber(result.n, locale, 0) }, locale, result.n)}
        </p>
      )}
      {result?.suppressed && (
        <p style={VISUALLY_HIDDEN}>{fillMessage(messages.suppressedExplanation, { k }, locale, k)}</p>
      )}
    </article>
  );
}
