import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The reports screen's strings per app language, loaded with the screen only. */
export const REPORTS_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the reports screen's strings under `reports.*` to the app's i18next instance. */
export function addReportsMessages(i18n: I18n): void {
  for (const [language, reports] of Object.entries(REPORTS_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { reports }, true, false);
}
