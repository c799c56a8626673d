import { isSerbianLatin, SERBIAN_LATIN } from '@kolo/schema';

/** Names written in XLSForm language headers (`label::Українська (uk)`), by locale code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ky: 'Кыргызча',
  kk: 'Қазақша',
  tg: 'Тоҷикӣ',
  uz: 'Oʻzbekcha',
  be: 'Беларуская',
  hy: 'Հայերեն',
  ka: 'ქართული',
  az: 'Azərbaycanca',
  ro: 'Română',
  pl: 'Polski',
  sr: 'Српски',
  [SERBIAN_LATIN]: 'Srpski (latinica)',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
};

/**
 * Language names teams write without a code, in English and in the language itself, lower-cased:
 * `label::Arabic`, `label::العربية`, `label::Kiswahili`, `label::chinese`.
 */
const NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['uk', ['ukrainian', 'українська мова']],
  ['ru', ['russian', 'русский язык']],
  ['ky', ['kyrgyz', 'kirghiz', 'кыргыз тили']],
  ['kk', ['kazakh', 'қазақ тілі']],
  ['tg', ['tajik', 'тоҷикӣ']],
  ['uz', ['uzbek', "o'zbekcha", 'ўзбекча']],
  ['be', ['belarusian']],
  ['hy', ['armenian']],
  ['ka', ['georgian']],
  ['az', ['azerbaijani', 'azeri']],
  ['ro', ['romanian', 'moldovan', 'limba română', 'română', 'romana', 'moldovenească']],
  ['pl', ['polish']],
  ['sr', ['serbian', 'srpski', 'српски', 'serbian (cyrillic)', 'српски (ћирилица)', 'srpski (ćirilica)']],
  [SERBIAN_LATIN, ['serbian (latin)', 'serbian latin', 'srpski latinica', 'srpski (latinica)', 'latinica']],
  ['fr', ['french', 'francais']],
  ['es', ['spanish', 'castellano']],
  ['pt', ['portuguese', 'portugues']],
  ['de', ['german']],
  ['ar', ['arabic', 'العربية', 'عربي', 'عربى', 'اللغة العربية']],
  ['sw', ['swahili', 'kiswahili']],
  ['zh', ['chinese', '中文', '汉语', '漢語', 'mandarin', '普通话']],
  ['hi', ['hindi', 'हिन्दी', 'हिंदी']],
  ['bn', ['bengali', 'bangla', 'বাংলা']],
  ['ur', ['urdu', 'اردو']],
  ['fa', ['persian', 'farsi', 'فارسی']],
  ['prs', ['dari', 'دری']],
  ['ps', ['pashto', 'pashtu', 'پښتو']],
  ['ku', ['kurdish', 'kurmanji', 'kurdî']],
  ['ckb', ['sorani', 'central kurdish', 'کوردی']],
  ['tr', ['turkish', 'türkçe']],
  ['he', ['hebrew', 'עברית']],
  ['so', ['somali', 'soomaali', 'af-soomaali']],
  ['am', ['amharic', 'አማርኛ']],
  ['ti', ['tigrinya', 'ትግርኛ']],
  ['om', ['oromo', 'afaan oromoo']],
  ['ha', ['hausa']],
  ['yo', ['yoruba', 'yorùbá']],
  ['ig', ['igbo']],
  ['ff', ['fula', 'fulani', 'fulfulde', 'pulaar']],
  ['wo', ['wolof']],
  ['bm', ['bambara', 'bamanankan']],
  ['ln', ['lingala']],
  ['rw', ['kinyarwanda', 'rwanda']],
  ['rn', ['kirundi', 'rundi']],
  ['lg', ['luganda', 'ganda']],
  ['ny', ['chichewa', 'nyanja', 'chewa']],
  ['sn', ['shona', 'chishona']],
  ['zu', ['zulu', 'isizulu']],
  ['xh', ['xhosa', 'isixhosa']],
  ['af', ['afrikaans']],
  ['st', ['sesotho', 'sotho']],
  ['tn', ['setswana', 'tswana']],
  ['mg', ['malagasy']],
  ['ht', ['haitian creole', 'kreyòl ayisyen', 'kreyol']],
  ['ne', ['nepali', 'नेपाली']],
  ['my', ['burmese', 'myanmar', 'မြန်မာ']],
  ['th', ['thai', 'ไทย']],
  ['km', ['khmer', 'ខ្មែរ']],
  ['lo', ['lao', 'ລາວ']],
  ['vi', ['vietnamese', 'tiếng việt']],
  ['id', ['indonesian', 'bahasa indonesia']],
  ['ms', ['malay', 'bahasa melayu']],
  ['tl', ['tagalog', 'filipino']],
  ['ta', ['tamil', 'தமிழ்']],
  ['te', ['telugu', 'తెలుగు']],
  ['mr', ['marathi', 'मराठी']],
  ['gu', ['gujarati', 'ગુજરાતી']],
  ['pa', ['punjabi', 'ਪੰਜਾਬੀ']],
  ['si', ['sinhala', 'සිංහල']],
  ['mn', ['mongolian', 'монгол']],
  ['ja', ['japanese', '日本語']],
  ['ko', ['korean', '한국어']],
  ['it', ['italian', 'italiano']],
  ['nl', ['dutch', 'nederlands']],
  ['el', ['greek', 'ελληνικά']],
  ['hu', ['hungarian', 'magyar']],
  ['cs', ['czech', 'čeština']],
  ['sk', ['slovak', 'slovenčina']],
  ['bg', ['bulgarian', 'български']],
  ['hr', ['croatian', 'hrvatski']],
  ['bs', ['bosnian', 'bosanski']],
  ['sq', ['albanian', 'shqip']],
  ['mk', ['macedonian', 'македонски']],
  ['lt', ['lithuanian', 'lietuvių']],
  ['lv', ['latvian', 'latviešu']],
  ['et', ['estonian', 'eesti']],
  ['fi', ['finnish', 'suomi']],
  ['sv', ['swedish', 'svenska']],
  ['no', ['norwegian', 'norsk']],
  ['da', ['danish', 'dansk']],
];

