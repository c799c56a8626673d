import { type Db, indicatorStandards } from '@kolo/db';
import type { Indicator, SurveyDefinition } from '@kolo/schema';
import { libraryStandard } from '@kolo/surveys';
import { and, eq } from 'drizzle-orm';
import { ApiError } from '../errors.ts';

/** Where a standard comes from: set by staff, shipped with the library survey, or none yet. */
export type StandardOrigin = 'custom' | 'library';

/** The standard an indicator is held to, as the scorecard and the editor read it. */
export interface IndicatorStandard {
  readonly direction: 'higher' | 'lower';
  readonly green: number;
  readonly amber: number;
  readonly target: number | null;
  readonly source: string | null;
  readonly origin: StandardOrigin;
}

/** One indicator of a survey with its standard (null when it has none). */
export interface IndicatorWithStandard {
  readonly id: string;
  readonly kind: Indicator['kind'];
  readonly label: Record<string, string>;
  /** Which way is good: the indicator's own `better`, else the standard's, else higher. */
  readonly direction: 'higher' | 'lower';
  /** Whether the direction is fixed by the survey (staff cannot turn it round). */
  readonly directionFixed: boolean;
  /** Highest value the indicator takes (100 for shares and scale means; none for counts). */
  readonly max: number | null;
  readonly standard: IndicatorStandard | null;
}

/** One standard as staff send it. */
export interface StandardInput {
  readonly indicatorId: string;
  readonly green: number;
  readonly amber: number;
  readonly target?: number | null | undefined;
  readonly source?: string | null | undefined;
  readonly direction?: 'higher' | 'lower' | undefined;
}

/** Every indicator of a survey with the standard it is held to in the organization. */
export async function standardsOf(
  db: Db,
  orgId: string,
  survey: SurveyDefinition,
): Promise<IndicatorWithStandard[]> {
  const rows = await db
    .select()
    .from(indicatorStandards)
    .where(and(eq(indicatorStandards.orgId, orgId), eq(indicatorStandards.surveyId, survey.id)));
  const custom = new Map(rows.map((r) => [r.indicatorId, r]));
  return (survey.indicators ?? []).map((indicator) => {
    const own = custom.get(indicator.id);
    const library = libraryStandard(survey.id, indicator.id);
    const standard: IndicatorStandard | null = own
      ? {
          direction: indicator.better ?? own.direction,
          green: own.green,
          amber: own.amber,
          target: own.target,
          source: own.source,
          origin: 'custom',
        }
      : library
        ? {
            direction: indicator.better ?? library.direction,
            green: library.green,
            amber: library.amber,
            target: library.target,
            source: library.source,
            origin: 'library',
          }
        : null;
    return {
      id: indicator.id,
      kind: indicator.kind,
      label: indicator.label,
      direction: standard?.direction ?? indicator.better ?? 'higher',
      directionFixed: indicator.better !== undefined,
      max: indicator.kind === 'count' ? null : 100,
      standard,
    };
  });
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Check staff's standards against the survey: known indicators, each once, values on the
 * indicator's scale, thresholds in the order the direction needs. Throws a 422 saying what to fix.
 */
export function checkStandards(survey: SurveyDefinition, inputs: readonly StandardInput[]): void {
  const byId = new Map((survey.indicators ?? []).map((i) => [i.id, i]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const [index, input] of inputs.entries()) {
    const at = `standards.${index} (${input.indicatorId})`;
    const indicator = byId.get(input.indicatorId);
    if (!indicator) {
      problems.push(`${at}: this survey has no indicator "${input.indicatorId}"`);
      continue;
    }
    if (seen.has(input.indicatorId)) problems.push(`${at}: the indicator is listed twice; keep one`);
    seen.add(input.indicatorId);
    if (indicator.better && input.direction && input.direction !== indicator.better) {
      problems.push(
        `${at}: the survey says a ${indicator.better} value is better for this indicator; leave out direction or send "${indicator.better}"`,
      );
    }
    const direction =
      indicator.better ?? input.direction ?? libraryStandard(survey.id, indicator.id)?.direction ?? 'higher';
    const max = indicator.kind === 'count' ? Number.POSITIVE_INFINITY : 100;
    const values: Array<[string, number | null | undefined]> = [
      ['green', input.green],
      ['amber', input.amber],
      ['target', input.target],
    ];
    for (const [name, value] of values) {
      if (value === null || value === undefined) continue;
      if (!Number.isFinite(value) || value < 0 || value > max) {
        problems.push(
          `${at}: ${name} must be ${max === 100 ? 'between 0 and 100 (a percentage or index)' : 'a count of 0 or more'}`,
        );
      }
    }
    if (direction === 'higher' && !(input.green > input.amber)) {
      problems.push(
        `${at}: higher is better here, so the green threshold (${fmt(input.green)}) must be above the amber one (${fmt(input.amber)})`,
      );
    }
    if (direction === 'lower' && !(input.green < input.amber)) {
      problems.push(
        `${at}: lower is better here, so the green threshold (${fmt(input.green)}) must be below the amber one (${fmt(input.amber)})`,
      );
    }
  }
  if (problems.length)
    throw new ApiError(422, 'invalid', problems.join('; '), { errors: { standards: problems } });
}

/**
 * Replace the organization's own standards for a survey: indicators sent get these standards,
 * those left out go back to the library's default (or none).
 */
export async function saveStandards(
  db: Db,
  orgId: string,
  survey: SurveyDefinition,
  inputs: readonly StandardInput[],
  userId: string,
): Promise<void> {
  checkStandards(survey, inputs);
  const byId = new Map((survey.indicators ?? []).map((i) => [i.id, i]));
  await db.transaction(async (tx) => {
    await tx
      .delete(indicatorStandards)
      .where(and(eq(indicatorStandards.orgId, orgId), eq(indicatorStandards.surveyId, survey.id)));
    if (inputs.length === 0) return;
    await tx.insert(indicatorStandards).values(
      inputs.map((input) => ({
        orgId,
        surveyId: survey.id,
        indicatorId: input.indicatorId,
        direction:
          byId.get(input.indicatorId)?.better ??
          input.direction ??
          libraryStandard(survey.id, input.indicatorId)?.direction ??
          'higher',
        green: input.green,
        amber: input.amber,
        target: input.target ?? null,
        source: input.source?.trim() || null,
        updatedBy: userId,
      })),
    );
  });
}
