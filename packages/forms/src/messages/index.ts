import { inLocaleScript, localeChain } from '@kolo/schema/forms';
import { type CountedMessage, en, type FormMessages, type FormTranslation } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

export type { CountedMessage, FormMessages };

const BUILT_IN = { en, uk, ru, pl, ky, ro, sr } as const satisfies Readonly<Record<string, FormTranslation>>;

/** Languages the form speaks, each complete (a missing message is a type error, never a fallback). */
export const FORM_LOCALES = Object.keys(BUILT_IN) as readonly (keyof typeof BUILT_IN)[];

function isFormLocale(code: string): code is keyof typeof BUILT_IN {
  return Object.hasOwn(BUILT_IN, code);
}

/**
 * The form's own strings for a respondent's language: the first language of its chain the form
 * speaks (`uk-UA` reads Ukrainian), or English. A Serbian reader of Latin script (`sr-Latn`) gets
 * the Serbian texts transliterated. Counted messages carry their language, so `formatMessage`
 * picks the right plural form.
 * @example formMessages('uk').next // 'Далі'
 * @example formMessages('sr-Latn').next // 'Dalje'
 */
export function formMessages(locale: string): FormMessages {
  const code = localeChain(locale).find(isFormLocale) ?? 'en';
  const table: FormTranslation<Intl.LDMLPluralRule> = BUILT_IN[code] as FormTranslation<Intl.LDMLPluralRule>;
  const script = (text: string) => inLocaleScript(locale, text);
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? script(value)
        : ({
            locale: code,
            forms: Object.fromEntries(
              Object.entries(value).map(([c, form]) => [c, script(form)]),
            ) as CountedMessage['forms'],
          } satisfies CountedMessage),
    ]),
  ) as unknown as FormMessages;
}

/**
 * Fill `{name}` placeholders of a message; a counted message first takes the plural form of its
 * language for `values.count`.
 * @example formatMessage(formMessages('uk').textTooLong, { count: 3 }) // 'Використайте не більше ніж 3 символи'
 */
export function formatMessage(
  message: string | CountedMessage,
  values: Readonly<Record<string, string | number>>,
): string {
  const template = typeof message === 'string' ? message : pluralForm(message, Number(values.count));
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** One `Intl.PluralRules` per language: building one costs far more than asking it, and a long form asks per question. */
const PLURAL_RULES = new Map<string, Intl.PluralRules>();

function pluralForm(message: CountedMessage, count: number): string {
  let rules = PLURAL_RULES.get(message.locale);
  if (!rules) {
    rules = new Intl.PluralRules(message.locale);
    PLURAL_RULES.set(message.locale, rules);
  }
  const category = rules.select(Number.isFinite(count) ? count : 0);
  return message.forms[category] ?? message.forms.other;
}
