import { z } from 'zod';
import { SurveyDefinition } from './definition.ts';
import { SURVEY_WARNING_CODES } from './lint.ts';
import { LocalizedText } from './locale-schema.ts';
import { SURVEY_ERROR_CODES } from './survey-errors.ts';

/**
 * What the surveys API answers, defined once: the API documents and checks its answers with these
 * schemas and the dashboard reads them with the types inferred from them.
 */

/** A located problem or advice about a definition, as the builder lists it. */
export const DefinitionProblem = z.object({ path: z.string(), code: z.string(), message: z.string() });

/** Why a definition cannot be published, located (`SurveyError`). */
export const DefinitionError = DefinitionProblem.extend({ code: z.enum(SURVEY_ERROR_CODES) });

/** Advice about a definition that does not block publishing, located (`SurveyWarning`). */
export const DefinitionWarning = DefinitionProblem.extend({ code: z.enum(SURVEY_WARNING_CODES) });

/** One survey in the organization's list. */
export const SurveySummary = z.object({
  id: z.string(),
  /** The latest published version; null for a survey never published (a draft only). */
  version: z.number().int().nullable(),
  title: LocalizedText,
  locales: z.array(z.string()),
  /** Whether a working draft exists (staff and admins only). */
  hasDraft: z.boolean().optional(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

export const SurveyList = z.object({ surveys: z.array(SurveySummary) });

/** The library's surveys, to start a new survey from. */
export const LibraryList = z.object({
  surveys: z.array(z.object({ id: z.string(), definition: SurveyDefinition })),
});

/** One published version of a survey. */
export const SurveyVersionAnswer = z.object({
  id: z.string(),
  version: z.number().int(),
  definition: SurveyDefinition,
});
export type SurveyVersionAnswer = z.infer<typeof SurveyVersionAnswer>;

/** A survey's published versions with the change summary stored at publication. */
/** What a published version changed against the one before, by item id. */
export const ChangeSummary = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
  /** Lookup tables (by name) the version adds, removes or replaces; absent when none changed. */
  lookups: z
    .object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) })
    .optional(),
  /** The note staff wrote when publishing, if any. */
  note: z.string().optional(),
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

export const VersionHistory = z.object({
  versions: z.array(
    z.object({ version: z.number().int(), publishedAt: z.string(), changeSummary: ChangeSummary.nullable() }),
  ),
});

/** The working draft: any JSON staff saved (a draft may be invalid), with its problems. */
export const DraftAnswer = z.object({
  id: z.string(),
  definition: z.record(z.string(), z.unknown()).nullable(),
  errors: z.array(DefinitionError),
  warnings: z.array(DefinitionWarning),
  /** The published version the draft started from, if any. */
  basedOn: z.number().int().nullable(),
});

/** A draft created or saved, with its problems. */
export const DraftSaved = z.object({
  id: z.string(),
  errors: z.array(DefinitionError),
  warnings: z.array(DefinitionWarning),
});

/** A new published version. */
export const Published = z.object({ id: z.string(), version: z.number().int(), changes: ChangeSummary });

/** Every published survey of the organization at its latest version, for the Collect screen. */
export const PublishedSurveys = z.object({ surveys: z.array(SurveyDefinition) });
