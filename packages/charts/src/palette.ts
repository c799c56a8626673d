/**
 * Okabe & Ito's palette, told apart by people with any common colour-vision deficiency; the first
 * entries have at least 3:1 contrast on white, enough for lines and bars.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

/** Bars of a single series: Okabe-Ito blue, 5:1 on white. */
export const BAR_COLOUR = '#0072B2';
/** Body text, 16:1 on white. */
export const TEXT_COLOUR = '#1F1F1F';
/** Secondary text and axis labels, 7:1 on white. */
export const MUTED_TEXT_COLOUR = '#595959';
/** Stripes of a withheld figure, 4.5:1 on white. */
export const SUPPRESSED_COLOUR = '#767676';
/** "Not applicable / don't know" answers, kept apart from the scale. */
export const NOT_APPLICABLE_COLOUR = '#A6A6A6';
/** The neutral middle of an odd scale. */
export const NEUTRAL_COLOUR = '#D4D4D4';

/** Orange (disagree) to blue (agree), colour-blind safe (after ColorBrewer PuOr/RdBu), strongest first. */
const NEGATIVE_RAMP = ['#B35806', '#E08214', '#FDB863'];
const POSITIVE_RAMP = ['#2166AC', '#4393C3', '#92C5DE'];
/** Viridis steps for the participation ladder, lowest rung first. */
const LADDER_RAMP = ['#FDE725', '#7AD151', '#22A884', '#2A788E', '#414487', '#440154'];

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`.toUpperCase();
}

/** `count` colours spread evenly along `ramp`, interpolated in RGB. */
function spread(ramp: readonly string[], count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [ramp[0] ?? BAR_COLOUR];
  return Array.from({ length: count }, (_, i) => {
    const at = (i / (count - 1)) * (ramp.length - 1);
    const lo = Math.floor(at);
    const a = hexToRgb(ramp[lo] ?? '#000000');
    const b = hexToRgb(ramp[Math.min(lo + 1, ramp.length - 1)] ?? '#000000');
    return rgbToHex(a.map((c, j) => c + ((b[j] ?? c) - c) * (at - lo)));
  });
}

/** Colours of the negative half of a scale, strongest (leftmost) first. */
export function negativeColours(count: number): string[] {
  return spread(NEGATIVE_RAMP, count);
}

/** Colours of the positive half of a scale, mildest (nearest the middle) first. */
export function positiveColours(count: number): string[] {
  return spread(POSITIVE_RAMP, count).reverse();
}

/** Colours of the ladder's rungs, lowest first. */
export function ladderColours(count: number): string[] {
  return spread(LADDER_RAMP, count);
}

function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Black or white, whichever reads better on `fill` (WCAG AA for the labels inside bars). */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
