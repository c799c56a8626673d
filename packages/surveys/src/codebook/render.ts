import {
  type Choice,
  type ChoiceItem,
  DEFAULT_TEXT_MAX,
  type Indicator,
  type Item,
  type LocalizedText,
  localeChain,
  OTHER_VALUE,
  otherKey,
  resolveText,
  type Section,
  type SurveyDefinition,
} from '@kolo/schema';
import {
  code,
  type DescribeContext,
  describeCondition,
  describeValue,
  describeValues,
  fill,
} from './describe.ts';
import { CODEBOOK_LOCALES, codebookLabels } from './labels.ts';
import { renderRepeatNote, renderRepeatTables } from './repeat.ts';

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(head: readonly [string, string], rows: ReadonlyArray<readonly [string, string]>): string[] {
  return [
    `| ${head[0]} | ${head[1]} |`,
    '| --- | --- |',
    ...rows.map(([a, b]) => `| ${cell(a)} | ${cell(b)} |`),
    '',
  ];
}

function itemFlags(ctx: DescribeContext, item: Item): string {
  const { labels } = ctx;
  const flags = [labels.kinds[item.kind]];
  if (item.kind !== 'note') {
    if (item.kind !== 'calculate') flags.push(item.required ? labels.required : labels.optional);
    if (item.sensitive) flags.push(labels.sensitive);
  }
  return `**${labels.kind}:** ${flags.join(' · ')}`;
}

function choiceRow(ctx: DescribeContext, choice: Choice): [string, string] {
  const { labels } = ctx;
  const notes = [
    ...(choice.notApplicable ? [labels.notScored] : []),
    ...(choice.exclusive ? [labels.exclusive] : []),
  ];
  const text = resolveText(choice.label, ctx.locale);
  return [code(choice.value), notes.length > 0 ? `${text} (${notes.join('; ')})` : text];
}

/** An item's answers: a table of its own options, or a pointer to its named list, plus "other". */
function choiceDetails(ctx: DescribeContext, item: ChoiceItem): string[] {
  const { labels } = ctx;
  const rows = item.options ? item.options.map((choice) => choiceRow(ctx, choice)) : [];
  if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
    const label = item.other.label ? resolveText(item.other.label, ctx.locale) : labels.otherDefault;
    const stored = fill(labels.otherStored, { key: code(otherKey(item.id)) });
    rows.push([code(OTHER_VALUE), `${label} (${stored})`]);
  }
  return [
    ...(item.choices ? [fill(labels.fromList, { name: code(item.choices) }), ''] : []),
    ...(rows.length > 0 ? table([labels.code, labels.answer], rows) : []),
  ];
}

function renderChoiceLists(ctx: DescribeContext): string[] {
  const lists = Object.entries(ctx.definition.choiceLists ?? {});
  if (lists.length === 0) return [];
  return [
    `## ${ctx.labels.choiceLists}`,
    '',
    ...lists.flatMap(([name, choices]) => [
      `### ${code(name)}`,
      '',
      ...table(
        [ctx.labels.code, ctx.labels.answer],
        choices.map((choice) => choiceRow(ctx, choice)),
      ),
    ]),
  ];
}

function range(min: string | number | undefined, max: string | number | undefined): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  return `${min ?? '…'} – ${max ?? '…'}`;
}

function itemDetails(ctx: DescribeContext, item: Item): string[] {
  const { labels, locale } = ctx;
  const text = (t: LocalizedText | undefined) => resolveText(t, locale);
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
      return choiceDetails(ctx, item);
    case 'multi_choice': {
      const max =
        item.maxSelections === undefined
          ? []
          : [fill(labels.maxSelections, { n: String(item.maxSelections) }), ''];
      return [...max, ...choiceDetails(ctx, item)];
    }
    case 'matrix':
      return [
        ...table(
          [labels.code, labels.row],
          item.rows.map((row) => [code(`${item.id}.${row.id}`), text(row.label)]),
        ),
        ...choiceDetails(ctx, item),
      ];
    case 'yes_no':
      return table(
        [labels.code, labels.answer],
        (['yes', 'no', ...(item.dontKnow ? ['dont_know' as const] : [])] as const).map((v) => [
          code(v),
          labels.yesNo[v],
        ]),
      );
    case 'rating': {
      const min = item.min ?? 1;
      const ends = [
        ...(item.minLabel ? [`${min} = ${text(item.minLabel)}`] : []),
        ...(item.maxLabel ? [`${item.max} = ${text(item.maxLabel)}`] : []),
      ];
      return [
        `**${labels.range}:** ${min} – ${item.max}${ends.length > 0 ? ` (${ends.join('; ')})` : ''}`,
        '',
      ];
    }
    case 'number': {
      const parts = [range(item.min, item.max), item.integer ? labels.integer : undefined].filter(Boolean);
      return [
        ...(parts.length > 0 ? [`**${labels.range}:** ${parts.join(', ')}`, ''] : []),
        ...(item.unit ? [`**${labels.unit}:** ${text(item.unit)}`, ''] : []),
      ];
    }
    case 'text':
      return [fill(labels.maxLength, { n: String(item.maxLength ?? DEFAULT_TEXT_MAX) }), ''];
    case 'date': {
      const span = range(item.min, item.max);
      return span ? [`**${labels.range}:** ${span}`, ''] : [];
    }
    case 'note':
      return [];
    case 'calculate':
      return [code(item.calculation), ''];
  }
}

