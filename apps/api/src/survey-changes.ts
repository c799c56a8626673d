import { type ChangeSummary, type SurveyDefinition, surveyItems } from '@kolo/schema';

export type { ChangeSummary };

/** What is added, removed and changed between two maps of JSON by key. */
function difference(before: Map<string, string>, after: Map<string, string>) {
  return {
    added: [...after.keys()].filter((key) => !before.has(key)),
    removed: [...before.keys()].filter((key) => !after.has(key)),
    changed: [...after.entries()]
      .filter(([key, json]) => before.has(key) && before.get(key) !== json)
      .map(([key]) => key),
  };
}

function lookupsOf(definition: SurveyDefinition | undefined): Map<string, string> {
  return new Map(
    Object.entries(definition?.lookups ?? {}).map(([name, table]) => [name, JSON.stringify(table)]),
  );
}

/** What a new version changes against the previous one: items by id, lookup tables by name. */
export function summarizeChanges(
  previous: SurveyDefinition | undefined,
  next: SurveyDefinition,
  note?: string,
): ChangeSummary {
  const items = (definition: SurveyDefinition | undefined) =>
    new Map((definition ? surveyItems(definition) : []).map((e) => [e.item.id, JSON.stringify(e.item)]));
  const summary: ChangeSummary = difference(items(previous), items(next));
  const lookups = difference(lookupsOf(previous), lookupsOf(next));
  if (lookups.added.length + lookups.removed.length + lookups.changed.length > 0) summary.lookups = lookups;
  if (note) summary.note = note;
  return summary;
}
