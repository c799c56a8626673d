import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { barEndLabel } from './bar-label.tsx';
import { CategoryTick } from './category-tick.tsx';
import { ChartFrame, DataTable } from './chart-frame.tsx';
import { type AnswerFigure, answerFigures } from './choice-data.ts';
import { formatNumber, formatShare } from './format.ts';
import { chartMessages, fewerThanText } from './messages.ts';
import { BAR_COLOUR, MUTED_TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K, type QuestionChartProps, questionStatus } from './question-props.ts';
import { questionTitle } from './question-title.ts';
import { HatchPattern, SuppressedValue, usePatternId } from './suppressed.tsx';

const ROW = 56;
const BAR = 18;
/** Width of the hatched stub that stands for a withheld bar, in percentage points. */
const STUB = 2;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
/** Width of the invisible bar that carries a zero row's "0%", in percentage points. */
const ZERO = 0.01;

/**
 * Horizontal bars for a single-choice or yes/no question (share of those who answered) and a
 * multi-choice question (share of respondents, not of answers). Single choice keeps the order of
 * its choice list (age bands, frequencies); multi choice is ranked by count, with "not
 * applicable"-like answers after and "other" last. An answer nobody chose reads "0%"; withheld
 * answers are hatched stubs labelled "fewer than k responses", never zero.
 * @example <ChoiceBarChart definition={survey} item={item} result={result} locale="uk" />
 */
export function ChoiceBarChart({
  definition,
  item,
  result,
  locale,
  k = DEFAULT_K,
  messages: override,
}: QuestionChartProps) {
  const messages = chartMessages(locale, override);
  const hatch = usePatternId();
  const status = questionStatus(result);
  const multi = item.kind === 'multi_choice';
  // "check all that apply" lists read best most-chosen first; a single choice keeps its list's order
  const ranked = multi;
  const figures = result ? answerFigures(definition, item, result, locale, messages, ranked) : [];
  const fewer = fewerThanText(messages, k, locale);
  const shareHeader = multi ? messages.shareOfRespondents : messages.share;
  const title = questionTitle(item.label, locale);
  const data = figures.map((f) => ({
    label: f.label,
    percent: f.share === null ? null : f.share * 100,
    stub: f.suppressed ? STUB : null,
    // a bar of no width is not drawn, nor its label: an invisible sliver carries "0%"
    zero: f.share === 0 ? ZERO : null,
  }));
  const share = (f: AnswerFigure) => (f.share === null ? fewer : formatShare(f.share, locale));
  const chart = (
    <>
      <HatchPattern id={hatch} />
      <ResponsiveContainer width="100%" height={figures.length * ROW + 56}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: (ROW - BAR) / 2, right: 64, bottom: 0, left: 0 }}
          barSize={BAR}
          accessibilityLayer={false}
        >
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={PERCENT_TICKS}
            tickFormatter={(v: number) => formatShare(v / 100, locale)}
            tick={{ fill: MUTED_TEXT_COLOUR, fontSize: 12 }}
            height={40}
            label={{ value: shareHeader, position: 'insideBottom', fontSize: 12, fill: MUTED_TEXT_COLOUR }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={1}
            interval={0}
            axisLine={false}
            tickLine={false}
            tick={(props) => <CategoryTick {...props} barSize={BAR} space={ROW - BAR} />}
          />
          <Bar dataKey="percent" stackId="bar" fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList
              dataKey="percent"
              content={barEndLabel((v) => (typeof v === 'number' ? formatShare(v / 100, locale) : ''))}
            />
          </Bar>
          <Bar dataKey="stub" stackId="bar" fill={`url(#${hatch})`} isAnimationActive={false}>
            <LabelList
              dataKey="stub"
              content={barEndLabel((v) => (v === null || v === undefined ? '' : fewer), MUTED_TEXT_COLOUR)}
            />
          </Bar>
          <Bar dataKey="zero" stackId="bar" fill="transparent" isAnimationActive={false}>
            <LabelList
              dataKey="zero"
              content={barEndLabel((v) => (v === null || v === undefined ? '' : formatShare(0, locale)))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  );
  const table = (
    <DataTable
      caption={title}
      corner={messages.answer}
      columns={[messages.responses, shareHeader]}
      rows={figures.map((f) => ({
        key: f.value,
        header: f.label,
        cells: f.suppressed
          ? [
              <SuppressedValue key="n" k={k} locale={locale} messages={messages} />,
              <SuppressedValue key="share" k={k} locale={locale} messages={messages} dash />,
            ]
          : [formatNumber(f.n ?? 0, locale, 0), share(f)],
      }))}
    />
  );
  return (
    <ChartFrame
      title={title}
      n={result?.n}
      status={status}
      k={k}
      locale={locale}
      messages={messages}
      summary={`${title}: ${figures.map((f) => `${f.label} ${share(f)}`).join('; ')}`}
      chart={chart}
      table={table}
      hasSuppressed={figures.some((f) => f.suppressed)}
      notes={
        multi ? (
          <p className="kolo-chart-note" style={{ color: MUTED_TEXT_COLOUR, fontSize: '0.875em' }}>
            {messages.multiChoiceNote}
          </p>
        ) : undefined
      }
    />
  );
}
