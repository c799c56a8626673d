import {
  choicesOf,
  type Item,
  OTHER_VALUE,
  otherKey,
  REPEAT_MAX_INSTANCES,
  resolveText,
  type Section,
} from '@kolo/schema';
import { code, type DescribeContext, fill } from './describe.ts';
import { quote } from './labels.ts';
import { type RepeatLabels, repeatLabels } from './repeat-labels.ts';

/** The columns the export starts each repeat row with (apps/api/src/export/repeat-rows.ts). */
const LINK_COLUMNS = ['_submission_id', '_index'] as const;
/** The main table's column the `_submission_id` of a repeat row matches (apps/api/src/export/write-export.ts). */
const MAIN_ID_COLUMN = 'submission_id';

/** What a repeat table needs beyond the codebook's context: the repeat words in the reader's language. */
interface RepeatContext extends DescribeContext {
  readonly words: RepeatLabels;
}

function withWords(ctx: DescribeContext): RepeatContext {
  return { ...ctx, words: repeatLabels([ctx.labelsLocale]) };
}

/** The sections asked once per instance, in the survey's order. */
function repeatSectionsOf(ctx: DescribeContext): Section[] {
  return ctx.definition.sections.filter((s) => s.repeat !== undefined);
}

/**
 * The XLSX sheet names of the main table and each repeat section, as the export makes them
 * (apps/api/src/export/sheet-xml.ts `sheetNames`): at most 31 characters, unique case-blind.
 */
function sheetNamesOf(ctx: DescribeContext): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const wanted of [ctx.definition.id, ...repeatSectionsOf(ctx).map((s) => s.id)]) {
    const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    names.set(wanted, candidate);
  }
  return names;
}

/** Cell text of a Markdown table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The export leaves free text and `sensitive` items out unless sensitive data is asked for (answer-policy.ts). */
function exportedAsSensitive(item: Item): boolean {
  return item.kind === 'text' || ('sensitive' in item && item.sensitive === true);
}

/** An item's answer codes with their labels, as "`yes` = Yes; `no` = No". */
function answerCodes(ctx: DescribeContext, item: Item): string | undefined {
  const { labels, locale } = ctx;
  let pairs: Array<[string, string]> = [];
  if (item.kind === 'yes_no') {
    pairs = (['yes', 'no', ...(item.dontKnow ? ['dont_know' as const] : [])] as const).map((v) => [
      v,
      labels.yesNo[v],
    ]);
  } else if (
    item.kind === 'single_choice' ||
    item.kind === 'multi_choice' ||
    item.kind === 'likert' ||
    item.kind === 'matrix'
  ) {
    pairs = choicesOf(ctx.definition, item).map((c) => [c.value, resolveText(c.label, locale)]);
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
      const label = item.other.label ? resolveText(item.other.label, locale) : labels.otherDefault;
      pairs.push([OTHER_VALUE, label]);
    }
  }
  return pairs.length > 0 ? pairs.map(([value, label]) => `${code(value)} = ${label}`).join('; ') : undefined;
}

/** One item's rows in a repeat table: its column (one per row for a matrix) and its "please specify" text. */
function itemRows(ctx: RepeatContext, item: Item): Array<[string, string]> {
  if (item.kind === 'note') return [];
  const { labels, words, locale } = ctx;
  const flags = [labels.kinds[item.kind]];
  if (item.kind !== 'calculate') flags.push(item.required ? labels.required : labels.optional);
  if (item.sensitive) flags.push(labels.sensitive);
  const codes = answerCodes(ctx, item);
  const tail = [
    ...(codes ? [fill(words.answers, { v: codes })] : []),
    ...(exportedAsSensitive(item) ? [words.onlyWithSensitive] : []),
  ];
  const meaning = (label: string) => `${label} (${flags.join(' · ')})${tail.map((t) => `; ${t}`).join('')}`;
  const title = resolveText(item.label, locale);
  const rows: Array<[string, string]> =
    item.kind === 'matrix'
      ? item.rows.map((row) => [
          `${item.id}.${row.id}`,
          meaning(`${title}: ${resolveText(row.label, locale)}`),
        ])
      : [[item.id, meaning(title)]];
  if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
    rows.push([
      otherKey(item.id),
      `${fill(words.otherText, { code: code(OTHER_VALUE) })}; ${words.onlyWithSensitive}`,
    ]);
  }
  return rows;
}

function repeatTable(ctx: RepeatContext, section: Section, sheet: string): string[] {
  const { words } = ctx;
  const rows: Array<[string, string]> = [
    [LINK_COLUMNS[0], fill(words.submissionId, { column: code(MAIN_ID_COLUMN) })],
    [LINK_COLUMNS[1], words.index],
    ...section.items.flatMap((item) => itemRows(ctx, item)),
  ];
  return [
    `### ${fill(words.table, { table: code(section.id) })}`,
    '',
    fill(words.where, {
      sheet: code(sheet),
      csv: code(`export.csv?repeat=${section.id}`),
      section: code(section.id),
    }),
    words.linkColumns,
    '',
    `| ${words.column} | ${words.meaning} |`,
    '| --- | --- |',
    ...rows.map(([column, meaning]) => `| ${code(column)} | ${cell(meaning)} |`),
    '',
  ];
}

/**
 * The export's tables when a survey has repeat sections: the main table, which says where each
 * repeat section's answers are, then one table per repeat section with every column the export
 * writes for it (`_submission_id`, `_index`, the items). Nothing for a survey without repeats.
 */
export function renderRepeatTables(base: DescribeContext): string[] {
  const repeats = repeatSectionsOf(base);
  if (repeats.length === 0) return [];
  const ctx = withWords(base);
  const { words } = ctx;
  const sheets = sheetNamesOf(ctx);
  return [
    `## ${words.tables}`,
    '',
    fill(words.mainTable, { sheet: code(sheets.get(ctx.definition.id) ?? ''), csv: code('export.csv') }),
    '',
    ...repeats.map((s) => `- ${fill(words.notInMain, { section: code(s.id), table: code(s.id) })}`),
    '',
    ...repeats.flatMap((s) => repeatTable(ctx, s, sheets.get(s.id) ?? s.id)),
  ];
}

/**
 * What a repeat section's heading says: how instances are named and numbered, how many there may
 * be, how their number is computed, and where their answers are. Nothing for a section asked once.
 */
export function renderRepeatNote(base: DescribeContext, section: Section): string[] {
  const { repeat } = section;
  if (!repeat) return [];
  const ctx = withWords(base);
  const { words, locale, labelsLocale } = ctx;
  const name = repeat.instanceLabel ? resolveText(repeat.instanceLabel, locale) : words.instance;
  const example = [1, 2].map((n) => quote(`${name} ${n}`, labelsLocale)).join(', ');
  return [
    fill(words.repeated, { example }),
    fill(words.minMax, {
      min: String(repeat.min ?? 0),
      max: String(repeat.max ?? REPEAT_MAX_INSTANCES),
    }),
    ...(repeat.count ? [fill(words.count, { expr: code(repeat.count) })] : []),
    fill(words.inTable, { table: code(section.id) }),
    '',
  ];
}
