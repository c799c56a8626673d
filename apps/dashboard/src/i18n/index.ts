import { inLocaleScript, isSerbianLatin, SERBIAN_LATIN } from '@kolo/schema/forms';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en.ts';

/** Languages of the app's own screens, with their names in that language. */
export const APP_LANGUAGES = [
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'ky', name: 'Кыргызча' },
  { code: 'ro', name: 'Română' },
  { code: 'sr', name: 'Српски (ћирилица)' },
  { code: 'sr-Latn', name: 'Srpski (latinica)' },
] as const;

export type AppLanguage = (typeof APP_LANGUAGES)[number]['code'];

/** Languages with a message file of their own: all but Serbian in Latin script, derived from `sr`. */
type WrittenLanguage = Exclude<AppLanguage, 'en' | 'sr-Latn'>;

const STORAGE_KEY = 'kolo.language';

/** Languages each language falls back to, English last. */
const FALLBACK: Readonly<Record<string, readonly AppLanguage[]>> = {
  ky: ['ru', 'en'],
  'sr-Latn': ['sr', 'en'],
  default: ['en'],
};

/**
 * Every language but English (bundled: the fallback) is a chunk of its own, fetched when chosen.
 * The service worker precaches every built chunk, so switching works offline too.
 */
const LOADERS: Readonly<Record<WrittenLanguage, () => Promise<Messages>>> = {
  uk: () => import('./uk.ts').then((m) => m.uk),
  ru: () => import('./ru.ts').then((m) => m.ru),
  pl: () => import('./pl.ts').then((m) => m.pl),
  ky: () => import('./ky.ts').then((m) => m.ky),
  ro: () => import('./ro.ts').then((m) => m.ro),
  sr: () => import('./sr.ts').then((m) => m.sr),
};

function isAppLanguage(code: string | null | undefined): code is AppLanguage {
  return APP_LANGUAGES.some((l) => l.code === code);
}

/** The app language for a browser's language tag: `sr-Latn-RS` reads Latin, `sr-RS` Cyrillic, `ro-MD` Romanian. */
export function appLanguageFor(tag: string): AppLanguage {
  if (isSerbianLatin(tag)) return SERBIAN_LATIN;
  const base = tag.split('-')[0]?.toLowerCase();
  return isAppLanguage(base) ? base : 'en';
}

function initialLanguage(): AppLanguage {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isAppLanguage(saved)) return saved;
  return typeof navigator === 'undefined' ? 'en' : appLanguageFor(navigator.language);
}

type Tree = { [key: string]: unknown };

/** A message tree with every string in Serbian Latin script; placeholders are kept. */
function inLatin(tree: unknown): unknown {
  if (typeof tree === 'string') return inLocaleScript(SERBIAN_LATIN, tree);
  if (Array.isArray(tree)) return tree.map(inLatin);
  if (tree === null || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree as Tree).map(([key, value]) => [key, inLatin(value)]));
}

/**
 * Keep `sr-Latn` a letter-for-letter Latin copy of `sr`: whenever strings are added to Serbian
 * (the app's own, or a screen's through `addResourceBundle`), the whole Serbian namespace is
 * transliterated into `sr-Latn`. Only the texts are transliterated, never the values put into
 * them (a site's or a person's name stays as typed).
 */
export function mirrorSerbianLatin(instance: I18n): void {
  instance.store.on('added', (lng: string, ns: string) => {
    if (lng !== 'sr') return;
    const bundle = instance.getResourceBundle('sr', ns) as Tree | undefined;
    if (bundle) instance.addResourceBundle(SERBIAN_LATIN, ns, inLatin(bundle), true, true);
  });
}

/** i18next with English bundled; other languages are added by {@link loadLanguage}. */
export const i18n = i18next.createInstance();

const loading = new Map<AppLanguage, Promise<void>>([['en', Promise.resolve()]]);

/** The languages whose message files `code` needs: itself (Serbian for `sr-Latn`) and its fallbacks. */
function filesFor(code: AppLanguage): WrittenLanguage[] {
  const chain = [code, ...(FALLBACK[code] ?? [])];
  return [...new Set(chain.filter((c): c is WrittenLanguage => c !== 'en' && c !== SERBIAN_LATIN))];
}

/**
 * A screen's strings under one top-level key, kept out of the app's message files: English comes
 * with the screen's code, each other language is a chunk of its own fetched with the app's strings
 * for that language (so a phone downloads one language, and the chosen one is in before the first
 * render, with no flash of English).
 */
export interface LazyMessages {
  /** The top-level key the strings go under (`observe` gives `observe.*`). */
  readonly key: string;
  readonly en: Tree;
  readonly loaders: Readonly<Record<WrittenLanguage, () => Promise<Tree>>>;
}

const lazySets: LazyMessages[] = [];
const lazyLoading = new Map<string, Promise<void>>();

function loadSet(set: LazyMessages, code: WrittenLanguage): Promise<void> {
  const id = `${set.key}:${code}`;
  let pending = lazyLoading.get(id);
  if (!pending) {
    pending = set.loaders[code]().then((messages) => {
      i18n.addResourceBundle(code, 'translation', { [set.key]: messages }, true, false);
    });
    pending.catch(() => lazyLoading.delete(id)); // a failed fetch may be retried
    lazyLoading.set(id, pending);
  }
  return pending;
}

/**
 * Register a screen's {@link LazyMessages}, once (a second call with the same key does nothing).
 * Registered at module load, before main.tsx's first {@link loadLanguage}; a language already
 * loaded fetches the set's file for it at once.
 */
export function registerLazyMessages(set: LazyMessages): void {
  if (lazySets.some((s) => s.key === set.key)) return;
  lazySets.push(set);
  i18n.addResourceBundle('en', 'translation', { [set.key]: set.en }, true, false);
  for (const code of loading.keys())
    if (code !== 'en' && code !== SERBIAN_LATIN)
      void loadSet(set, code as WrittenLanguage).catch(() => undefined);
}

/**
 * Fetch a language's strings and those of its fallbacks into {@link i18n}, once, with every
 * registered screen's strings for them. A deep merge that keeps what other screens added under the
 * same language (the Design screens' `design.*`).
 */
export function loadLanguage(code: AppLanguage): Promise<void> {
  return Promise.all(
    filesFor(code).flatMap((c) => {
      let pending = loading.get(c);
      if (!pending) {
        pending = LOADERS[c]().then((messages) => {
          i18n.addResourceBundle(c, 'translation', messages, true, true);
        });
        pending.catch(() => loading.delete(c)); // a failed fetch may be retried
        loading.set(c, pending);
      }
      return [pending, ...lazySets.map((set) => loadSet(set, c))];
    }),
  ).then(() => undefined);
}

/** Switch the app's language once its strings are in, so no screen shows raw keys or a mix. */
export async function changeLanguage(code: string): Promise<void> {
  if (!isAppLanguage(code)) return;
  await loadLanguage(code);
  await i18n.changeLanguage(code);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: FALLBACK as Record<string, string[]>,
  interpolation: { escapeValue: false },
  returnNull: false,
});
mirrorSerbianLatin(i18n);
/**
 * Settles once the saved or detected language's strings are in: main.tsx renders after it. Should
 * that chunk fail to load, the app starts in English rather than in raw keys.
 */
export const i18nReady: Promise<void> = loadLanguage(i18n.language as AppLanguage).catch(async () => {
  await i18n.changeLanguage('en');
});

i18n.on('languageChanged', (language) => {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
