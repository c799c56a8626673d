import { z } from 'zod';
import { Condition } from './condition-schema.ts';
import { EXPRESSION_MAX_LENGTH } from './expression/parse.ts';
import { Indicator } from './indicator.ts';
import {
  CALCULATION_TYPES,
  LOOKUP_MAX_CELLS,
  LOOKUP_MAX_COLUMNS,
  LOOKUP_MAX_ROWS,
  LOOKUP_MAX_TABLES,
  REPEAT_MAX_INSTANCES,
} from './limits.ts';
import { LocaleCode, LocalizedText } from './locale-schema.ts';

export {
  CALCULATION_TYPES,
  LOOKUP_MAX_CELLS,
  LOOKUP_MAX_COLUMNS,
  LOOKUP_MAX_ROWS,
  LOOKUP_MAX_TABLES,
  REPEAT_MAX_INSTANCES,
};

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

/**
 * An expression in XLSForm's syntax (`${age} >= 18 and selected(${services}, 'nsp')`), kept as
 * the text staff wrote; parsed once and checked with located errors by `parseSurvey`.
 */
export const Expression = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(EXPRESSION_MAX_LENGTH, `must be at most ${EXPRESSION_MAX_LENGTH} characters`);

/** The name of a choice property (an extra XLSForm choices column such as `region`). */
export const ChoicePropertyName = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/,
    'must start with a letter or "_" and use letters, digits, "_" or "-"',
  );

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
  /** Extra properties a `choiceFilter` reads (`{ country: 'kg' }` on a city), like XLSForm's extra choice columns. */
  properties: z.record(ChoicePropertyName, z.string().max(200)).optional(),
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
  /** An expression the answer must satisfy, `.` being the answer: `. >= ${start_date}`, `regex(., '^[0-9]{9}$')`. */
  constraint: Expression.optional(),
  /** What to tell the respondent when the constraint fails. */
  constraintMessage: LocalizedText.optional(),
};

/** Options inline or by name of a shared `choiceLists` entry. */
const ChoicesRef = {
  options: z.array(Choice).min(1).optional(),
  choices: Identifier.optional(),
};

/**
 * Which choices to offer (a cascade): an expression over earlier answers and the choice's
 * `properties`, a bare name reading a property and `name` the choice's value: `country = ${country}`.
 */
const ChoiceFilter = { choiceFilter: Expression.optional() };

/** An "other, please specify" option; its text is stored under `<id>_other`. */
const Other = z.strictObject({ label: LocalizedText.optional() });

