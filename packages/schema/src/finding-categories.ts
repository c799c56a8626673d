/**
 * What a finding is about, as a plain list with no zod, so a monitor's problem-report screen reads it
 * without the accountability schemas; `accountability.ts` re-exports it and builds `FindingCategory`.
 */
export const FINDING_CATEGORIES = [
  'stock_out',
  'opening_hours',
  'cost',
  'documents',
  'police',
  'stigma',
  'confidentiality',
  'violence',
  'quality',
  'other',
] as const;
