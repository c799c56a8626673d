import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The accountability screens' strings per app language, loaded with those screens only. */
export const ACCOUNTABILITY_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the strings under `accountability.*` (deep merge, no overwrite: adding twice changes nothing). */
export function addAccountabilityMessages(i18n: I18n): void {
  for (const [language, accountability] of Object.entries(ACCOUNTABILITY_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { accountability }, true, false);
}
