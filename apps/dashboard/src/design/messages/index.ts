import type { i18n as I18n } from 'i18next';
import { addExpressionMessages } from '../expression-messages/index.ts';
import { addLookupMessages } from '../lookup-messages/index.ts';
import { addRepeatMessages } from '../repeat-messages/index.ts';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

/** The builder's strings per app language, kept out of the bundle every monitor's phone loads. */
export const DESIGN_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;

/**
 * Add the builder's strings under `design.*` to the app's i18next instance (the shell's own
 * `design.title` and `design.drafts` stay as they are). Called once when the Design screens load.
 */
export function addDesignMessages(i18n: I18n): void {
  // deep merge, no overwrite: adding twice changes nothing
  for (const [language, design] of Object.entries(DESIGN_MESSAGES))
    i18n.addResourceBundle(language, 'translation', { design }, true, false);
  addExpressionMessages(i18n);
  addRepeatMessages(i18n);
  addLookupMessages(i18n);
}
