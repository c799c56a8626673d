import { z } from 'zod';

/**
 * What the submissions API answers, defined once for the API (its OpenAPI document and checks)
 * and the collect app (its outbox reads each result).
 */

/** The result of one submission: an HTTP-like status, and for a 4xx what to fix. */
export const SubmissionResult = z.object({
  /** The submission's id; null when the item had none that could be read. */
  id: z.string().nullable(),
  /** 201 stored, 200 already stored the same, 409 the id holds a different one, 422 invalid. */
  status: z.number().int(),
  code: z.string().optional(),
  message: z.string().optional(),
  /** Per answer path, what is wrong with it. */
  errors: z.record(z.string(), z.array(z.string())).optional(),
});
export type SubmissionResult = z.infer<typeof SubmissionResult>;

/** A batch's results, in the order the submissions were sent. */
export const BatchResults = z.object({ results: z.array(SubmissionResult) });

/** One stored submission as staff read it: answers cut to what the reader may see. */
export const SubmissionRow = z.object({
  id: z.string(),
  version: z.number().int(),
  siteId: z.string(),
  siteName: z.string(),
  country: z.string(),
  collectedAt: z.string(),
  receivedAt: z.string(),
  locale: z.string(),
  answers: z.record(z.string(), z.unknown()),
});

/** A page of submissions. */
export const SubmissionPage = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(SubmissionRow),
});
