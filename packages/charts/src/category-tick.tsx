import { usePlotArea } from 'recharts';
import { wrapLabel } from './label-wrap.ts';
import { TEXT_COLOUR } from './palette.ts';

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
/** Average glyph width as a share of the font size, for Latin and Cyrillic text. */
const GLYPH = 0.56;

interface CategoryTickProps {
  y: number | string;
  payload: { value: unknown };
  barSize: number;
  /** Room above each bar for its label, in pixels. */
  space: number;
}

/**
 * A category label drawn above its bar across the plot's full width, wrapped and cut with "…" so
 * long labels stay readable on a 360 px screen; the full label is the SVG title.
 */
export function CategoryTick({ y, payload, barSize, space }: CategoryTickProps) {
  const plot = usePlotArea();
  const label = String(payload.value ?? '');
  const width = plot?.width ?? 300;
  const maxLines = Math.max(1, Math.floor((space - 4) / LINE_HEIGHT));
  const lines = wrapLabel(label, width / (FONT_SIZE * GLYPH), maxLines);
  const left = plot?.x ?? 0;
  const baseline = Number(y) - barSize / 2 - 5 - (lines.length - 1) * LINE_HEIGHT;
  return (
    <text
      x={left}
      y={baseline}
      fill={TEXT_COLOUR}
      fontSize={FONT_SIZE}
      textAnchor="start"
      className="kolo-chart-category"
    >
      <title>{label}</title>
      {lines
        .map((line, i) => ({ line, key: `line-${i}`, dy: i === 0 ? 0 : LINE_HEIGHT }))
        .map(({ line, key, dy }) => (
          <tspan key={key} x={left} dy={dy}>
            {line}
          </tspan>
        ))}
    </text>
  );
}
