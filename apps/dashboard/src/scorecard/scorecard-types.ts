import type { Answer, kolo } from '../api/kolo.ts';

/** A survey's scorecard as `GET /api/surveys/{id}/scorecard` (and a share link's) answers it. */
export type Scorecard = Answer<(typeof kolo.api.surveys)[':id']['scorecard']['$get']>;
export type ScorecardRow = Scorecard['rows'][number];
export type ScorecardCell = ScorecardRow['cells'][number];
export type CellBand = ScorecardCell['band'];
export type Arrow = ScorecardCell['arrow'];
export type ValidationState = Scorecard['validation'];

/** An indicator with the standard it is judged by, as `GET /api/surveys/{id}/standards` lists it. */
export type IndicatorWithStandard = Answer<
  (typeof kolo.api.surveys)[':id']['standards']['$get']
>['indicators'][number];
export type Standard = NonNullable<IndicatorWithStandard['standard']>;