const NAME_TO_CODE: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name.toLowerCase(), code] as const),
  ...NAMES.flatMap(([code, names]) => names.map((name) => [name, code] as const)),
]);

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** `pt_br`, `PT-BR` and `pt-BR` alike as kolo's `pt-BR`; undefined when it is no locale code. */
export function normalizeLocale(text: string): string | undefined {
  const match = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const code = `${match[1]?.toLowerCase()}${match[2] ? `-${match[2].toUpperCase()}` : ''}`;
  return LOCALE.test(code) ? code : undefined;
}

/**
 * The locale code of an XLSForm language: `English (en)`, `Русский (ru)`, `en`, or a known name
 * such as `English` or `Українська`. Undefined when it names no language kolo can tell.
 * @example languageCode('Українська (uk)') // 'uk'
 */
export function languageCode(language: string): string | undefined {
  const text = language.trim();
  // Serbian in Latin script is the one script subtag kolo reads: `sr-Latn`, `sr_Latn`, `Srpski (sr-Latn)`
  const tag = /^(?:.*\()?\s*(sr[-_]latn(?:[-_][a-z]{2})?)\s*\)?$/i.exec(text)?.[1];
  if (tag && isSerbianLatin(tag.replace(/_/g, '-').replace(/latn/i, 'Latn'))) return SERBIAN_LATIN;
  const coded = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  const fromCode = coded?.[2] ? normalizeLocale(coded[2]) : undefined;
  if (fromCode) return fromCode;
  // `Chinese (Simplified)`: the name before the brackets
  const name = coded?.[1]?.toLowerCase();
  return (
    NAME_TO_CODE.get(text.toLowerCase()) ??
    (name ? NAME_TO_CODE.get(name) : undefined) ??
    normalizeLocale(text)
  );
}

/** ISO 639's range reserved for local use, `qaa` to `qtz`: kolo's codes for languages it cannot name. */
export const isPrivateLocale = (code: string): boolean => /^q[a-t][a-z]$/.test(code);

/**
 * The languages of one import: known ones by code, and a private code (`qaa`, `qab`, ...) for each
 * language kolo cannot tell ("Local language"), its name kept as the language's display name.
 */
export class LanguageCodes {
  /** Display names of the private codes handed out, and of private codes read as `Name (qaa)`. */
  readonly names: Record<string, string> = {};
  private readonly byName = new Map<string, string>();
  private next = 0;

  /**
   * The code of a language as written in a header or the settings; never undefined. Serbian in
   * Latin script is read as Serbian (`sr`): kolo keeps Serbian once and derives the Latin script,
   * so when a form has both columns the first filled one, the Cyrillic in kolo's exports, is kept.
   */
  codeOf(language: string): string {
    const text = language.trim().replace(/\s+/g, ' ');
    const found = languageCode(text);
    const code = found === SERBIAN_LATIN ? 'sr' : found;
    if (code !== undefined) {
      const named = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(text)?.[1];
      if (isPrivateLocale(code) && named && named !== code) this.names[code] ??= named;
      return code;
    }
    const key = text.toLowerCase();
    const known = this.byName.get(key);
    if (known) return known;
    let made = '';
    do {
      made = `q${String.fromCharCode(97 + Math.floor(this.next / 26))}${String.fromCharCode(97 + (this.next % 26))}`;
      this.next += 1;
    } while (this.names[made] !== undefined && this.next < 520);
    this.byName.set(key, made);
    this.names[made] = text;
    return made;
  }
}

/**
 * The languages an export writes columns for: the survey's, and Serbian in Latin script (derived,
 * right after Serbian) so enumerators on Kobo or ODK can choose either script.
 * @example exportLocales(['en', 'sr']) // ['en', 'sr', 'sr-Latn']
 */
export function exportLocales(locales: readonly string[]): string[] {
  return locales.flatMap((l) => (l === 'sr' && !locales.includes(SERBIAN_LATIN) ? [l, SERBIAN_LATIN] : [l]));
}

/**
 * The language as Kobo writes it in a header: `English (en)`; a private code with its display
 * name (`Local language (qaa)`); a code kolo has no name for stays `xx (xx)`.
 */
export function languageHeader(locale: string, names?: Readonly<Record<string, string>>): string {
  return `${names?.[locale] ?? LANGUAGE_NAMES[locale] ?? englishName(locale)} (${locale})`;
}

const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** `Arabic` for `ar`; the code itself when the runtime knows no name for it. */
function englishName(locale: string): string {
  try {
    return ENGLISH_NAMES.of(locale) ?? locale;
  } catch {
    return locale;
  }
}
