export { actionEvents, actions, findingNotes, findings, observations } from './accountability-schema.ts';
export type { FactTotal, RawResults, ResultsFilter, TimeBucket } from './aggregates.ts';
export { aggregateSurvey } from './aggregates.ts';
export type { Database, Db, OpenDatabaseOptions, Schema } from './database.ts';
export { openDatabase } from './database.ts';
export { isDisaggregated, syncDisaggregations } from './disaggregation-rollups.ts';
export type { Fact } from './facts.ts';
export { SUBMISSION_FACT, submissionFacts } from './facts.ts';
export type { GenerateFromSamplesOptions, SubmissionSample } from './generate.ts';
export { generateFromSamples } from './generate.ts';
export type { NewSubmission, StoreOptions, StoreOutcome } from './ingest.ts';
export { storeSubmissions, submissionHash } from './ingest.ts';
export { reports } from './reports-schema.ts';
export { resultRows } from './result-rows.ts';
export type {
  BuildResultsOptions,
  IndicatorResult,
  NumberStats,
  QuestionResult,
  SurveyResults,
  TimelinePoint,
  ValueCount,
} from './results.ts';
export { buildResults } from './results.ts';
export { foldQueuedRollups } from './rollup-queue.ts';
export type { Role } from './schema.ts';
export {
  answerRollups,
  answerRollupsMonthly,
  auditLog,
  memberships,
  organizations,
  ROLES,
  rollupQueue,
  sessions,
  shareLinks,
  sites,
  submissions,
  surveys,
  surveyVersions,
  users,
} from './schema.ts';
export { indicatorStandards, validatedPeriods } from './standards-schema.ts';
export type { Cell } from './suppression.ts';
export {
  bandMiddle,
  DEFAULT_MIN_CELL,
  hiddenCellsRecoverable,
  suppressIfSmall,
  suppressPartition,
} from './suppression.ts';
