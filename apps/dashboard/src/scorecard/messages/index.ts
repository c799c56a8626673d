import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The scorecard's strings per app language, kept out of the bundle every monitor's phone loads. */
export const SCORECARD_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the scorecard's strings under `scorecard.*` (deep merge, no overwrite: adding twice changes nothing). */
export function addScorecardMessages(i18n: I18n): void {
  for (const [language, scorecard] of Object.entries(SCORECARD_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { scorecard }, true, false);
}
