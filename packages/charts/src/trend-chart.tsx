import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame, DataTable } from './chart-frame.tsx';
import { formatNumber, formatPeriod, inferBucket, type PeriodBucket } from './format.ts';
import { ChartLegend } from './legend.tsx';
import { type ChartMessages, chartMessages, fillMessage } from './messages.ts';
import { MUTED_TEXT_COLOUR, OKABE_ITO } from './palette.ts';
import { DEFAULT_K } from './question-props.ts';
import type { TimelinePoint } from './results.ts';
import { SuppressedValue, VISUALLY_HIDDEN } from './suppressed.tsx';

/** Dash patterns, so lines differ by more than colour. */
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3'];

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  definition: SurveyDefinition;
  timeline: readonly TimelinePoint[];
  /** The indicators to draw; all of the definition's by default. */
  indicatorIds?: readonly string[] | undefined;
  locale: string;
  /** Bucket length; guessed from the periods when left out. */
  bucket?: PeriodBucket | undefined;
  /** Caption; the indicator's label when there is one, else the survey title. */
  title?: string | undefined;
  k?: number | undefined;
  messages?: Partial<ChartMessages> | undefined;
}

/**
 * Indicator values over months or quarters as lines (Okabe-Ito colours and distinct dashes); a
 * withheld period is a gap, and "<k" in the table, never a zero.
 * @example <TrendChart definition={survey} timeline={results.timeline} indicatorIds={['acceptability']} locale="ru" />
 */
export function TrendChart(props: TrendChartProps) {
  const { definition, timeline, locale, k = DEFAULT_K } = props;
  const messages = chartMessages(locale, props.messages);
  const indicators = (definition.indicators ?? []).filter(
    (i) => !props.indicatorIds || props.indicatorIds.includes(i.id),
  );
  const bucket = props.bucket ?? inferBucket(timeline.map((p) => p.period));
  const first = indicators[0];
  const title =
    props.title ??
    (indicators.length === 1 && first
      ? resolveText(first.label, locale)
      : resolveText(definition.title, locale));
  const period = (p: TimelinePoint) => formatPeriod(p.period, bucket, locale, messages);
  const data = timeline.map((p) => ({
    period: period(p),
    ...Object.fromEntries(
      indicators.map((i, n) => [`i${n}`, p.suppressed ? null : (p.indicators[i.id] ?? null)]),
    ),
  }));
  const percent = indicators.every((i) => i.kind !== 'count');
  const hasSuppressed = timeline.some((p) => p.suppressed);
  const valueCell = (p: TimelinePoint, id: string) => {
    if (p.suppressed) return <SuppressedValue k={k} locale={locale} messages={messages} dash />;
    const value = p.indicators[id];
    if (value === null || value === undefined) {
      return (
        <span title={fillMessage(messages.noFigure, { k }, locale, k)}>
          <span aria-hidden="true">–</span>
          <span style={VISUALLY_HIDDEN}>{fillMessage(messages.noFigure, { k }, locale, k)}</span>
        </span>
      );
    }
    return formatNumber(value, locale);
  };
  const hasData = timeline.some((p) => !p.suppressed && (p.n ?? 0) > 0);
  const chart = (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#E5E5E5" vertical={false} />
        <XAxis dataKey="period" tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }} minTickGap={8} />
        <YAxis
          width={44}
          domain={percent ? [0, 100] : [0, 'auto']}
          tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v, locale, 0)}
        />
        {indicators.map((indicator, n) => (
          <Line
            key={indicator.id}
            dataKey={`i${n}`}
            name={resolveText(indicator.label, locale)}
            stroke={OKABE_ITO[n % OKABE_ITO.length]}
            strokeWidth={2}
            strokeDasharray={DASHES[n % DASHES.length]}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
  const table = (
    <DataTable
      caption={title}
      corner={messages.period}
      columns={[...indicators.map((i) => resolveText(i.label, locale)), messages.respondents]}
      rows={timeline.map((p) => ({
        key: p.period,
        header: period(p),
        cells: [
          ...indicators.map((i) => valueCell(p, i.id)),
          p.suppressed || p.n === null ? (
            <SuppressedValue key="n" k={k} locale={locale} messages={messages} />
          ) : (
            formatNumber(p.n, locale, 0)
          ),
        ],
      }))}
    />
  );
  const summary = `${title}: ${timeline
    .map(
      (p) =>
        `${period(p)} ${
          p.suppressed
            ? `<${k}`
            : indicators
                .map((i) => {
                  const v = p.indicators[i.id];
                  return v == null ? '–' : formatNumber(v, locale);
                })
                .join(', ')
        }`,
    )
    .join('; ')}`;
  return (
    <ChartFrame
      title={title}
      n={undefined}
      status={hasData ? 'ready' : timeline.length > 0 ? 'suppressed' : 'empty'}
      k={k}
      locale={locale}
      messages={messages}
      summary={summary}
      chart={chart}
      table={table}
      legend={
        <ChartLegend
          entries={indicators.map((indicator, n) => ({
            label: resolveText(indicator.label, locale),
            colour: OKABE_ITO[n % OKABE_ITO.length] ?? MUTED_TEXT_COLOUR,
            dash: DASHES[n % DASHES.length] ?? '',
          }))}
        />
      }
      hasSuppressed={hasSuppressed}
    />
  );
}
