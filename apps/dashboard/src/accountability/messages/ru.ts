import { type AccountabilityMessages, en } from './en.ts';

/** Placeholder until translated. */
export const ru: AccountabilityMessages = en;
