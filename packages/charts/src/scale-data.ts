import { type Choice, choicesOf, type Item, resolveText, type SurveyDefinition } from '@kolo/schema';
import { isWithheld } from './choice-data.ts';
import type { QuestionResult, ValueCount } from './results.ts';

/** One figure of a scale row; `n` and `share` are null when withheld. */
export interface ScaleCell {
  n: number | null;
  share: number | null;
  suppressed: boolean;
}

/** One row of a likert item or matrix: the scale's figures for one statement or stage. */
export interface ScaleRow {
  id: string;
  label: string;
  n: number | null;
  suppressed: boolean;
  cells: ReadonlyMap<string, ScaleCell>;
}

/** How a scale's choices are drawn: scored ones split around the middle, "not applicable" apart. */
export interface ScaleLayout {
  /** Scored choices below the middle, strongest (leftmost) first. */
  negative: readonly Choice[];
  /** The middle choice of an odd scale. */
  neutral: Choice | undefined;
  /** Scored choices above the middle, mildest first. */
  positive: readonly Choice[];
  /** "Not applicable / don't know" choices, drawn apart. */
  notApplicable: readonly Choice[];
}

/** Split a scale into negative half, neutral middle (odd count) and positive half; "not applicable" apart. */
export function scaleLayout(choices: readonly Choice[]): ScaleLayout {
  const scored = choices.filter((c) => !c.notApplicable);
  const half = Math.floor(scored.length / 2);
  const odd = scored.length % 2 === 1;
  return {
    negative: scored.slice(0, half),
    neutral: odd ? scored[half] : undefined,
    positive: scored.slice(half + (odd ? 1 : 0)),
    notApplicable: choices.filter((c) => c.notApplicable),
  };
}

/** Rungs of the participation ladder, lowest first, as words found in choice values or English labels. */
const LADDER_RUNGS = [/not|non|no_?involve/, /inform/, /consult/, /partner/, /delegat/, /control/];

function rungOf(choice: Choice): number {
  const text = `${choice.value} ${choice.label.en ?? ''}`.toLowerCase();
  // "not involved" also contains no later rung word, so test from the top rung down
  for (let i = LADDER_RUNGS.length - 1; i >= 0; i -= 1) if (LADDER_RUNGS[i]?.test(text)) return i;
  return -1;
}

/**
 * Whether a choice list is a participation ladder (not involved -> informed -> consulted ->
 * partnership -> delegated power -> community control): at least four scored choices that climb
 * those rungs in order.
 */
export function isParticipationLadder(choices: readonly Choice[]): boolean {
  const scored = choices.filter((c) => !c.notApplicable);
  if (scored.length < 4) return false;
  const rungs = scored.map(rungOf);
  return rungs.every((r, i) => r >= 0 && (i === 0 || r > (rungs[i - 1] ?? -1)));
}

function cellsOf(counts: readonly ValueCount[], result: Pick<QuestionResult, 'suppressed'>) {
  const cells = new Map<string, ScaleCell>();
  for (const count of counts) {
    const suppressed = isWithheld(count, result);
    cells.set(count.value, {
      n: suppressed ? null : count.n,
      share: suppressed ? null : count.share,
      suppressed,
    });
  }
  return cells;
}

/** The rows of a likert item (one row, labelled `singleLabel`) or a matrix (one per matrix row). */
export function scaleRows(item: Item, result: QuestionResult, locale: string, singleLabel = ''): ScaleRow[] {
  if (item.kind !== 'matrix') {
    return [
      {
        id: item.id,
        label: singleLabel,
        n: result.n,
        suppressed: result.suppressed,
        cells: cellsOf(result.counts, result),
      },
    ];
  }
  return item.rows.map((row) => {
    const found = result.rows?.find((r) => r.id === row.id);
    const suppressed = result.suppressed || (found?.suppressed ?? false);
    return {
      id: row.id,
      label: resolveText(row.label, locale),
      n: suppressed ? null : (found?.n ?? null),
      suppressed,
      cells: cellsOf(found?.counts ?? [], { suppressed }),
    };
  });
}

/** The choices of a scale item, for callers that hold only the item. */
export function scaleChoices(definition: SurveyDefinition, item: Item): readonly Choice[] {
  return choicesOf(definition, item);
}
