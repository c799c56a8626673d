import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** Insights' and the share page's strings per app language, loaded with those screens only. */
export const INSIGHTS_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add these strings under `insights.*` (deep merge, nothing of the shell's overwritten; twice changes nothing). */
export function addInsightsMessages(i18n: I18n): void {
  for (const [language, insights] of Object.entries(INSIGHTS_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { insights }, true, false);
}
