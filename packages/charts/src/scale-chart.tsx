import { type Choice, resolveText } from '@kolo/schema';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { barEndLabel, segmentLabel } from './bar-label.tsx';
import { CategoryTick } from './category-tick.tsx';
import { ChartFrame, DataTable } from './chart-frame.tsx';
import { formatNumber, formatShare } from './format.ts';
import { ChartLegend, type LegendEntry } from './legend.tsx';
import { chartMessages, fewerThanText } from './messages.ts';
import {
  ladderColours,
  MUTED_TEXT_COLOUR,
  NEUTRAL_COLOUR,
  NOT_APPLICABLE_COLOUR,
  negativeColours,
  positiveColours,
  TEXT_COLOUR,
  textOn,
} from './palette.ts';
import { DEFAULT_K, type QuestionChartProps, questionStatus } from './question-props.ts';
import { questionTitle } from './question-title.ts';
import { type ScaleRow, scaleChoices, scaleLayout, scaleRows } from './scale-data.ts';
import { HatchPattern, SuppressedValue, usePatternId } from './suppressed.tsx';

const ROW = 60;
const BAR = 20;
const STUB = 2;
/** The width of a 0% bar set apart: too thin to see, wide enough for recharts to draw its label. */
const ZERO = 0.001;
const MARGIN = { top: (ROW - BAR) / 2, right: 8, bottom: 0, left: 0 };
/** Height of each bar in the panel set apart when it holds two or more ("neutral", "don't know"). */
const APART_BAR = 12;

/** One stacked series: a choice, its colour, and which way it grows from the middle. */
interface Series {
  key: string;
  choice: Choice;
  colour: string;
  sign: 1 | -1;
}

/** Round a percentage up to a tidy axis end. */
function niceMax(value: number): number {
  return [25, 50, 75, 100].find((m) => value <= m) ?? 100;
}

function seriesData(rows: readonly ScaleRow[], series: readonly Series[]) {
  return rows.map((row) => {
    const point: Record<string, string | number | null> = {
      label: row.label,
      rowStub: row.suppressed ? STUB : null,
    };
    for (const s of series) {
      const cell = row.cells.get(s.choice.value);
      const value = row.suppressed
        ? null
        : cell?.suppressed
          ? STUB
          : cell?.share == null
            ? 0
            : cell.share * 100;
      point[s.key] = value === null ? null : value * s.sign;
    }
    return point;
  });
}

function extent(
  data: ReadonlyArray<Record<string, string | number | null>>,
  series: readonly Series[],
  sign: 1 | -1,
) {
  let most = 0;
  for (const point of data) {
    const sum = series
      .filter((s) => s.sign === sign)
      .reduce((acc, s) => acc + Math.abs(Number(point[s.key] ?? 0)), 0);
    most = Math.max(most, sum);
  }
  return most;
}

interface ScaleChartProps extends QuestionChartProps {
  mode: 'diverging' | 'ladder';
}

