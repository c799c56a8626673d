import { type SurveyDefinition, surveyItems } from '@kolo/schema';

/** What a new version changes against the previous one, by item id. */
export interface ChangeSummary {
  added: string[];
  removed: string[];
  changed: string[];
  note?: string;
}

export function summarizeChanges(
  previous: SurveyDefinition | undefined,
  next: SurveyDefinition,
  note?: string,
): ChangeSummary {
  const before = new Map(
    (previous ? surveyItems(previous) : []).map((e) => [e.item.id, JSON.stringify(e.item)]),
  );
  const after = new Map(surveyItems(next).map((e) => [e.item.id, JSON.stringify(e.item)]));
  const summary: ChangeSummary = {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.entries()]
      .filter(([id, json]) => before.has(id) && before.get(id) !== json)
      .map(([id]) => id),
  };
  if (note) summary.note = note;
  return summary;
}
