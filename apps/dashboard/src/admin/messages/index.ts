import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The administration screen's strings per app language (and the new-password form of sign-in). */
export const ADMIN_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the strings under `administration.*` (deep merge, no overwrite: adding twice changes nothing). */
export function addAdminMessages(i18n: I18n): void {
  for (const [language, administration] of Object.entries(ADMIN_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { administration }, true, false);
}
