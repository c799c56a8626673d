import { choicesOf } from '@kolo/schema';
import { ChoiceBarChart } from './choice-bar-chart.tsx';
import { DistributionChart } from './distribution-chart.tsx';
import { formatNumber } from './format.ts';
import { LadderChart } from './ladder-chart.tsx';
import { LikertChart } from './likert-chart.tsx';
import { chartMessages, fewerThanText, fillMessage } from './messages.ts';
import { MUTED_TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K, type QuestionChartProps, questionStatus } from './question-props.ts';
import { questionTitle } from './question-title.ts';
import { RepeatFigures } from './repeat-figures.tsx';
import { isParticipationLadder } from './scale-data.ts';

/** Props of {@link QuestionChart}: a question chart's, plus an explicit drawing for scale items. */
export interface QuestionChartSelectProps extends QuestionChartProps {
  /** Draw a scale item as a participation ladder or a diverging bar, whatever its choices look like. */
  variant?: 'ladder' | 'diverging' | undefined;
}

/** Free text and dates are never charted: only how many answered. */
function AnswerCount({ item, result, locale, k = DEFAULT_K, messages: override }: QuestionChartProps) {
  const messages = chartMessages(locale, override);
  const status = questionStatus(result);
  const n = result?.n;
  return (
    <figure className="kolo-chart" style={{ margin: 0 }}>
      <figcaption className="kolo-chart-caption">
        <span className="kolo-chart-title" style={{ fontWeight: 600 }}>
          {questionTitle(item.label, locale)}
        </span>{' '}
        <span className="kolo-chart-n" style={{ color: MUTED_TEXT_COLOUR }}>
          {status === 'suppressed'
            ? fewerThanText(messages, k, locale)
            : n != null && status === 'ready'
              ? fillMessage(messages.nEquals, { n: formatNumber(n, locale, 0) }, locale, n)
              : ''}
        </span>
      </figcaption>
      <p className="kolo-chart-empty" style={{ color: MUTED_TEXT_COLOUR }}>
        {status === 'empty' ? messages.noData : messages.notCharted}
      </p>
    </figure>
  );
}

/**
 * The right chart for a definition item and its aggregate, without configuration: bars for single
 * and multi choice and yes/no, a diverging bar for likert items and matrices, a ladder for
 * participation scales, a distribution for ratings and numbers, a count for text and dates. A
 * question of a repeated section is drawn by people (shares of respondents) with its entries beside
 * ("Partner: 30 from 12 people", see {@link RepeatFigures}).
 * @example
 * <QuestionChart definition={survey} item={item} result={questionResultOf(results, item.id)} locale="uk" k={results.k} />
 */
export function QuestionChart(props: QuestionChartSelectProps) {
  if (!props.result?.repeat) return <KindChart {...props} />;
  // a question of a repeated section: its bars are shares of people; entries beside them
  const messages = {
    ...props.messages,
    share: chartMessages(props.locale, props.messages).shareOfRespondents,
  };
  return (
    <div className="kolo-chart-repeated">
      <KindChart {...props} messages={messages} />
      <RepeatFigures {...props} />
    </div>
  );
}

function KindChart({ variant, ...props }: QuestionChartSelectProps) {
  const { definition, item } = props;
  switch (item.kind) {
    case 'single_choice':
      if (
        variant === 'ladder' ||
        (variant === undefined && isParticipationLadder(choicesOf(definition, item)))
      )
        return <LadderChart {...props} />;
      return <ChoiceBarChart {...props} />;
    case 'multi_choice':
    case 'yes_no':
      return <ChoiceBarChart {...props} />;
    case 'likert':
    case 'matrix': {
      const ladder =
        variant === 'ladder' || (variant === undefined && isParticipationLadder(choicesOf(definition, item)));
      return ladder ? <LadderChart {...props} /> : <LikertChart {...props} />;
    }
    case 'rating':
    case 'number':
      return <DistributionChart {...props} />;
    case 'text':
    case 'date':
      return <AnswerCount {...props} />;
    case 'calculate':
      // a numeric calculation is summarised like a number question without bounds; others counted
      return item.valueType === 'number' ? (
        <DistributionChart {...props} item={{ id: item.id, kind: 'number', label: item.label }} />
      ) : (
        <AnswerCount {...props} />
      );
    default:
      // notes, and kinds with nothing to chart (a calculation, a newer kind)
      return null;
  }
}
