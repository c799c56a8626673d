import { localeChain } from '@kolo/schema';
import { en, type FormMessages } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

export type { FormMessages };

const BUILT_IN: Readonly<Record<string, Partial<FormMessages>>> = { en, uk, ru, pl, ky };

/**
 * The form's own strings for a respondent's language. A missing string falls back along the
 * same chain as survey texts (Kyrgyz reads Russian, then English), so nothing is ever blank.
 * @example formMessages('uk').next // 'Далі'
 */
export function formMessages(locale: string): FormMessages {
  const chain = localeChain(locale);
  let messages: FormMessages = en;
  for (const code of chain.toReversed()) {
    const strings = BUILT_IN[code];
    if (strings && strings !== en) messages = { ...messages, ...strings };
  }
  return messages;
}

/** Fill `{name}` placeholders of a message. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
