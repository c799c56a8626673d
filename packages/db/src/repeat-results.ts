import {
  allowedValues,
  type InstanceCounts,
  type Item,
  type QuestionResult,
  type RepeatResult,
  type Section,
  type SurveyDefinition,
  type ValueCount,
} from '@kolo/schema';
import type { FactTotal } from './aggregates.ts';
import { instanceFactKey, repeatFactKey, respondentFactKey, WITH_INSTANCES } from './repeat-facts.ts';
import {
  hides,
  type Index,
  numberStats,
  publish,
  ratingValues,
  roundedDistribution,
  valueCounts,
} from './result-figures.ts';
import { hiddenCellsRecoverable } from './suppression.ts';

/**
 * Instance counts per value beside the respondents' counts: a value's instances are withheld whenever
 * its respondents are. When every instance gives one value (`exclusive`), the cells add up to the
 * published instances, so while the hidden cells could be recovered (one hidden, or all 1) the next
 * smallest is withheld too, and if that is not enough all instance figures are.
 */
function instanceCounts(
  perInstance: ReadonlyMap<string, FactTotal> | undefined,
  respondents: readonly ValueCount[],
  exclusive: boolean,
): InstanceCounts {
  const m = perInstance?.get('*')?.n ?? 0;
  const cells: ValueCount[] = respondents.map((r) => ({
    value: r.value,
    n: r.suppressed ? null : (perInstance?.get(r.value)?.n ?? 0),
    share: null,
    suppressed: r.suppressed,
  }));
  const raw = respondents.map((r) => perInstance?.get(r.value)?.n ?? 0);
  while (exclusive && hiddenCellsRecoverable(cells, raw)) {
    let partner = -1;
    for (const [i, cell] of cells.entries()) {
      if (cell.suppressed) continue;
      const n = raw[i] ?? 0;
      const best = raw[partner] ?? 0;
      if (partner < 0 || (n > 0 && (best === 0 || n < best))) partner = i;
    }
    if (partner < 0) break;
    Object.assign(cells[partner] as ValueCount, { n: null, suppressed: true });
  }
  if (exclusive && hiddenCellsRecoverable(cells, raw)) {
    for (const [i, cell] of cells.entries()) Object.assign(cell, { n: null, suppressed: (raw[i] ?? 0) > 0 });
    return { n: null, suppressed: true, counts: cells };
  }
  for (const cell of cells) cell.share = cell.n === null || m === 0 ? null : cell.n / m;
  return { n: m, suppressed: false, counts: cells };
}

/**
 * The published aggregate of a question in a repeated section. `n` and `counts` are of respondents
 * (each once per value given in any instance, so counts do not add up to `n`), withheld under k as
 * for any question; `instances` the same per instance, and `stats` of a number or rating over its
 * instances, published only beside k respondents or more. In bands of k (funders, share links) no
 * instance figure is published (`instances.restricted`, `stats` null): a person's number of instances
 * could be told apart by setting two results that differ by that person against each other.
 */
export function repeatQuestionResult(
  definition: SurveyDefinition,
  item: Item,
  section: Section,
  byQuestion: Index,
  k: number,
  base: number,
): QuestionResult {
  const perRespondent = byQuestion.get(respondentFactKey(item.id));
  const perInstance = byQuestion.get(instanceFactKey(item.id));
  const answered = perRespondent?.get('*')?.n ?? 0;
  const suppressed = hides(answered, k, base);
  const result: QuestionResult = {
    id: item.id,
    kind: item.kind,
    repeat: section.id,
    n: suppressed ? null : publish(answered, base),
    suppressed,
    counts: [],
  };
  let exclusive = false;
  if (item.kind === 'matrix') {
    const order = allowedValues(definition, item) ?? [];
    result.rows = item.rows.map((row) => ({
      id: row.id,
      ...valueCounts(byQuestion.get(respondentFactKey(`${item.id}.${row.id}`)), order, k, false, base),
    }));
  } else if (
    item.kind === 'single_choice' ||
    item.kind === 'multi_choice' ||
    item.kind === 'likert' ||
    item.kind === 'yes_no' ||
    item.kind === 'rating'
  ) {
    const order = item.kind === 'rating' ? ratingValues(item) : (allowedValues(definition, item) ?? []);
    // a respondent may give several values over their instances: the counts are not exclusive
    const respondents = valueCounts(perRespondent, order, k, false, base);
    Object.assign(result, {
      n: respondents.n,
      suppressed: respondents.suppressed,
      counts: respondents.counts,
    });
    exclusive = item.kind !== 'multi_choice';
  }
  const numeric =
    item.kind === 'number' ||
    item.kind === 'rating' ||
    (item.kind === 'calculate' && item.valueType === 'number');
  if (base > 1) {
    result.instances = { n: null, suppressed: false, counts: [], restricted: true };
    if (numeric) result.stats = null;
  } else if (result.suppressed) {
    result.instances = { n: null, suppressed: true, counts: [] };
    if (numeric) result.stats = null;
  } else {
    result.instances = instanceCounts(perInstance, result.counts, exclusive);
    if (numeric) result.stats = numberStats(perInstance ?? new Map(), k);
  }
  return result;
}

/**
 * The published figures of a repeated section: respondents asked, those with at least one instance,
 * all instances and the instances per respondent. Withheld under k respondents: the instances and
 * statistics while 1..k-1 respondents gave any (they would rest on them), the count of those with
 * any also while 1..k-1 gave none (its complement). In bands of k, instances and statistics come from
 * the instance counts k respondents or more gave, each at its band's middle.
 */
export function repeatResult(section: Section, byQuestion: Index, k: number, base: number): RepeatResult {
  const values = new Map(byQuestion.get(repeatFactKey(section.id)) ?? []);
  const asked = values.get('*')?.n ?? 0;
  const withAny = values.get(WITH_INSTANCES)?.n ?? 0;
  values.delete(WITH_INSTANCES);
  const suppressed = hides(asked, k, base);
  const none = asked - withAny;
  const fewWithAny = suppressed || hides(withAny, k, base);
  const withHidden = fewWithAny || (base <= 1 && none > 0 && none < k);
  const distribution = base > 1 ? roundedDistribution(values, base) : values;
  return {
    id: section.id,
    n: suppressed ? null : publish(asked, base),
    suppressed,
    withInstances: withHidden
      ? { n: null, suppressed: true }
      : { n: publish(withAny, base), suppressed: false },
    instances: fewWithAny ? null : (distribution.get('*')?.total ?? 0),
    stats: fewWithAny ? null : numberStats(distribution, k),
  };
}
