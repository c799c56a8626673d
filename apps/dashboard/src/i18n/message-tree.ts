/** A table of UI strings as the message files write it: nested objects of strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Every string of a message tree, keyed by its dotted path (`scorecard.legend`). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flattenMessages(value, path)) out.set(p, v);
  }
  return out;
}

/** Languages every message set is written in; Serbian in Latin script (`sr-Latn`) is derived from `sr`. */
export const WRITTEN_LANGUAGES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr'] as const;

/** Letters Serbian Cyrillic never uses (Russian, Ukrainian) and the Latin ones of `sr-Latn`, never written by hand. */
const NOT_SERBIAN_CYRILLIC = /[йщьъыэюяёіїєґЙЩЬЪЫЭЮЯЁІЇЄҐčćđšžČĆĐŠŽ]/;
/** Romanian ș and ț take a comma below; the cedilla forms are a common encoding mistake. */
const CEDILLA = /[şţŞŢ]/;

/**
 * The strings of a Romanian or Serbian message tree written in the wrong letters, as `key: value`:
 * Serbian only in Serbian Cyrillic (no Russian or Ukrainian letters, no hand-written Latin
 * transliteration), Romanian with ș and ț.
 */
export function wrongLetters(code: string, tree: MessageTree): string[] {
  const pattern = code === 'sr' ? NOT_SERBIAN_CYRILLIC : code === 'ro' ? CEDILLA : undefined;
  if (!pattern) return [];
  return [...flattenMessages(tree)].filter(([, value]) => pattern.test(value)).map(([k, v]) => `${k}: ${v}`);
}
