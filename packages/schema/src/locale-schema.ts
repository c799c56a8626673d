import { z } from 'zod';

/** A BCP 47 language tag as used by kolo: a 2-3 letter language, optionally a region (`en`, `uk`, `pt-BR`). */
export const LocaleCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en", "uk" or "pt-BR"');
export type LocaleCode = z.infer<typeof LocaleCode>;

/** Text in several languages, keyed by locale code. */
export const LocalizedText = z.record(LocaleCode, z.string().trim().min(1, 'must not be empty'));
export type LocalizedText = z.infer<typeof LocalizedText>;