/** The stacked-bar drawing shared by the likert (diverging) and ladder (sequential) charts. */
export function ScaleChart({
  definition,
  item,
  result,
  locale,
  k = DEFAULT_K,
  messages: override,
  mode,
}: ScaleChartProps) {
  const messages = chartMessages(locale, override);
  const hatch = usePatternId();
  const title = questionTitle(item.label, locale);
  const choices = scaleChoices(definition, item);
  const layout = scaleLayout(choices);
  const rows = result ? scaleRows(item, result, locale) : [];
  const fewer = fewerThanText(messages, k, locale);
  const label = (c: Choice) => resolveText(c.label, locale);
  const main: Series[] =
    mode === 'ladder'
      ? (() => {
          const rungs = choices.filter((c) => !c.notApplicable);
          const colours = ladderColours(rungs.length);
          return rungs.map((choice, i) => ({
            key: `s${i}`,
            choice,
            colour: colours[i] ?? NEUTRAL_COLOUR,
            sign: 1 as const,
          }));
        })()
      : [
          // negatives stack outward from the middle: the mildest first
          ...layout.negative
            .map((choice, i) => ({
              choice,
              colour: negativeColours(layout.negative.length)[i] ?? NEUTRAL_COLOUR,
            }))
            .reverse()
            .map((s, i) => ({ ...s, key: `n${i}`, sign: -1 as const })),
          ...layout.positive.map((choice, i) => ({
            key: `p${i}`,
            choice,
            colour: positiveColours(layout.positive.length)[i] ?? NEUTRAL_COLOUR,
            sign: 1 as const,
          })),
        ];
  const apartChoices = [
    ...(mode === 'diverging' && layout.neutral ? [layout.neutral] : []),
    ...layout.notApplicable,
  ];
  const apart: Series[] = apartChoices.map((choice, i) => ({
    key: `a${i}`,
    choice,
    colour: choice.notApplicable ? NOT_APPLICABLE_COLOUR : NEUTRAL_COLOUR,
    sign: 1,
  }));
  // a bar of no width is drawn without its label: a 0% set apart is an invisible sliver carrying "0%"
  const data = seriesData(rows, [...main, ...apart]).map((point) => {
    const out = { ...point };
    for (const s of apart) if (out[s.key] === 0) out[s.key] = ZERO;
    return out;
  });
  const mainMax = mode === 'ladder' ? 100 : niceMax(Math.max(extent(data, main, -1), extent(data, main, 1)));
  // the bars set apart are drawn side by side, not stacked: each is its own share
  const apartMax = niceMax(Math.max(0, ...apart.map((s) => extent(data, [s], 1))));
  const apartBar = apart.length > 1 ? APART_BAR : BAR;
  // every row gets its full ROW (the top margin and the axis come on top), so a label wrapped to
  // two lines has the room CategoryTick counts on between the bar above and its own
  const height = rows.length * ROW + MARGIN.top + 44;
  const pct = (v: number) => formatShare(Math.abs(v) / 100, locale);
  const fill = (s: Series, row: ScaleRow) =>
    row.cells.get(s.choice.value)?.suppressed ? `url(#${hatch})` : s.colour;
  const bars = (series: readonly Series[]) =>
    series.map((s) => (
      <Bar key={s.key} dataKey={s.key} stackId="scale" fill={s.colour} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={row.id} fill={fill(s, row)} />
        ))}
        <LabelList
          dataKey={s.key}
          content={segmentLabel(
            (v) => (typeof v === 'number' && Math.abs(v) > STUB ? pct(v) : ''),
            () => textOn(s.colour),
          )}
        />
      </Bar>
    ));
  const shown = (s: Series, row: ScaleRow | undefined) =>
    row !== undefined && !row.suppressed && !row.cells.get(s.choice.value)?.suppressed;
  // in the narrow panel a share does not fit inside its bar: it is written just past its end
  const apartBars = (series: readonly Series[]) =>
    series.map((s) => (
      <Bar key={s.key} dataKey={s.key} fill={s.colour} minPointSize={0} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={row.id} fill={fill(s, row)} />
        ))}
        <LabelList
          dataKey={s.key}
          content={barEndLabel(
            // every share is written, small ones and 0% too; only a withheld (hatched) cell is not
            (v, index) => (typeof v === 'number' && shown(s, rows[index ?? -1]) ? pct(v) : ''),
            TEXT_COLOUR,
            apart.length > 1 ? 10 : 12,
          )}
        />
      </Bar>
    ));
  const axis = (max: number, min: number) => (
    <XAxis
      type="number"
      domain={[min, max]}
      ticks={min < 0 ? [min, min / 2, 0, max / 2, max] : [0, max / 2, max]}
      tickFormatter={pct}
      tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }}
      height={44}
    />
  );
  const chart = (
    <>
      <HatchPattern id={hatch} />
      <div style={{ display: 'flex', gap: 8 }}>
        <div style={{ flex: '3 1 0', minWidth: 0 }}>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={data}
              layout="vertical"
              stackOffset="sign"
              margin={{ ...MARGIN, right: 24 }}
              barSize={BAR}
              accessibilityLayer={false}
            >
              {axis(mainMax, mode === 'ladder' ? 0 : -mainMax)}
              <YAxis
                type="category"
                dataKey="label"
                width={1}
                interval={0}
                axisLine={false}
                tickLine={false}
                tick={(props) => <CategoryTick {...props} barSize={BAR} space={ROW - BAR} />}
              />
              {bars(main)}
              <Bar dataKey="rowStub" stackId="scale" fill={`url(#${hatch})`} isAnimationActive={false}>
                <LabelList
                  dataKey="rowStub"
                  content={barEndLabel((v) => (v == null ? '' : fewer), MUTED_TEXT_COLOUR)}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        {apart.length > 0 && (
          <div style={{ flex: '1 1 0', minWidth: 64 }}>
            <ResponsiveContainer width="100%" height={height}>
              <BarChart
                data={data}
                layout="vertical"
                margin={{ ...MARGIN, right: 40 }}
                barSize={apartBar}
                barGap={2}
                accessibilityLayer={false}
              >
                {axis(apartMax, 0)}
                <YAxis type="category" dataKey="label" hide />
                {apartBars(apart)}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </div>
    </>
  );
  const ordered =
    mode === 'ladder'
      ? main
      : [...layout.negative, ...(layout.neutral ? [layout.neutral] : []), ...layout.positive].map(
          (choice) => [...main, ...apart].find((s) => s.choice === choice) as Series,
        );
  const legend: LegendEntry[] = [
    ...ordered.map((s) => ({ label: label(s.choice), colour: s.colour })),
    ...apart.filter((s) => s.choice.notApplicable).map((s) => ({ label: label(s.choice), colour: s.colour })),
    ...(rows.some((r) => r.suppressed || [...r.cells.values()].some((c) => c.suppressed))
      ? [{ label: fewer, hatched: true }]
      : []),
  ];
  const hasSuppressed = legend.some((e) => e.hatched);
  const tableChoices = [...ordered.map((s) => s.choice), ...layout.notApplicable];
  const cellText = (row: ScaleRow, choice: Choice) => {
    const cell = row.cells.get(choice.value);
    if (row.suppressed || cell?.suppressed)
      return <SuppressedValue k={k} locale={locale} messages={messages} dash />;
    return cell?.share == null ? formatShare(0, locale) : formatShare(cell.share, locale);
  };
  const table = (
    <DataTable
      caption={title}
      corner={item.kind === 'matrix' ? (mode === 'ladder' ? messages.ladderAxis : '') : messages.answer}
      columns={[...tableChoices.map(label), messages.responses]}
      rows={rows.map((row) => ({
        key: row.id,
        header: row.label || title,
        cells: [
          ...tableChoices.map((choice) => cellText(row, choice)),
          row.n === null ? (
            <SuppressedValue key="n" k={k} locale={locale} messages={messages} />
          ) : (
            formatNumber(row.n, locale, 0)
          ),
        ],
      }))}
    />
  );
  const summary = `${title}: ${rows
    .map((row) => {
      const parts = row.suppressed
        ? [fewer]
        : tableChoices.map((c) => {
            const cell = row.cells.get(c.value);
            return `${label(c)} ${cell?.suppressed ? fewer : formatShare(cell?.share ?? 0, locale)}`;
          });
      return `${row.label ? `${row.label}: ` : ''}${parts.join(', ')}`;
    })
    .join('; ')}`;
  return (
    <ChartFrame
      title={title}
      n={result?.n}
      status={questionStatus(result)}
      k={k}
      locale={locale}
      messages={messages}
      summary={summary}
      chart={chart}
      table={table}
      legend={<ChartLegend entries={legend} />}
      hasSuppressed={hasSuppressed}
    />
  );
}
