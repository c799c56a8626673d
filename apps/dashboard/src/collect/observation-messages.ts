import { en } from './observation-messages/en.ts';
import { ky } from './observation-messages/ky.ts';
import { pl } from './observation-messages/pl.ts';
import { ro } from './observation-messages/ro.ts';
import { ru } from './observation-messages/ru.ts';
import { sr } from './observation-messages/sr.ts';
import { uk } from './observation-messages/uk.ts';

export type { ObservationMessages } from './observation-messages/en.ts';

/**
 * The observation strings in every app language, for the completeness and glossary tests; the app
 * itself loads them one language at a time (see `observation-messages/register.ts`).
 */
export const OBSERVATION_MESSAGES = { en, uk, ru, pl, ky, ro, sr } as const;