export const SingleChoiceItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('single_choice'),
  ...ChoicesRef,
  ...ChoiceFilter,
  other: Other.optional(),
});
export const MultiChoiceItem = z.strictObject({
  ...ItemBase,
  kind: z.literal('multi_choice'),
  ...ChoicesRef,
  ...ChoiceFilter,
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

/**
 * A value computed from other answers (`${visit_year} - ${birth_year}`), like XLSForm's
 * `calculate`: the form computes it as the respondent answers, and the server computes it again on
 * ingest and stores its own result. `display: 'read_only'` shows it in the form; hidden by default.
 */
export const CalculateItem = z.strictObject({
  id: Identifier,
  sourceName: SourceName.optional(),
  kind: z.literal('calculate'),
  label: LocalizedText,
  hint: LocalizedText.optional(),
  sensitive: z.boolean().optional(),
  showIf: Condition.optional(),
  calculation: Expression,
  valueType: z.enum(CALCULATION_TYPES).optional(),
  display: z.enum(['hidden', 'read_only']).optional(),
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
  CalculateItem,
]);
export type Item = z.infer<typeof Item>;
export type ItemKind = Item['kind'];
/** Items that hold a value in the answers: questions and calculations. */
export type QuestionItem = Exclude<Item, { kind: 'note' }>;
/** Items a respondent answers. */
export type AskedItem = Exclude<Item, { kind: 'note' | 'calculate' }>;
export type CalculationType = (typeof CALCULATION_TYPES)[number];
export type ChoiceItem = Extract<Item, { kind: 'single_choice' | 'multi_choice' | 'likert' | 'matrix' }>;

/**
 * How a section repeats (XLSForm's `begin_repeat`): asked once per person, visit or object the
 * respondent names. Its answers are stored as a list under the section's id, one record per
 * instance keyed by item id: `{ partners: [{ partner_age: 31 }, { partner_age: 27 }] }`. Inside an
 * instance `${item}` reads that instance's answer; outside, `count(${section})` counts instances and
 * `sum(${item})` adds an item over them.
 */
export const SectionRepeat = z.strictObject({
  /** Fewest instances a respondent must give (default 0). */
  min: z.number().int().min(0).max(REPEAT_MAX_INSTANCES).optional(),
  /** Most instances (default and cap {@link REPEAT_MAX_INSTANCES}). */
  max: z.number().int().min(1).max(REPEAT_MAX_INSTANCES).optional(),
  /** A number of instances computed from earlier answers (XLSForm `repeat_count`): `${household_size}`. */
  count: Expression.optional(),
  /** What one instance is called ("Partner"), shown numbered: "Partner 2". */
  instanceLabel: LocalizedText.optional(),
});
export type SectionRepeat = z.infer<typeof SectionRepeat>;

export const Section = z.strictObject({
  id: Identifier,
  sourceName: SourceName.optional(),
  title: LocalizedText,
  description: LocalizedText.optional(),
  showIf: Condition.optional(),
  /** Present when the section is asked once per instance; see {@link SectionRepeat}. */
  repeat: SectionRepeat.optional(),
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

/** A lookup table's name, as `pulldata('sampleList', …)` names it (XLSForm's media file without `.csv`). */
export const LookupName = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]{0,62}$/,
    'must start with a letter and use only letters, digits, _ and - (the CSV file name without .csv)',
  );

/**
 * A table a form looks values up in (XLSForm's form media CSV, read by
 * `pulldata('table', 'column', 'key column', key)`): the first row whose key column equals the
 * key gives the value. It travels with the survey to every monitor's phone, so it holds reference
 * data (areas, sites, coordinates), never anything about respondents.
 */
export const LookupTable = z
  .strictObject({
    /** The CSV's header, in order; unique. */
    columns: z
      .array(z.string().trim().min(1, 'a column needs a name').max(100))
      .min(1, 'a lookup table needs at least one column')
      .max(LOOKUP_MAX_COLUMNS, `a lookup table has at most ${LOOKUP_MAX_COLUMNS} columns`),
    /** The rows, each with one text per column. */
    rows: z
      .array(z.array(z.string().max(1_000, 'a lookup cell holds at most 1,000 characters')))
      .max(LOOKUP_MAX_ROWS, `a lookup table has at most ${LOOKUP_MAX_ROWS} rows`),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.columns.forEach((column, i) => {
      if (seen.has(column))
        ctx.addIssue({ code: 'custom', path: ['columns', i], message: `column "${column}" appears twice` });
      seen.add(column);
    });
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `row ${i + 1} has ${row.length} values for ${table.columns.length} columns`,
        });
    });
  });
export type LookupTable = z.infer<typeof LookupTable>;

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
  /**
   * Single-choice questions results are most often filtered or broken down by (gender, key
   * population, age band, the service used): their counts are kept per answer in advance, so such
   * results read as fast as unfiltered ones. Other questions can still be filtered by, more slowly.
   */
  disaggregateBy: z.array(Identifier).max(8, 'declare at most 8 disaggregation questions').optional(),
  /** Tables `pulldata()` reads, by name; see {@link LookupTable}. */
  lookups: z
    .record(LookupName, LookupTable)
    .optional()
    .superRefine((lookups, ctx) => {
      const tables = Object.values(lookups ?? {});
      if (tables.length > LOOKUP_MAX_TABLES)
        ctx.addIssue({
          code: 'custom',
          message: `a survey carries at most ${LOOKUP_MAX_TABLES} lookup tables`,
        });
      const cells = tables.reduce((sum, t) => sum + t.rows.length * t.columns.length, 0);
      if (cells > LOOKUP_MAX_CELLS)
        ctx.addIssue({
          code: 'custom',
          message: `lookup tables hold ${cells} cells; at most ${LOOKUP_MAX_CELLS} travel with a survey`,
        });
    }),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
/** What an author writes; the same as the parsed shape since the model adds no defaults. */
export type SurveyDefinitionInput = z.input<typeof SurveyDefinition>;
