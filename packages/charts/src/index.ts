export { ChoiceBarChart } from './choice-bar-chart.tsx';
export type { AnswerFigure } from './choice-data.ts';
export { answerFigures, answerLabel } from './choice-data.ts';
export type { ResultsToCsvOptions } from './csv.ts';
export { resultsToCsv } from './csv.ts';
export { DistributionChart } from './distribution-chart.tsx';
export type { PeriodBucket } from './format.ts';
export { formatPeriod, formatShare, inferBucket } from './format.ts';
export type { IndicatorCardProps, PreviousValue } from './indicator-card.tsx';
export { IndicatorCard } from './indicator-card.tsx';
export { LadderChart } from './ladder-chart.tsx';
export { LikertChart } from './likert-chart.tsx';
export type { ChartMessages, PluralText } from './messages.ts';
export { CHART_MESSAGES, chartMessages } from './messages.ts';
export type { MonthStyle } from './month-names.ts';
export { carriesMonthNames, formatDay, formatMonth } from './month-names.ts';
export {
  BAR_COLOUR,
  contrastRatio,
  ladderColours,
  negativeColours,
  OKABE_ITO,
  positiveColours,
  textOn,
} from './palette.ts';
export type { QuestionChartSelectProps } from './question-chart.tsx';
export { QuestionChart } from './question-chart.tsx';
export type { QuestionChartProps } from './question-props.ts';
export { DEFAULT_K } from './question-props.ts';
export type { RepeatFigure } from './repeat-data.ts';
export { instanceLabel, repeatFigures, repeatSummary } from './repeat-data.ts';
export { RepeatFigures } from './repeat-figures.tsx';
export type { RespondentsChartProps } from './respondents-chart.tsx';
export { RespondentsChart } from './respondents-chart.tsx';
export type {
  IndicatorResult,
  InstanceCounts,
  MatrixRowResult,
  NumberStats,
  QuestionResult,
  RepeatResult,
  ResultCell,
  SurveyResults,
  TimelinePoint,
  ValueCount,
} from './results.ts';
export { questionResultOf } from './results.ts';
export type { ScaleLayout } from './scale-data.ts';
export { isParticipationLadder, scaleLayout } from './scale-data.ts';
export type { TrendChartProps } from './trend-chart.tsx';
export { TrendChart } from './trend-chart.tsx';
