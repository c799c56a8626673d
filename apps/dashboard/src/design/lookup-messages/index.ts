import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The builder's lookup tables panel per app language. */
export const LOOKUP_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the lookup tables panel's strings under `designLookups.*` (adding twice changes nothing). */
export function addLookupMessages(i18n: I18n): void {
  for (const [language, designLookups] of Object.entries(LOOKUP_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { designLookups }, true, false);
}
