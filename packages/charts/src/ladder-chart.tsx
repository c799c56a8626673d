import type { QuestionChartProps } from './question-props.ts';
import { ScaleChart } from './scale-chart.tsx';

/**
 * A ladder chart for participation items: for each stage a bar stacked from "not involved" up to
 * "community control" in a sequential palette, with "don't know" apart.
 * @example <LadderChart definition={communityInvolvement} item={ladderItem} result={result} locale="uk" />
 */
export function LadderChart(props: QuestionChartProps) {
  return <ScaleChart {...props} mode="ladder" />;
}
