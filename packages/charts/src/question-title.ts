import { type LocalizedText, pipeText, resolveText } from '@kolo/schema';

/**
 * A question's label as a chart's title: a `${name}` the form pipes in (a partner's name, the
 * service chosen) differs per respondent, so an aggregate shows "…" in its place, never the raw
 * reference.
 * @example questionTitle({ en: 'How old is ${partner}?' }, 'en') // 'How old is …?'
 */
export function questionTitle(label: LocalizedText, locale: string): string {
  return pipeText(resolveText(label, locale), () => '…');
}
