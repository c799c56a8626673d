import { registerLazyMessages } from '../../i18n/index.ts';
import { en } from './en.ts';

/**
 * Add the field-observation strings under `observe.*`: English now, the phone's language with the
 * app's own strings (one small chunk per language, precached for offline use). Adding twice changes
 * nothing.
 */
export function registerObservationMessages(): void {
  registerLazyMessages({
    key: 'observe',
    en,
    loaders: {
      uk: () => import('./uk.ts').then((m) => m.uk),
      ru: () => import('./ru.ts').then((m) => m.ru),
      pl: () => import('./pl.ts').then((m) => m.pl),
      ky: () => import('./ky.ts').then((m) => m.ky),
      ro: () => import('./ro.ts').then((m) => m.ro),
      sr: () => import('./sr.ts').then((m) => m.sr),
    },
  });
}
