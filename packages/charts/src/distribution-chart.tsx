import { resolveText } from '@kolo/schema';
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  type LabelProps,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame, DataTable } from './chart-frame.tsx';
import { answerFigures } from './choice-data.ts';
import { formatNumber, formatShare } from './format.ts';
import { ChartLegend } from './legend.tsx';
import { type ChartMessages, chartMessages, fewerThanText } from './messages.ts';
import { BAR_COLOUR, MUTED_TEXT_COLOUR, OKABE_ITO, TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K, type QuestionChartProps, questionStatus } from './question-props.ts';
import { questionTitle } from './question-title.ts';
import type { NumberStats } from './results.ts';
import { HatchPattern, SuppressedValue, usePatternId } from './suppressed.tsx';

const STUB = 2;
const MEDIAN_COLOUR = TEXT_COLOUR;
const MEAN_COLOUR = OKABE_ITO[1] ?? '#D55E00';

function statsLine(stats: NumberStats, locale: string, messages: ChartMessages, unit: string): string {
  const f = (v: number) => formatNumber(v, locale);
  const suffix = unit ? ` ${unit}` : '';
  return [
    `${messages.mean} ${f(stats.mean)}${suffix}`,
    `${messages.median} ${f(stats.median)}${suffix}`,
    `${messages.middleHalf} ${f(stats.q1)}–${f(stats.q3)}${suffix}`,
  ].join(' · ');
}

function statsRows(stats: NumberStats, locale: string, messages: ChartMessages) {
  const entries: Array<[string, number]> = [
    [messages.mean, stats.mean],
    [messages.sd, stats.sd],
    [messages.q1, stats.q1],
    [messages.median, stats.median],
    [messages.q3, stats.q3],
  ];
  return entries.map(([name, value]) => ({
    key: name,
    header: name,
    cells: [formatNumber(value, locale, 2)],
  }));
}

/**
 * The distribution of a rating (columns per point of the scale, with mean, median and middle half)
 * or of a number (only summary statistics are published: the middle half as a box, the median and
 * the mean as lines).
 * @example <DistributionChart definition={survey} item={ratingItem} result={result} locale="pl" />
 */
export function DistributionChart({
  definition,
  item,
  result,
  locale,
  k = DEFAULT_K,
  messages: override,
}: QuestionChartProps) {
  const messages = chartMessages(locale, override);
  const hatch = usePatternId();
  const title = questionTitle(item.label, locale);
  const fewer = fewerThanText(messages, k, locale);
  const unit = item.kind === 'number' ? resolveText(item.unit, locale) : '';
  const stats = result?.stats ?? null;
  const figures =
    result && item.kind === 'rating' ? answerFigures(definition, item, result, locale, messages, false) : [];
  let status = questionStatus(result);
  if (status === 'ready' && item.kind === 'number' && !stats) status = 'suppressed';
  const tick = { fill: MUTED_TEXT_COLOUR, fontSize: 12 };
  const chart =
    item.kind === 'number' && stats ? (
      <ResponsiveContainer width="100%" height={96}>
        <BarChart
          data={[{ label: title, box: [stats.q1, stats.q3] }]}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
          barSize={28}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            domain={[
              Math.max(
                item.min ?? Number.NEGATIVE_INFINITY,
                Math.floor(Math.min(stats.q1, stats.mean - stats.sd)),
              ),
              Math.min(
                item.max ?? Number.POSITIVE_INFINITY,
                Math.ceil(Math.max(stats.q3, stats.mean + stats.sd)),
              ),
            ]}
            tickFormatter={(v: number) => formatNumber(v, locale)}
            tick={tick}
            height={40}
            label={
              unit
                ? { value: unit, position: 'insideBottom', fontSize: 12, fill: MUTED_TEXT_COLOUR }
                : undefined
            }
          />
          <YAxis type="category" dataKey="label" hide />
          <Bar dataKey="box" fill={OKABE_ITO[5]} stroke={BAR_COLOUR} isAnimationActive={false} />
          <ReferenceLine x={stats.median} stroke={MEDIAN_COLOUR} strokeWidth={3} />
          <ReferenceLine x={stats.mean} stroke={MEAN_COLOUR} strokeWidth={2} strokeDasharray="4 3" />
        </BarChart>
      </ResponsiveContainer>
    ) : (
      <>
        <HatchPattern id={hatch} />
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            data={figures.map((f) => ({
              label: f.value,
              percent: f.suppressed ? STUB : (f.share ?? 0) * 100,
            }))}
            margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="label" tick={tick} interval={0} />
            <YAxis
              width={44}
              tick={tick}
              domain={[0, 'auto']}
              tickFormatter={(v: number) => formatShare(v / 100, locale)}
            />
            <Bar dataKey="percent" fill={BAR_COLOUR} isAnimationActive={false}>
              {figures.map((f) => (
                <Cell key={f.value} fill={f.suppressed ? `url(#${hatch})` : BAR_COLOUR} />
              ))}
              <LabelList
                dataKey="percent"
                content={(props: LabelProps) => {
                  const f = figures[props.index ?? -1];
                  if (!f) return null;
                  return (
                    <text
                      x={Number(props.x ?? 0) + Number(props.width ?? 0) / 2}
                      y={Number(props.y ?? 0) - 6}
                      textAnchor="middle"
                      fontSize={12}
                      fill={f.suppressed ? MUTED_TEXT_COLOUR : TEXT_COLOUR}
                    >
                      {f.suppressed ? `<${formatNumber(k, locale, 0)}` : formatShare(f.share ?? 0, locale)}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </>
    );
  const legend =
    item.kind === 'number' ? (
      <ChartLegend
        entries={[
          { label: messages.middleHalf, colour: OKABE_ITO[5] },
          { label: messages.median, colour: MEDIAN_COLOUR, dash: '' },
          { label: messages.mean, colour: MEAN_COLOUR, dash: '4 3' },
        ]}
      />
    ) : figures.some((f) => f.suppressed) ? (
      <ChartLegend entries={[{ label: fewer, hatched: true }]} />
    ) : undefined;
  const table =
    item.kind === 'number' && stats ? (
      <DataTable
        caption={title}
        corner={messages.statistic}
        columns={[messages.value]}
        rows={statsRows(stats, locale, messages)}
      />
    ) : (
      <DataTable
        caption={title}
        corner={messages.answer}
        columns={[messages.responses, messages.share]}
        rows={[
          ...figures.map((f) => ({
            key: f.value,
            header: f.label,
            cells: f.suppressed
              ? [
                  <SuppressedValue key="n" k={k} locale={locale} messages={messages} />,
                  <SuppressedValue key="share" k={k} locale={locale} messages={messages} dash />,
                ]
              : [formatNumber(f.n ?? 0, locale, 0), formatShare(f.share ?? 0, locale)],
          })),
          ...(stats
            ? statsRows(stats, locale, messages).map((r) => ({ ...r, cells: ['', ...r.cells] }))
            : []),
        ]}
      />
    );
  const line = stats ? statsLine(stats, locale, messages, unit) : '';
  return (
    <ChartFrame
      title={title}
      n={result?.n}
      status={status}
      k={k}
      locale={locale}
      messages={messages}
      summary={`${title}: ${line || figures.map((f) => `${f.label} ${f.suppressed ? fewer : formatShare(f.share ?? 0, locale)}`).join('; ')}`}
      chart={chart}
      table={table}
      legend={legend}
      hasSuppressed={figures.some((f) => f.suppressed)}
      notes={line ? <p className="kolo-chart-stats">{line}</p> : undefined}
    />
  );
}
