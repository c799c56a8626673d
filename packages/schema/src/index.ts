export * from './accountability.ts';
export * from './accountability-views.ts';
export * from './admin-api.ts';
export { OTHER_TEXT, YES_NO_TEXTS } from './builtin-answer-texts.ts';
export type { CalculateOptions } from './calculate.ts';
export { calculateAnswers, calculateItem, storedCalculation } from './calculate.ts';
export { DISAGGREGATION_KINDS } from './check-disaggregation.ts';
export type { ParseSurveyResult } from './check-survey.ts';
export { parseSurvey } from './check-survey.ts';
export { localizedTexts } from './check-translations.ts';
export type {
  AnswerErrors,
  AnswerIssue,
  CompiledSurvey,
  ValidateAnswersOptions,
  ValidateAnswersResult,
} from './compile.ts';
export { answerIssues, compileSurvey, DEFAULT_TEXT_MAX, validateAnswers } from './compile.ts';
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
export { Comparison, Condition } from './condition-schema.ts';
export { CONSTRAINT_MESSAGE, meetsConstraint, offeredChoices } from './constraint.ts';
export type { DeepReadonly, SurveyDefinitionLiteral, TypedSurvey } from './define.ts';
export { defineSurvey } from './define.ts';
export type {
  AskedItem,
  CalculationType,
  ChoiceItem,
  ItemKind,
  QuestionItem,
  SurveyDefinitionInput,
} from './definition.ts';
export {
  CALCULATION_TYPES,
  CalculateItem,
  Choice,
  ChoicePropertyName,
  ChoiceValue,
  Expression,
  Identifier,
  Item,
  LOOKUP_MAX_CELLS,
  LOOKUP_MAX_COLUMNS,
  LOOKUP_MAX_ROWS,
  LOOKUP_MAX_TABLES,
  LookupName,
  LookupTable,
  REPEAT_MAX_INSTANCES,
  Section,
  SectionRepeat,
  SurveyDefinition,
  SurveyPrivacy,
} from './definition.ts';
export * from './expression/index.ts';
export { Indicator } from './indicator.ts';
export type { AnswerOf, AnswersOf } from './infer.ts';
export type { SurveyWarning, SurveyWarningCode } from './lint.ts';
export { lintSurvey, SURVEY_WARNING_CODES } from './lint.ts';
export { localeChain, resolveText } from './locale.ts';
export { LocaleCode, LocalizedText } from './locale-schema.ts';
export type { LookupNeed, LookupRead, SurveyExpression, SurveyLookups } from './lookup.ts';
export { lookupReads, lookupsNeeded, pulldata, surveyExpressions } from './lookup.ts';
export { countedInstances, repeatBounds } from './repeat-count.ts';
export * from './results-api.ts';
export type { IndicatorValues } from './score.ts';
export { computeIndicators, scaleScore } from './score.ts';
export { inLocaleScript, isSerbianLatin, SERBIAN_LATIN, toSerbianLatin } from './serbian-script.ts';
export { csvField, FORMULA_START, neutralizeCell, quoteField, restoreCell } from './spreadsheet-cell.ts';
export * from './submission-api.ts';
export * from './survey-api.ts';
export type { SurveyError, SurveyErrorCode } from './survey-errors.ts';
export { formatSurveyErrors, SURVEY_ERROR_CODES } from './survey-errors.ts';
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
