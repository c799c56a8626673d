import { choicesOf, csvField, type Item, resolveText, type SurveyDefinition } from '@kolo/schema';
import { answerFigures } from './choice-data.ts';
import { type ChartMessages, chartMessages, fewerThanText, fillMessage } from './messages.ts';
import { DEFAULT_K } from './question-props.ts';
import { questionTitle } from './question-title.ts';
import { instanceLabel, repeatFigures } from './repeat-data.ts';
import type { QuestionResult } from './results.ts';
import { scaleRows } from './scale-data.ts';

/** Options of {@link resultsToCsv}. */
export interface ResultsToCsvOptions {
  k?: number | undefined;
  messages?: Partial<ChartMessages> | undefined;
}

/** A share 0..1 as a plain percentage with at most one decimal, the same in every locale. */
function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/**
 * A chart's data as CSV text (RFC 4180, CRLF) with labels in the reader's language, every text cell
 * neutralised by the same rule as the server's exports (a label `=HYPERLINK(...)` never runs in a
 * funder's spreadsheet): withheld figures
 * are empty cells with "fewer than k responses" in the note column, never 0. Numbers are plain
 * (`12.5`), so spreadsheets in any locale read them. A question of a repeated section carries both
 * people (each once per answer) and entries (each instance), each with its share.
 * @example download(resultsToCsv(survey, item, result, 'uk'), `${item.id}.csv`);
 */
export function resultsToCsv(
  definition: SurveyDefinition,
  item: Item,
  result: QuestionResult | undefined,
  locale: string,
  options: ResultsToCsvOptions = {},
): string {
  const messages = chartMessages(locale, options.messages);
  const k = options.k ?? DEFAULT_K;
  const fewer = fewerThanText(messages, k, locale);
  const lines: Array<Array<string | number | null>> = [];
  const label = result?.repeat ? instanceLabel(definition, result, locale) : '';
  const entries = fillMessage(messages.instances, { label }, locale);
  if (result?.repeat && result.counts.length > 0) {
    // a question of a repeated section: people (each once per answer) and entries side by side
    lines.push([
      messages.answer,
      'value',
      messages.respondents,
      messages.shareOfRespondents,
      entries,
      fillMessage(messages.shareOfInstances, { label }, locale),
      messages.note,
    ]);
    const restricted = result.instances?.restricted ? messages.instancesRestricted : '';
    for (const f of repeatFigures(definition, item, result, locale, messages)) {
      const note = f.suppressed || (f.entries === null && !restricted) ? fewer : restricted;
      lines.push([
        f.label,
        f.value,
        f.people,
        percent(f.peopleShare),
        f.entries,
        percent(f.entriesShare),
        note,
      ]);
    }
  } else if (item.kind === 'number' || (item.kind === 'rating' && !result?.counts.length)) {
    lines.push([messages.statistic, messages.value, messages.note]);
    const stats = result?.stats;
    lines.push([
      messages.responses,
      result?.suppressed ? null : (result?.n ?? null),
      result?.suppressed ? fewer : '',
    ]);
    if (result?.repeat) {
      const m = result.instances?.n ?? null;
      lines.push([
        entries,
        m,
        m === null ? (result.instances?.restricted ? messages.instancesRestricted : fewer) : '',
      ]);
    }
    if (stats) {
      for (const [name, value] of [
        [messages.mean, stats.mean],
        [messages.sd, stats.sd],
        [messages.q1, stats.q1],
        [messages.median, stats.median],
        [messages.q3, stats.q3],
      ] as const)
        lines.push([name, value, '']);
    }
  } else if (item.kind === 'likert' || item.kind === 'matrix') {
    const choices = choicesOf(definition, item);
    lines.push(['row', messages.answer, 'value', messages.responses, `${messages.share} (%)`, messages.note]);
    for (const row of result ? scaleRows(item, result, locale, questionTitle(item.label, locale)) : []) {
      for (const choice of choices) {
        const cell = row.cells.get(choice.value);
        const hidden = row.suppressed || (cell?.suppressed ?? false);
        lines.push([
          row.label,
          resolveText(choice.label, locale),
          choice.value,
          hidden ? null : (cell?.n ?? 0),
          hidden ? null : (percent(cell?.share ?? null) ?? 0),
          hidden ? fewer : '',
        ]);
      }
    }
  } else {
    const ranked = item.kind === 'single_choice' || item.kind === 'multi_choice';
    const share = item.kind === 'multi_choice' ? messages.shareOfRespondents : `${messages.share} (%)`;
    lines.push([messages.answer, 'value', messages.responses, share, messages.note]);
    for (const f of result ? answerFigures(definition, item, result, locale, messages, ranked) : []) {
      lines.push([f.label, f.value, f.n, percent(f.share), f.suppressed ? fewer : '']);
    }
  }
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
