import { inLocaleScript, localeChain } from '@kolo/schema/forms';
import { type CountedMessage, en, type FormMessages, type FormTranslation } from './en.ts';

export type { CountedMessage, FormMessages };

type Table = FormTranslation<Intl.LDMLPluralRule>;

/**
 * Each language but English as a chunk of its own, fetched when a form first needs it: a form
 * speaks one language at a time, so a respondent's phone downloads only theirs. English stays
 * in the bundle as the reference.
 */
const LOADERS = {
  uk: () => import('./uk.ts').then((m) => m.uk),
  ru: () => import('./ru.ts').then((m) => m.ru),
  pl: () => import('./pl.ts').then((m) => m.pl),
  ky: () => import('./ky.ts').then((m) => m.ky),
  ro: () => import('./ro.ts').then((m) => m.ro),
  sr: () => import('./sr.ts').then((m) => m.sr),
} as const satisfies Readonly<Record<string, () => Promise<FormTranslation<never>>>>;

type FormLocale = 'en' | keyof typeof LOADERS;

/** Languages the form speaks, each complete (a missing message is a type error, never a fallback). */
export const FORM_LOCALES: readonly FormLocale[] = [
  'en',
  ...(Object.keys(LOADERS) as (keyof typeof LOADERS)[]),
];

/** The tables in memory: English always, the others once loaded. */
const LOADED = new Map<FormLocale, Table>([['en', en as Table]]);
/** One load per language, shared by every caller until it settles. */
const LOADING = new Map<FormLocale, Promise<void>>();

function isFormLocale(code: string): code is FormLocale {
  return code === 'en' || Object.hasOwn(LOADERS, code);
}

/** The language of the form's chain a locale reads (`uk-UA` reads `uk`, `sr-Latn` reads `sr`), or English. */
function formLocaleOf(locale: string): FormLocale {
  return localeChain(locale).find(isFormLocale) ?? 'en';
}

/**
 * Fetch the form's strings for a respondent's language, once: later calls share the same load.
 * A failed load (offline before the chunk was ever cached) is forgotten, so the next call retries.
 * @example await loadFormMessages('uk'); formMessages('uk').next // 'Далі'
 */
export function loadFormMessages(locale: string): Promise<void> {
  const code = formLocaleOf(locale);
  if (LOADED.has(code)) return Promise.resolve();
  let pending = LOADING.get(code);
  if (!pending) {
    pending = LOADERS[code as keyof typeof LOADERS]().then(
      (table) => {
        LOADED.set(code, table as Table);
        LOADING.delete(code);
      },
      (error: unknown) => {
        LOADING.delete(code);
        throw error;
      },
    );
    LOADING.set(code, pending);
  }
  return pending;
}

/** Whether `formMessages(locale)` can answer now: English always, another language once loaded. */
export function formMessagesLoaded(locale: string): boolean {
  return LOADED.has(formLocaleOf(locale));
}

/**
 * The form's own strings for a respondent's language: the first language of its chain the form
 * speaks (`uk-UA` reads Ukrainian), or English. A Serbian reader of Latin script (`sr-Latn`) gets
 * the Serbian texts transliterated. Counted messages carry their language, so `formatMessage`
 * picks the right plural form. A language other than English must be loaded first (see
 * {@link loadFormMessages}): asking before throws rather than answering in English.
 * @example formMessages('uk').next // 'Далі'
 * @example formMessages('sr-Latn').next // 'Dalje'
 */
export function formMessages(locale: string): FormMessages {
  const code = formLocaleOf(locale);
  const table = LOADED.get(code);
  if (!table)
    throw new Error(
      `Form messages for "${code}" are not loaded yet: await loadFormMessages("${locale}") first`,
    );
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
