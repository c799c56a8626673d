import { type CSSProperties, useId } from 'react';
import type { ChartMessages } from './messages.ts';
import { fewerThanText } from './messages.ts';
import { SUPPRESSED_COLOUR } from './palette.ts';

/** Hides text from sight but not from screen readers. */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** A document-unique id for the hatch pattern of one chart, safe inside `url(#...)`. */
export function usePatternId(): string {
  return `kolo-hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** The diagonal hatch that marks a withheld figure in the chart; referenced as `url(#id)`. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <svg aria-hidden="true" width={0} height={0} style={{ position: 'absolute' }} focusable="false">
      <defs>
        <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#F2F2F2" />
          <line x1={0} y1={0} x2={0} y2={6} stroke={SUPPRESSED_COLOUR} strokeWidth={2} />
        </pattern>
      </defs>
    </svg>
  );
}

interface SuppressedValueProps {
  k: number;
  locale: string;
  messages: ChartMessages;
  /** Show a dash instead of "<k" (for shares, where "<5" would read as a percentage). */
  dash?: boolean;
}

/** A withheld figure in a table: "<5" to the eye, "fewer than 5 responses" to a screen reader; never 0. */
export function SuppressedValue({ k, locale, messages, dash = false }: SuppressedValueProps) {
  const text = fewerThanText(messages, k, locale);
  return (
    <span className="kolo-suppressed" title={text}>
      <span aria-hidden="true">{dash ? '–' : `<${new Intl.NumberFormat(locale).format(k)}`}</span>
      <span style={VISUALLY_HIDDEN}>{text}</span>
    </span>
  );
}