function renderItem(ctx: DescribeContext, item: Item): string[] {
  const { labels, locale } = ctx;
  return [
    `### ${code(item.id)}: ${resolveText(item.label, locale)}`,
    '',
    itemFlags(ctx, item),
    '',
    ...(item.hint ? [`**${labels.hint}:** ${resolveText(item.hint, locale)}`, ''] : []),
    ...(item.showIf ? [fill(labels.shownIf, { c: describeCondition(ctx, item.showIf) }), ''] : []),
    ...itemDetails(ctx, item),
  ];
}

function renderSection(ctx: DescribeContext, section: Section, index: number): string[] {
  const { labels, locale } = ctx;
  return [
    `## ${labels.section} ${index + 1}: ${resolveText(section.title, locale)} (${code(section.id)})`,
    '',
    ...(section.description ? [resolveText(section.description, locale), ''] : []),
    ...(section.showIf ? [fill(labels.shownIf, { c: describeCondition(ctx, section.showIf) }), ''] : []),
    ...renderRepeatNote(ctx, section),
    ...section.items.flatMap((item) => renderItem(ctx, item)),
  ];
}

function describeIndicator(ctx: DescribeContext, indicator: Indicator): string {
  const { labels } = ctx;
  switch (indicator.kind) {
    case 'scale_mean':
      return fill(labels.scaleMean, { items: indicator.items.map(code).join(', ') });
    case 'share': {
      const exclude = indicator.exclude?.length
        ? fill(labels.shareExclude, {
            v: indicator.exclude.map((v) => describeValue(ctx, indicator.item, v)).join(', '),
          })
        : '';
      return fill(labels.share, {
        q: code(indicator.item),
        v: describeValues(ctx, indicator.item, indicator.values),
        exclude,
      });
    }
    case 'count':
      if (indicator.item === undefined) return labels.countAll;
      if (indicator.values === undefined) return fill(labels.countAnswered, { q: code(indicator.item) });
      return fill(labels.countValues, {
        q: code(indicator.item),
        v: describeValues(ctx, indicator.item, indicator.values),
      });
  }
}

function renderIndicators(ctx: DescribeContext): string[] {
  const indicators = ctx.definition.indicators ?? [];
  if (indicators.length === 0) return [];
  return [
    `## ${ctx.labels.indicators}`,
    '',
    ...indicators.flatMap((indicator) => [
      `### ${code(indicator.id)}: ${resolveText(indicator.label, ctx.locale)}`,
      '',
      ...(indicator.description ? [resolveText(indicator.description, ctx.locale), ''] : []),
      describeIndicator(ctx, indicator),
      '',
    ]),
  ];
}

/**
 * Render a survey's codebook as Markdown for readers of `locale`: every section and item with its
 * id, kind, flags, answer codes and display conditions in words, then how each indicator is computed.
 * @example writeFileSync('codebooks/service-satisfaction.uk.md', renderCodebook(serviceSatisfaction, 'uk'));
 */
export function renderCodebook(definition: SurveyDefinition, locale: string): string {
  const chain = localeChain(locale);
  const labelsLocale = chain.find((l) => CODEBOOK_LOCALES.includes(l)) ?? 'en';
  const items = new Map<string, Item>();
  for (const section of definition.sections) for (const item of section.items) items.set(item.id, item);
  const ctx: DescribeContext = { definition, locale, labels: codebookLabels(chain), labelsLocale, items };
  const { labels } = ctx;
  const lines = [
    `# ${labels.codebook}: ${resolveText(definition.title, locale)}`,
    '',
    ...(definition.description ? [resolveText(definition.description, locale), ''] : []),
    `- **${labels.surveyId}:** ${code(definition.id)}`,
    `- **${labels.version}:** ${definition.version}`,
    `- **${labels.languages}:** ${definition.locales.join(', ')}`,
    '',
    `_${labels.generated}_`,
    '',
    ...renderRepeatTables(ctx),
    ...definition.sections.flatMap((section, index) => renderSection(ctx, section, index)),
    ...renderChoiceLists(ctx),
    ...renderIndicators(ctx),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
