/** Keys whose values are localized texts in a definition (the same set `localizedTexts` walks). */
export const TEXT_KEYS = new Set(['title', 'description', 'label', 'hint', 'minLabel', 'maxLabel', 'unit']);

export type PathSegment = string | number;

/**
 * Split a definition path as `parseSurvey` and `localizedTexts` write them into segments.
 * @example parsePath('sections[1].items[0].label') // ['sections', 1, 'items', 0, 'label']
 */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/** The value at `segments` below `root`, or undefined. */
export function getIn(root: unknown, segments: readonly PathSegment[]): unknown {
  let value: unknown = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** A copy of `root` with the value at `segments` replaced (undefined removes an object key). */
export function setIn<T>(root: T, segments: readonly PathSegment[], value: unknown): T {
  const [head, ...rest] = segments;
  if (head === undefined) return value as T;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const base = root !== null && typeof root === 'object' ? (root as Record<string, unknown>) : {};
  const next = setIn(base[head], rest, value);
  const copy: Record<string, unknown> = { ...base };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** A localized text with one locale set, or removed when `value` is empty; undefined when no locale is left. */
export function withText(
  text: Readonly<Record<string, string>> | undefined,
  locale: string,
  value: string,
): Record<string, string> | undefined {
  const copy: Record<string, string> = { ...text };
  if (value.trim() === '') delete copy[locale];
  else copy[locale] = value;
  return Object.keys(copy).length > 0 ? copy : undefined;
}

/** A copy of any part of a definition with one locale's texts removed (conditions are left alone). */
export function stripLocale<T>(value: T, locale: string, key?: string): T {
  if (Array.isArray(value)) return value.map((v) => stripLocale(v, locale)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (key !== undefined && TEXT_KEYS.has(key)) {
    const { [locale]: _removed, ...rest } = value as Record<string, string>;
    return rest as T;
  }
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = k === 'showIf' ? v : stripLocale(v, locale, k);
  return copy as T;
}
