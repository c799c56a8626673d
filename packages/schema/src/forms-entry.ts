/**
 * `@kolo/schema/forms`: what browser code that fills a form runs (the form engine, Collect),
 * without zod. The `@kolo/schema` barrel also exports the definition's zod schemas; a build that
 * groups Collect's code with its dependencies would put them (about 28 KiB gzipped) into every
 * monitor's download. Only zod-free modules here: `forms-entry.test.ts` walks the imports.
 * Types may come from anywhere (`export type` is erased).
 */
export { OTHER_TEXT, YES_NO_TEXTS } from './builtin-answer-texts.ts';
export type { CalculateOptions } from './calculate.ts';
export { calculateAnswers, calculateItem } from './calculate.ts';
export type {
  AnswerErrors,
  AnswerIssue,
  CompiledSurvey,
  ValidateAnswersOptions,
  ValidateAnswersResult,
} from './compile.ts';
export { compileSurvey, DEFAULT_TEXT_MAX, validateAnswers } from './compile.ts';
export type {
  AnswerRecord,
  ComparisonOperator,
  ConditionScalar,
  ExpressionCondition,
} from './condition.ts';
export {
  answerAt,
  COMPARISON_OPERATORS,
  comparisonsOf,
  conditionLeaves,
  conditionQuestions,
  evaluateCondition,
  isAnswered,
} from './condition.ts';
export type { Comparison, Condition } from './condition-schema.ts';
export { CONSTRAINT_MESSAGE, meetsConstraint, offeredChoices } from './constraint.ts';
export type {
  AskedItem,
  CalculationType,
  Choice,
  ChoiceItem,
  Item,
  ItemKind,
  QuestionItem,
  Section,
  SectionRepeat,
  SurveyDefinition,
} from './definition.ts';
export * from './expression/index.ts';
export { FINDING_CATEGORIES } from './finding-categories.ts';
export { CALCULATION_TYPES, REPEAT_MAX_INSTANCES } from './limits.ts';
export { localeChain, resolveText } from './locale.ts';
export type { LocaleCode, LocalizedText } from './locale-schema.ts';
export { countedInstances, repeatBounds } from './repeat-count.ts';
export { inLocaleScript, isSerbianLatin, SERBIAN_LATIN, toSerbianLatin } from './serbian-script.ts';
export type { ItemEntry } from './walk.ts';
export {
  allowedValues,
  choicesOf,
  instanceAnswers,
  isRepeatSection,
  OTHER_VALUE,
  otherKey,
  repeatLayout,
  repeatSectionOf,
  surveyItems,
  visibilityOf,
} from './walk.ts';
