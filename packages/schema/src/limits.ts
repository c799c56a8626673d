/**
 * The survey model's limits and fixed lists as plain values, with no zod: code that only needs a
 * number or a list (the form's repeat bounds, the builder's hints) imports these without pulling
 * the definition's schemas into a monitor's download. `definition.ts` re-exports them.
 */

/** The type a calculation's value is stored as: numbers aggregate like a number question. */
export const CALCULATION_TYPES = ['text', 'number', 'date'] as const;

/** The most instances a repeated section takes: a cap on one submission's size. */
export const REPEAT_MAX_INSTANCES = 50;
/** Most rows of one lookup table: a sample list of a few thousand areas or sites fits. */
export const LOOKUP_MAX_ROWS = 10_000;
/** Most columns of one lookup table. */
export const LOOKUP_MAX_COLUMNS = 50;
/** Most lookup tables one survey carries. */
export const LOOKUP_MAX_TABLES = 10;
/** Most cells over all of a survey's lookup tables: they travel with the form to every phone. */
export const LOOKUP_MAX_CELLS = 200_000;
