import {
  allowedValues,
  choicesOf,
  type Item,
  OTHER_TEXT,
  otherKey,
  resolveText,
  type Section,
  type SurveyDefinition,
  surveyItems,
  YES_NO_TEXTS,
} from '@kolo/schema';
import { isSensitiveItem } from './answer-policy.ts';

/** One export column: a header and how to read its cell from a submission's answers. */
export interface ExportColumn {
  readonly header: string;
  /** The answer key the cell is read from (a matrix's id for each of its rows). */
  readonly key: string;
  readonly sensitive: boolean;
  read(answers: Record<string, unknown>): string | number | null;
}

export interface ExportOptions {
  /** `code` for stored codes, or a locale for labels in that language. */
  readonly labels: string;
  readonly includeSensitive: boolean;
}

/**
 * An answer as cell text. Stored answers are validated, but a row kept from an older definition can
 * hold another shape: an object is written as JSON, never converted with its own `toString` (which a
 * hostile key can make throw and stop the whole export).
 */
function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function labeler(definition: SurveyDefinition, item: Item, labels: string): (value: string) => string {
  if (labels === 'code') return (v) => v;
  const names = new Map(choicesOf(definition, item).map((c) => [c.value, resolveText(c.label, labels)]));
  if (item.kind === 'yes_no') {
    // a Map, so a stored text such as `__proto__` is never read as the table's prototype
    const table = new Map(
      Object.entries(YES_NO_TEXTS).map(([value, text]) => [value, resolveText(text, labels)]),
    );
    return (v) => table.get(v) ?? v;
  }
  if (allowedValues(definition, item)?.includes('other')) names.set('other', resolveText(OTHER_TEXT, labels));
  return (v) => names.get(v) ?? v;
}

/** The columns of one item: one (one per row for a matrix), and its "please specify" text when asked for. */
function itemColumns(
  definition: SurveyDefinition,
  item: Item,
  options: ExportOptions,
  keyPrefix: string,
): ExportColumn[] {
  if (item.kind === 'note') return [];
  const sensitive = isSensitiveItem(item);
  if (sensitive && !options.includeSensitive) return [];
  const label = labeler(definition, item, options.labels);
  if (item.kind === 'matrix') {
    return item.rows.map((row) => ({
      header: `${item.id}.${row.id}`,
      key: `${keyPrefix}${item.id}`,
      sensitive,
      read: (a: Record<string, unknown>) => {
        const v = (a[item.id] as Record<string, string> | undefined)?.[row.id];
        return v === undefined ? null : label(v);
      },
    }));
  }
  const columns: ExportColumn[] = [
    {
      header: item.id,
      key: `${keyPrefix}${item.id}`,
      sensitive,
      read: (a) => {
        const v = a[item.id];
        if (v === undefined || v === null) return null;
        if (Array.isArray(v)) return v.map((x) => label(answerText(x))).join('; ');
        if (typeof v === 'number') return v;
        return label(answerText(v));
      },
    },
  ];
  if (
    (item.kind === 'single_choice' || item.kind === 'multi_choice') &&
    item.other &&
    options.includeSensitive
  ) {
    const key = otherKey(item.id);
    columns.push({
      header: key,
      key: `${keyPrefix}${key}`,
      sensitive: true,
      read: (a) => (typeof a[key] === 'string' ? (a[key] as string) : null),
    });
  }
  return columns;
}

/**
 * The columns of a survey's export: one per question asked once (one per row for a matrix), and
 * the "please specify" texts. Free text and `sensitive` items only when asked for. A repeat
 * section's items are not here: see {@link repeatColumns}.
 */
export function exportColumns(definition: SurveyDefinition, options: ExportOptions): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const { item, section } of surveyItems(definition)) {
    if (section.repeat !== undefined) continue;
    columns.push(...itemColumns(definition, item, options, ''));
  }
  return columns;
}

/**
 * The texts the survey's closed questions write (each choice as `options.labels` shows it), its
 * own questions and its repeat sections' alike: what the XLSX export keeps once, as shared strings.
 * A sensitive question's choices only when sensitive answers are exported.
 */
export function answerVocabulary(definition: SurveyDefinition, options: ExportOptions): string[] {
  const texts: string[] = [];
  for (const { item } of surveyItems(definition)) {
    if (isSensitiveItem(item) && !options.includeSensitive) continue;
    const values = allowedValues(definition, item);
    if (!values) continue;
    const label = labeler(definition, item, options.labels);
    for (const value of values) texts.push(label(value));
  }
  return texts;
}

/** The sections asked once per instance, in the survey's order. */
export function repeatSections(definition: SurveyDefinition): Section[] {
  return definition.sections.filter((s) => s.repeat !== undefined);
}

/**
 * The columns of one repeat section's instances, read from one instance's record. Their keys are
 * `section.item` (as in `answer-policy.ts`), so a row's version allow-list judges them like the
 * others; free text and `sensitive` items inside the repeat only when asked for.
 */
export function repeatColumns(
  definition: SurveyDefinition,
  section: Section,
  options: ExportOptions,
): ExportColumn[] {
  return section.items.flatMap((item) => itemColumns(definition, item, options, `${section.id}.`));
}

/**
 * One submission's instances of a repeat section, each a record (anything else in the list reads
 * as an instance with no answers, so `_index` still counts as the respondent did).
 */
export function instancesOf(answers: Record<string, unknown>, sectionId: string): Record<string, unknown>[] {
  const list = answers[sectionId];
  if (!Array.isArray(list)) return [];
  return list.map((instance) =>
    instance !== null && typeof instance === 'object' && !Array.isArray(instance)
      ? (instance as Record<string, unknown>)
      : {},
  );
}

/**
 * The columns a row of one version may fill: those whose answer key the version's allow-list
 * holds; every other column reads as empty for that row.
 */
export function columnsForVersion(
  columns: readonly ExportColumn[],
  allowed: ReadonlySet<string>,
): ExportColumn[] {
  return columns.map((column) =>
    allowed.has(column.key)
      ? column
      : { header: column.header, key: column.key, sensitive: column.sensitive, read: () => null },
  );
}

/** The one neutralising rule, shared with the browser's CSVs (see `@kolo/schema`'s spreadsheet-cell.ts). */
export { neutralizeCell, restoreCell } from '@kolo/schema';
