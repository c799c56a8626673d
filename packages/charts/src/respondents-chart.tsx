import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  type LabelProps,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame, DataTable } from './chart-frame.tsx';
import { formatNumber, formatPeriod, inferBucket, type PeriodBucket } from './format.ts';
import { ChartLegend } from './legend.tsx';
import { type ChartMessages, chartMessages, fewerThanText } from './messages.ts';
import { BAR_COLOUR, MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K } from './question-props.ts';
import type { TimelinePoint } from './results.ts';
import { HatchPattern, SuppressedValue, usePatternId } from './suppressed.tsx';

/** Props of {@link RespondentsChart}. */
export interface RespondentsChartProps {
  timeline: readonly TimelinePoint[];
  locale?: string | undefined;
  bucket?: PeriodBucket | undefined;
  /** Caption; "Respondents" in the reader's language by default. */
  title?: string | undefined;
  k?: number | undefined;
  messages?: Partial<ChartMessages> | undefined;
  /**
   * The respondents of the whole period as the page publishes them: the caption shows this rather
   * than the sum of the periods, which (each rounded on its own) would give a second, different figure.
   */
  total?: number | null | undefined;
  /** The counts are rounded (funders, share links): the caption's n reads "≈". */
  approximate?: boolean | undefined;
}

/**
 * Respondents per period as columns; a withheld period is a short hatched column marked "<k".
 * @example <RespondentsChart timeline={results.timeline} locale="uk" />
 */
export function RespondentsChart({
  timeline,
  locale = 'en',
  bucket,
  title,
  k = DEFAULT_K,
  messages: override,
  total: published,
  approximate = false,
}: RespondentsChartProps) {
  const messages = chartMessages(locale, override);
  const hatch = usePatternId();
  const caption = title ?? messages.respondents;
  const buckets = bucket ?? inferBucket(timeline.map((p) => p.period));
  const period = (p: TimelinePoint) => formatPeriod(p.period, buckets, locale, messages);
  const most = Math.max(k, ...timeline.map((p) => p.n ?? 0));
  const data = timeline.map((p) => ({
    period: period(p),
    n: p.suppressed || p.n === null ? most / 50 : p.n,
  }));
  const withheld = (p: TimelinePoint | undefined) => p !== undefined && (p.suppressed || p.n === null);
  const total = timeline.reduce((sum, p) => sum + (withheld(p) ? 0 : (p.n ?? 0)), 0);
  const hasSuppressed = timeline.some(withheld);
  const chart = (
    <>
      <HatchPattern id={hatch} />
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#E5E5E5" vertical={false} />
          <XAxis dataKey="period" tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }} minTickGap={8} />
          <YAxis
            width={44}
            allowDecimals={false}
            tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v, locale, 0)}
          />
          <Bar dataKey="n" fill={BAR_COLOUR} isAnimationActive={false}>
            {timeline.map((p) => (
              <Cell key={p.period} fill={withheld(p) ? `url(#${hatch})` : BAR_COLOUR} />
            ))}
            <LabelList
              dataKey="n"
              content={(props: LabelProps) => {
                const p = timeline[props.index ?? -1];
                if (!p) return null;
                return (
                  <text
                    x={Number(props.x ?? 0) + Number(props.width ?? 0) / 2}
                    y={Number(props.y ?? 0) - 6}
                    textAnchor="middle"
                    fontSize={12}
                    fill={withheld(p) ? MUTED_TEXT_COLOUR : TEXT_COLOUR}
                  >
                    {withheld(p) ? `<${formatNumber(k, locale, 0)}` : formatNumber(p.n ?? 0, locale, 0)}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  );
  const table = (
    <DataTable
      caption={caption}
      corner={messages.period}
      columns={[messages.respondents]}
      rows={timeline.map((p) => ({
        key: p.period,
        header: period(p),
        cells: [
          withheld(p) ? (
            <SuppressedValue key="n" k={k} locale={locale} messages={messages} />
          ) : (
            formatNumber(p.n ?? 0, locale, 0)
          ),
        ],
      }))}
    />
  );
  const fewer = fewerThanText(messages, k, locale);
  return (
    <ChartFrame
      title={caption}
      n={published !== undefined ? published : hasSuppressed ? undefined : total}
      approximate={approximate}
      status={timeline.length === 0 ? 'empty' : timeline.every(withheld) ? 'suppressed' : 'ready'}
      k={k}
      locale={locale}
      messages={messages}
      summary={`${caption}: ${timeline.map((p) => `${period(p)} ${withheld(p) ? fewer : formatNumber(p.n ?? 0, locale, 0)}`).join('; ')}`}
      chart={chart}
      table={table}
      legend={hasSuppressed ? <ChartLegend entries={[{ label: fewer, hatched: true }]} /> : undefined}
      hasSuppressed={hasSuppressed}
    />
  );
}
