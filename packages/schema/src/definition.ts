import { z } from 'zod';
import { Condition } from './condition-schema.ts';
import { Indicator } from './indicator.ts';
import { LocaleCode, LocalizedText } from './locale-schema.ts';

/** Ids of surveys, sections, items, rows and indicators: usable as a column name and an XLSForm name. */
export const Identifier = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,62}$/,
    'must start with a lowercase letter and use only a-z, 0-9 and _ (at most 63)',
  );

/** A stored choice code: short, stable, safe in CSV headers and XLSForm choice names. */
export const ChoiceValue = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, "_", "." or "-"');

/**
 * The name a question, group, row or choice had in the form it was imported from (an XLSForm
 * `name`, which Kobo/ODK data uses as its column or code), kept when kolo's id had to differ and
 * written back on export.
 */
export const SourceName = z.string().trim().min(1).max(255);

/** One answer option. `notApplicable` options ("not applicable / don't know") are left out of scores. */
export const Choice = z.strictObject({
  value: ChoiceValue,
  sourceName: SourceName.optional(),
  label: LocalizedText,
  /** Score used by scale indicators; by default a choice scores its position among scored choices. */
  score: z.number().finite().optional(),
  notApplicable: z.boolean().optional(),
  /** A multi-choice option that cannot be combined with others ("none of these", "prefer not to say"). */
  exclusive: z.boolean().optional(),
});
export type Choice = z.infer<typeof Choice>;

const ItemBase = {
  id: Identifier,
  sourceName: SourceName.optional(),
  label: LocalizedText,
  hint: LocalizedText.optional(),
  required: z.boolean().optional(),
  /** Answers that could identify or endanger a respondent: kept out of exports and logs by default. */
  sensitive: z.boolean().optional(),
  showIf: Condition.optional(),
};

/** Options inline or by name of a shared `choiceLists` entry. */
const ChoicesRef = {
  options: z.array(Choice).min(1).optional(),
  choices: Identifier.optional(),
};

/** An "other, please specify" option; its text is stored under `<id>_other`. */
const Other = z.strictObject({ label: LocalizedText.optional() });

export const SingleChoiceItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('single_choice'),
  ...ChoicesRef,
  other: Other.optional(),
});
export const MultiChoiceItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('multi_choice'),
  ...ChoicesRef,
  other: Other.optional(),
  maxSelections: z.number().int().min(1).optional(),
});
export const LikertItem = z.strictObject({ ...ItemBase, kind: z.literal('likert'), ...ChoicesRef });
export const RatingItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('rating'),
  min: z.number().int().min(0).max(1).optional(),
  max: z.number().int().min(2).max(10),
  minLabel: LocalizedText.optional(),
  maxLabel: LocalizedText.optional(),
});
export const YesNoItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('yes_no'),
  /** Adds a third answer, "dont_know". */
  dontKnow: z.boolean().optional(),
});
export const NumberItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('number'),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  integer: z.boolean().optional(),
  unit: LocalizedText.optional(),
});
export const TextItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('text'),
  maxLength: z.number().int().min(1).max(10_000).optional(),
  long: z.boolean().optional(),
});
const IsoDate = z.iso.date('must be a date written YYYY-MM-DD');
export const DateItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('date'),
  min: IsoDate.optional(),
  max: IsoDate.optional(),
});
export const MatrixRow = z.strictObject({
  id: Identifier,
  sourceName: SourceName.optional(),
  label: LocalizedText,
});
export const MatrixItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('matrix'),
  rows: z.array(MatrixRow).min(1),
  ...ChoicesRef,
});
export const NoteItem = z.strictObject({
  id: Identifier,
  sourceName: SourceName.optional(),
  kind: z.literal('note'),
  label: LocalizedText,
  hint: LocalizedText.optional(),
  showIf: Condition.optional(),
});

/** Any survey item, told apart by `kind`. */
export const Item = z.discriminatedUnion('kind', [
  SingleChoiceItem,
  MultiChoiceItem,
  LikertItem,
  RatingItem,
  YesNoItem,
  NumberItem,
  TextItem,
  DateItem,
  MatrixItem,
  NoteItem,
]);
export type Item = z.infer<typeof Item>;
export type ItemKind = Item['kind'];
export type QuestionItem = Exclude<Item, { kind: 'note' }>;
export type ChoiceItem = Extract<Item, { kind: 'single_choice' | 'multi_choice' | 'likert' | 'matrix' }>;

export const Section = z.strictObject({
  id: Identifier,
  sourceName: SourceName.optional(),
  title: LocalizedText,
  description: LocalizedText.optional(),
  showIf: Condition.optional(),
  items: z.array(Item).min(1, 'a section needs at least one item'),
});
export type Section = z.infer<typeof Section>;

/**
 * What of a survey's results leaves the organization. `funderBreakdownBySensitive`: funders and
 * share links may filter by, and see per-value counts of, `sensitive` questions (gender, key
 * population); absent or false, they see only how many answered them.
 */
export const SurveyPrivacy = z.strictObject({
  funderBreakdownBySensitive: z.boolean().optional(),
});
export type SurveyPrivacy = z.infer<typeof SurveyPrivacy>;

/** The shape of a survey definition: plain JSON data, the one source for form, validation, storage and charts. */
export const SurveyDefinition = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,62}$/,
      'must be lowercase letters, digits and "-" (e.g. "service-satisfaction")',
    ),
  version: z.number().int().min(1),
  locales: z.array(LocaleCode).min(1, 'declare at least one locale'),
  /** Display names of locales kolo has no name for (a private `qaa` code for "Local language"). */
  languageNames: z.record(LocaleCode, z.string().trim().min(1).max(100)).optional(),
  title: LocalizedText,
  description: LocalizedText.optional(),
  choiceLists: z.record(Identifier, z.array(Choice).min(1)).optional(),
  sections: z.array(Section).min(1, 'a survey needs at least one section'),
  indicators: z.array(Indicator).optional(),
  privacy: SurveyPrivacy.optional(),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
/** What an author writes; the same as the parsed shape since the model adds no defaults. */
export type SurveyDefinitionInput = z.input<typeof SurveyDefinition>;
