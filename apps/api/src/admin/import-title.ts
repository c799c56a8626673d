import { type Db, surveys, surveyVersions } from '@kolo/db';
import { and, eq } from 'drizzle-orm';

/** "imported" in the languages kolo writes; a title in another language gets the English word. */
const IMPORTED: Readonly<Record<string, string>> = {
  en: 'imported',
  uk: 'імпортовано',
  ru: 'импортировано',
  pl: 'zaimportowano',
  ky: 'импорттолгон',
  ro: 'importat',
  sr: 'увезено',
};

/**
 * The title an imported survey gets: its own, or, when a survey of the organization already has
 * that title in some language, the title with "(imported YYYY-MM-DD)" in each title's language
 * so the two are told apart in every list (the draft's title stays editable).
 */
export async function distinctImportTitle(
  db: Db,
  orgId: string,
  title: unknown,
  today = new Date(),
): Promise<Record<string, string> | undefined> {
  if (!title || typeof title !== 'object') return undefined;
  const own = Object.entries(title).filter((e): e is [string, string] => typeof e[1] === 'string');
  const rows = await db
    .select({ draft: surveys.draft, definition: surveyVersions.definition })
    .from(surveys)
    .leftJoin(
      surveyVersions,
      and(
        eq(surveyVersions.orgId, surveys.orgId),
        eq(surveyVersions.surveyId, surveys.id),
        eq(surveyVersions.version, surveys.latestVersion),
      ),
    )
    .where(eq(surveys.orgId, orgId));
  const taken = new Set<string>();
  for (const row of rows)
    for (const source of [row.draft, row.definition]) {
      const t = (source as { title?: unknown } | null)?.title;
      if (t && typeof t === 'object')
        for (const value of Object.values(t)) if (typeof value === 'string') taken.add(norm(value));
    }
  if (!own.some(([, value]) => taken.has(norm(value)))) return undefined;
  const day = today.toISOString().slice(0, 10);
  return Object.fromEntries(
    own.map(([language, value]) => {
      const word = IMPORTED[language.split('-')[0] ?? language] ?? IMPORTED.en;
      return [language, `${value} (${word} ${day})`];
    }),
  );
}

const norm = (title: string) => title.trim().toLocaleLowerCase();
