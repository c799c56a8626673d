import type { ReactNode } from 'react';
import { DataTable } from './chart-frame.tsx';
import { formatNumber, formatShare } from './format.ts';
import { chartMessages, fillMessage } from './messages.ts';
import { MUTED_TEXT_COLOUR } from './palette.ts';
import { DEFAULT_K, type QuestionChartProps } from './question-props.ts';
import { instanceLabel, repeatFigures, repeatSummary } from './repeat-data.ts';
import { SuppressedValue } from './suppressed.tsx';

/**
 * What a question of a repeated section adds to its chart: "Partner: 30 from 12 people", a note
 * that people are counted once per answer and entries one by one, and a table of both per answer
 * (people's count and share, entries' count and share). Withheld figures read "fewer than k".
 * @example <RepeatFigures definition={survey} item={item} result={result} locale="uk" k={5} />
 */
export function RepeatFigures({
  definition,
  item,
  result,
  locale,
  k = DEFAULT_K,
  messages: override,
}: QuestionChartProps) {
  const messages = chartMessages(locale, override);
  if (!result?.repeat || result.suppressed) return null;
  const label = instanceLabel(definition, result, locale);
  const summary = repeatSummary(definition, result, locale, messages);
  const figures = result.counts.length ? repeatFigures(definition, item, result, locale, messages) : [];
  const restricted = result.instances?.restricted === true;
  const table = figures.length > 0 && !restricted;
  const withheld = (key: string, dash = false) => (
    <SuppressedValue key={key} k={k} locale={locale} messages={messages} dash={dash} />
  );
  const cells = (n: number | null, share: number | null, hidden: boolean): ReactNode[] =>
    hidden || n === null
      ? [withheld('n'), withheld('share', true)]
      : [formatNumber(n, locale, 0), share === null ? '' : formatShare(share, locale)];
  return (
    <div className="kolo-chart-repeat">
      {/* the table's caption says it when there is a table */}
      {summary && !table && <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{summary}</p>}
      {table && (
        <DataTable
          caption={summary ?? label}
          corner={messages.answer}
          columns={[
            messages.respondents,
            messages.shareOfRespondents,
            fillMessage(messages.instances, { label }, locale),
            fillMessage(messages.shareOfInstances, { label }, locale),
          ]}
          rows={figures.map((f) => ({
            key: f.value,
            header: f.label,
            cells: [
              ...cells(f.people, f.peopleShare, f.suppressed),
              ...cells(f.entries, f.entriesShare, f.entries === null),
            ],
          }))}
        />
      )}
      <p style={{ margin: '8px 0 0', color: MUTED_TEXT_COLOUR, fontSize: 13 }}>
        {restricted ? messages.instancesRestricted : messages.repeatNote}
      </p>
    </div>
  );
}
