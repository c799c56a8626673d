/** A colour band, `withheld` for too few respondents, `none` without a standard or data. */
export type CellBand = 'green' | 'amber' | 'red' | 'none' | 'withheld';
export type Arrow = 'up' | 'down' | 'same' | 'unknown';

/** The standard an indicator is held to. */
export interface Standard {
  direction: 'higher' | 'lower';
  green: number;
  amber: number;
  target: number | null;
  source: string | null;
  origin: 'custom' | 'library';
}

/** An indicator of a survey with its standard. */
export interface IndicatorWithStandard {
  id: string;
  kind: 'scale_mean' | 'share' | 'count';
  label: Record<string, string>;
  direction: 'higher' | 'lower';
  directionFixed: boolean;
  max: number | null;
  standard: Standard | null;
}

export interface ScorecardCell {
  indicatorId: string;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  band: CellBand;
  previous: number | null;
  arrow: Arrow;
}

export interface ScorecardRow {
  key: string;
  label: string;
  country: string;
  city: string | null;
  siteIds: string[];
  n: number | null;
  suppressed: boolean;
  openActions: number | null;
  overdueActions: number | null;
  cells: ScorecardCell[];
  red: number;
  amber: number;
}

export interface ValidationState {
  embargo: boolean;
  withheldMonths: string[];
  preliminaryMonths: string[];
}

/** The scorecard as GET /api/surveys/{id}/scorecard and /api/public/{token}/scorecard send it. */
export interface Scorecard {
  survey: { id: string; version: number; title: Record<string, string> };
  period: { from: string; to: string; label: string | null };
  previous: { from: string; to: string };
  groupBy: 'site' | 'city' | 'country';
  k: number;
  rounding: number | null;
  indicators: IndicatorWithStandard[];
  rows: ScorecardRow[];
  quarters: Array<{ label: string; from: string; to: string }>;
  validation: ValidationState;
}
