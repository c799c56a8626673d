import { MUTED_TEXT_COLOUR, SUPPRESSED_COLOUR } from './palette.ts';

/** One key of a legend: a colour swatch (or the hatch of withheld figures) and its label. */
export interface LegendEntry {
  label: string;
  colour?: string;
  hatched?: boolean;
  /** Draw a line sample instead of a square, with this dash pattern. */
  dash?: string;
}

/** A legend as an HTML list, so long labels wrap on small screens and screen readers read it in order. */
export function ChartLegend({ entries, title }: { entries: readonly LegendEntry[]; title?: string }) {
  return (
    <div className="kolo-chart-legend" style={{ fontSize: '0.875em' }}>
      {title && <span style={{ color: MUTED_TEXT_COLOUR }}>{title} </span>}
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.25rem 1rem',
          listStyle: 'none',
          margin: 0,
          padding: 0,
        }}
      >
        {entries.map((entry) => (
          <li key={entry.label} style={{ display: 'flex', alignItems: 'center', gap: '0.375rem' }}>
            <Swatch entry={entry} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Swatch({ entry }: { entry: LegendEntry }) {
  if (entry.dash !== undefined) {
    return (
      <svg width={24} height={10} aria-hidden="true" focusable="false">
        <line
          x1={0}
          y1={5}
          x2={24}
          y2={5}
          stroke={entry.colour}
          strokeWidth={2}
          strokeDasharray={entry.dash}
        />
      </svg>
    );
  }
  const background = entry.hatched
    ? `repeating-linear-gradient(45deg, ${SUPPRESSED_COLOUR} 0 2px, #F2F2F2 2px 5px)`
    : entry.colour;
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 12,
        height: 12,
        flex: 'none',
        background,
        border: `1px solid ${MUTED_TEXT_COLOUR}`,
      }}
    />
  );
}
