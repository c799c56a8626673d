import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

/** Languages of the app's own screens, with their names in that language. */
export const APP_LANGUAGES = [
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polski' },
  { code: 'ky', name: 'Кыргызча' },
] as const;

const STORAGE_KEY = 'kolo.language';

function initialLanguage(): string {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (saved && APP_LANGUAGES.some((l) => l.code === saved)) return saved;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return APP_LANGUAGES.some((l) => l.code === browser) ? browser : 'en';
}

/** i18next with every language bundled: the app must work offline from the first screen. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    uk: { translation: uk },
    ru: { translation: ru },
    pl: { translation: pl },
    ky: { translation: ky },
  },
  lng: initialLanguage(),
  fallbackLng: { ky: ['ru', 'en'], default: ['en'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
