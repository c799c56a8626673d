import { z } from 'zod';
import { LocalizedText } from './locale-schema.ts';

const IndicatorBase = {
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/, 'must start with a lowercase letter and use only a-z, 0-9 and _'),
  label: LocalizedText,
  description: LocalizedText.optional(),
  /** Which way is good: a higher value (default) or a lower one (e.g. the share reporting a stock-out). */
  better: z.enum(['higher', 'lower']).optional(),
};

/**
 * Mean of scale answers mapped to 0..100 (lowest choice 0, highest 100); "not applicable" answers
 * are left out. `items` are likert, rating or matrix ids, or `matrixId.rowId`.
 */
export const ScaleMeanIndicator = z.strictObject({
  ...IndicatorBase,
  kind: z.literal('scale_mean'),
  items: z.array(z.string().min(1)).min(1),
});

/** Share (0..100) of respondents whose answer to `item` is one of `values`, among those who answered it (less `exclude`). */
export const ShareIndicator = z.strictObject({
  ...IndicatorBase,
  kind: z.literal('share'),
  item: z.string().min(1),
  values: z.array(z.string().min(1)).min(1),
  exclude: z.array(z.string().min(1)).optional(),
});

/** Number of submissions, or of those whose answer to `item` is one of `values`. */
export const CountIndicator = z.strictObject({
  ...IndicatorBase,
  kind: z.literal('count'),
  item: z.string().min(1).optional(),
  values: z.array(z.string().min(1)).min(1).optional(),
});

/** A named score over items, shown as a card on dashboards. */
export const Indicator = z.discriminatedUnion('kind', [ScaleMeanIndicator, ShareIndicator, CountIndicator]);
export type Indicator = z.infer<typeof Indicator>;
