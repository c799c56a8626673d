import type { SurveyDefinition } from '@kolo/schema';

/**
 * What Collect relies on in each published survey to list it and draw its form: the server has
 * already checked the whole definition with `parseSurvey` when it was published, so the phone only
 * makes sure the answer has this shape (a version-skewed answer is refused with a message, not drawn
 * half-broken): `{ surveys: [{ id, version, locales: [≥1], title: { locale: text }, sections: [≥1
 * { id, items: [{ id, kind }] }] }] }`, other keys kept as sent. Plain code, no zod: zod was the
 * largest part of a monitor's download, and this is the only shape the phone checks.
 */

/** The first problem found, where (`surveys.0.sections`) and what. */
class ShapeError extends Error {
  constructor(
    readonly path: readonly (string | number)[],
    readonly problem: string,
  ) {
    super(problem);
  }
}

type Json = Record<string, unknown>;

/** The type a value is named by in a message, as zod named it: `array`, `null`, `undefined`. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function refuse(path: readonly (string | number)[], expected: string, value: unknown): never {
  throw new ShapeError(path, `Invalid input: expected ${expected}, received ${typeName(value)}`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string') refuse(path, 'string', value);
  return value;
}

function list(value: unknown, path: readonly (string | number)[]): readonly unknown[] {
  if (!Array.isArray(value)) refuse(path, 'array', value);
  return value;
}

/** Each element checked in order, holes included (as `undefined`, which `map` would skip). */
function each<T>(values: readonly unknown[], check: (value: unknown, index: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < values.length; i++) out.push(check(values[i], i));
  return out;
}

function atLeastOne<T>(values: readonly T[], path: readonly (string | number)[]): readonly T[] {
  if (values.length === 0) throw new ShapeError(path, 'Too small: expected array to have >=1 items');
  return values;
}

/** A copy of an object with its checked keys first, then the rest as sent (never `__proto__`). */
function withRest(checked: Json, source: Json): Json {
  for (const key in source) {
    if (key === '__proto__' || Object.hasOwn(checked, key)) continue;
    checked[key] = source[key];
  }
  return checked;
}

function object(value: unknown, path: readonly (string | number)[]): Json {
  if (!isObject(value)) refuse(path, 'object', value);
  return value;
}

function item(value: unknown, path: readonly (string | number)[]): Json {
  const source = object(value, path);
  return withRest(
    { id: text(source.id, [...path, 'id']), kind: text(source.kind, [...path, 'kind']) },
    source,
  );
}

function section(value: unknown, path: readonly (string | number)[]): Json {
  const source = object(value, path);
  const id = text(source.id, [...path, 'id']);
  const items = each(list(source.items, [...path, 'items']), (entry, i) =>
    item(entry, [...path, 'items', i]),
  );
  return withRest({ id, items }, source);
}

function title(value: unknown, path: readonly (string | number)[]): Record<string, string> {
  if (!isObject(value)) refuse(path, 'record', value);
  const copy: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    copy[key] = text(value[key], [...path, key]);
  }
  return copy;
}

function survey(value: unknown, path: readonly (string | number)[]): Json {
  const source = object(value, path);
  const id = text(source.id, [...path, 'id']);
  if (typeof source.version !== 'number' || !Number.isFinite(source.version))
    refuse([...path, 'version'], 'number', source.version);
  const locales = atLeastOne(
    each(list(source.locales, [...path, 'locales']), (locale, i) => text(locale, [...path, 'locales', i])),
    [...path, 'locales'],
  );
  const surveyTitle = title(source.title, [...path, 'title']);
  const sections = atLeastOne(
    each(list(source.sections, [...path, 'sections']), (entry, i) =>
      section(entry, [...path, 'sections', i]),
    ),
    [...path, 'sections'],
  );
  return withRest({ id, version: source.version, locales, title: surveyTitle, sections }, source);
}

/** The published surveys' answer, checked for the shape Collect draws. */
export function readPublishedSurveys(body: unknown): { surveys: SurveyDefinition[] } {
  try {
    const answer = object(body, []);
    const surveys = each(list(answer.surveys, ['surveys']), (entry, i) => survey(entry, ['surveys', i]));
    // the definitions were checked in full on publishing; the shape above is what the form reads
    return { surveys: surveys as unknown as SurveyDefinition[] };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const where = error.path.join('.') || 'answer';
    throw new Error(`The published surveys could not be read: ${where}: ${error.problem}`);
  }
}
