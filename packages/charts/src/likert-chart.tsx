import type { QuestionChartProps } from './question-props.ts';
import { ScaleChart } from './scale-chart.tsx';

/**
 * A diverging stacked bar for a likert item or a matrix of likert rows: the negative half of the
 * scale grows left of the middle, the positive half right, and the neutral middle and "not
 * applicable" sit apart in their own small bar, so they neither inflate nor hide either side.
 * @example <LikertChart definition={survey} item={item} result={result} locale="ru" />
 */
export function LikertChart(props: QuestionChartProps) {
  return <ScaleChart {...props} mode="diverging" />;
}
