import { type Db, surveyVersions } from '@kolo/db';
import { type Item, otherKey, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { and, eq } from 'drizzle-orm';

/** Whether an item's answers could identify someone: marked `sensitive`, or free text. */
export function isSensitiveItem(item: Item): boolean {
  return item.kind === 'text' || ('sensitive' in item && item.sensitive === true);
}

/**
 * The answer keys a row of this version may return: the keys of that version's questions, without
 * sensitive ones and "please specify" texts unless `includeSensitive`. An allow-list, so a key the
 * version does not name (a question dropped later, or never asked) is never returned. A repeat
 * section's items are listed as `section.item` (the keys inside each instance), and the section's
 * own id once any of them is allowed.
 */
export function allowedAnswerKeys(
  definition: SurveyDefinition,
  includeSensitive: boolean,
): ReadonlySet<string> {
  const allowed = new Set<string>();
  for (const { item, section } of surveyItems(definition)) {
    if (item.kind === 'note') continue;
    const prefix = section.repeat === undefined ? '' : `${section.id}.`;
    const before = allowed.size;
    if (includeSensitive || !isSensitiveItem(item)) allowed.add(`${prefix}${item.id}`);
    const hasOther = (item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other;
    if (hasOther && includeSensitive) allowed.add(`${prefix}${otherKey(item.id)}`);
    if (prefix && allowed.size > before) allowed.add(section.id);
  }
  return allowed;
}

/** One instance of a repeat section with only the keys `allowed` lists as `section.key`. */
function pickInstance(
  instance: unknown,
  sectionId: string,
  allowed: ReadonlySet<string>,
): Record<string, unknown> {
  if (instance === null || typeof instance !== 'object' || Array.isArray(instance)) return {};
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(instance))
    if (allowed.has(`${sectionId}.${key}`)) picked[key] = value;
  return picked;
}

/**
 * A new answers object with only the allowed keys the row holds itself; a repeat section's
 * instances each keep only their allowed items, so a sensitive item inside a repeat stays out.
 */
export function pickAnswers(
  answers: Record<string, unknown>,
  allowed: ReadonlySet<string>,
): Record<string, unknown> {
  const picked: Array<[string, unknown]> = [];
  for (const key of allowed) {
    if (key.includes('.') || !Object.hasOwn(answers, key)) continue;
    const value = answers[key];
    const isRepeat = Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object');
    picked.push([key, isRepeat ? (value as unknown[]).map((v) => pickInstance(v, key, allowed)) : value]);
  }
  return Object.fromEntries(picked);
}

/** Nothing: the allow-list of a row whose version is not found, so an unknown row shows no answers. */
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The allow-list of each published version of a survey, read once per request: a row's answers
 * are judged by the version it was collected with, never by the latest.
 */
export async function versionAllowLists(
  db: Db,
  orgId: string,
  surveyId: string,
  includeSensitive: boolean,
): Promise<(version: number) => ReadonlySet<string>> {
  const versions = await db
    .select({ version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.orgId, orgId), eq(surveyVersions.surveyId, surveyId)));
  const lists = new Map(
    versions.map((v) => [v.version, allowedAnswerKeys(v.definition as SurveyDefinition, includeSensitive)]),
  );
  return (version) => lists.get(version) ?? NOTHING;
}
