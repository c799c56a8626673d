/**
 * Serbian is written in two scripts that map letter for letter: texts are kept in Cyrillic (`sr`)
 * and a reader who chose Latin (`sr-Latn`) gets them transliterated, so no text is kept twice and
 * the two can never drift apart.
 */

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

/** The locale that reads Serbian in Latin script. */
export const SERBIAN_LATIN = 'sr-Latn';

/** True for a locale that reads Serbian in Latin script (`sr-Latn`, `sr-Latn-RS`). */
export function isSerbianLatin(locale: string): boolean {
  return /^sr-Latn(-|$)/i.test(locale);
}

/** One Cyrillic letter in Latin, keeping case: `Љ` is `Lj` before a lower-case letter, `LJ` in caps. */
function latinLetter(letter: string, next: string | undefined): string {
  const lower = letter.toLowerCase();
  const latin = CYRILLIC_TO_LATIN[lower];
  if (latin === undefined) return letter;
  if (lower === letter) return latin;
  const nextIsUpper = next !== undefined && next !== next.toLowerCase();
  return nextIsUpper || latin.length === 1
    ? latin.toUpperCase()
    : (latin[0] ?? '').toUpperCase() + latin.slice(1);
}

/**
 * Serbian Cyrillic text in Latin script; anything else (digits, placeholders such as `{{count}}`,
 * Latin words) is kept as it is.
 * @example toSerbianLatin('Љубав и њега') // 'Ljubav i nega'
 */
export function toSerbianLatin(text: string): string {
  let out = '';
  // placeholders name variables: `{{ count }}`, `{max}` and `${field}` are never transliterated
  const parts = text.split(/(\{\{[^}]*\}\}|\$\{[^}]*\}|\{[^}]*\})/);
  for (const [index, part] of parts.entries()) {
    if (index % 2 === 1) {
      out += part;
      continue;
    }
    const letters = [...part];
    for (const [i, letter] of letters.entries()) out += latinLetter(letter, letters[i + 1]);
  }
  return out;
}

/**
 * A text found for `locale` in the script that locale reads: Serbian Cyrillic becomes Latin for
 * `sr-Latn`; any other text is returned as it is.
 */
export function inLocaleScript(locale: string, text: string): string {
  return isSerbianLatin(locale) ? toSerbianLatin(text) : text;
}
