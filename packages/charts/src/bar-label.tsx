import type { LabelProps } from 'recharts';
import { TEXT_COLOUR } from './palette.ts';

/**
 * A LabelList `content` that writes `text(value)` just past the end of a horizontal bar on one
 * line, in body-text colour (recharts' default grey is below WCAG AA for small text).
 */
export function barEndLabel(
  text: (value: unknown, index: number | undefined) => string,
  fill: string = TEXT_COLOUR,
  fontSize = 12,
) {
  return function renderBarEnd(props: LabelProps) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const width = Number(props.width ?? 0);
    const height = Number(props.height ?? 0);
    const label = text(props.value, props.index);
    if (!label) return null;
    return (
      <text x={x + width + 4} y={y + height / 2} dominantBaseline="central" fontSize={fontSize} fill={fill}>
        {label}
      </text>
    );
  };
}

/**
 * A LabelList `content` that writes `text(value)` inside a segment when it fits, in black or white
 * as `colour(index)` needs for contrast.
 */
export function segmentLabel(text: (value: unknown) => string, colour: (index: number) => string) {
  return function renderSegment(props: LabelProps) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const width = Number(props.width ?? 0);
    const height = Number(props.height ?? 0);
    const label = text(props.value);
    if (!label || Math.abs(width) < label.length * 7 + 4) return null;
    return (
      <text
        x={x + width / 2}
        y={y + height / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={11}
        fill={colour(props.index ?? 0)}
      >
        {label}
      </text>
    );
  };
}
