import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en.ts';

/** Languages of the app's own screens, with their names in that language. */
export const APP_LANGUAGES = [
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'ky', name: 'Кыргызча' },
] as const;

export type AppLanguage = (typeof APP_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'kolo.language';

/** Languages each language falls back to, English last. */
const FALLBACK: Readonly<Record<string, readonly AppLanguage[]>> = { ky: ['ru', 'en'], default: ['en'] };

/**
 * Every language but English (bundled: the fallback) is a chunk of its own, fetched when chosen.
 * The service worker precaches every built chunk, so switching works offline too.
 */
const LOADERS: Readonly<Record<Exclude<AppLanguage, 'en'>, () => Promise<Messages>>> = {
  uk: () => import('./uk.ts').then((m) => m.uk),
  ru: () => import('./ru.ts').then((m) => m.ru),
  pl: () => import('./pl.ts').then((m) => m.pl),
  ky: () => import('./ky.ts').then((m) => m.ky),
};

function isAppLanguage(code: string | null | undefined): code is AppLanguage {
  return APP_LANGUAGES.some((l) => l.code === code);
}

function initialLanguage(): AppLanguage {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (isAppLanguage(saved)) return saved;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isAppLanguage(browser) ? browser : 'en';
}

/** i18next with English bundled; other languages are added by {@link loadLanguage}. */
export const i18n = i18next.createInstance();

const loading = new Map<AppLanguage, Promise<void>>([['en', Promise.resolve()]]);

/**
 * Fetch a language's strings and those of its fallbacks into {@link i18n}, once. A deep merge that
 * keeps what other screens added under the same language (the Design screens' `design.*`).
 */
export function loadLanguage(code: AppLanguage): Promise<void> {
  const chain = [code, ...(FALLBACK[code] ?? [])].filter((c) => c !== 'en') as Exclude<AppLanguage, 'en'>[];
  return Promise.all(
    chain.map((c) => {
      let pending = loading.get(c);
      if (!pending) {
        pending = LOADERS[c]().then((messages) => {
          i18n.addResourceBundle(c, 'translation', messages, true, true);
        });
        pending.catch(() => loading.delete(c)); // a failed fetch may be retried
        loading.set(c, pending);
      }
      return pending;
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
