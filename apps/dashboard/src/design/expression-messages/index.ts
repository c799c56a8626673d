import type { i18n as I18n } from 'i18next';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The builder's expression settings per app language. */
export const EXPRESSION_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/** Add the expression settings' strings under `designExpressions.*` (adding twice changes nothing). */
export function addExpressionMessages(i18n: I18n): void {
  for (const [language, designExpressions] of Object.entries(EXPRESSION_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { designExpressions }, true, false);
}
