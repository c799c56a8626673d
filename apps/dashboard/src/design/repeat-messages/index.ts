import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The builder's repeat settings per app language. */
export const REPEAT_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the repeat settings' strings under `designRepeat.*` (adding twice changes nothing). */
export function addRepeatMessages(i18n: I18n): void {
  for (const [language, designRepeat] of Object.entries(REPEAT_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { designRepeat }, true, false);
}
