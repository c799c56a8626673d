/** An XLSForm `type` cell read apart: `select_one yes_no or_other` as keyword, list and or_other. */
export interface SurveyType {
  /** Lower-case with "_": `select_one`, `begin_group`, `integer`, ... */
  readonly keyword: string;
  /** The choice list of a select, as written. */
  readonly list: string | undefined;
  readonly orOther: boolean;
  /** Anything else written after the keyword and list. */
  readonly extra: string;
}

/** Keywords followed by a list or a file name, longest first so `select_one_from_file` wins. */
const WITH_ARGUMENT = [
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
  'select_one',
  'select_multiple',
  'rank',
];
const SPACED = ['begin_group', 'end_group', 'begin_repeat', 'end_repeat'];

/**
 * Read a type cell in any of the spellings teams use: `select_one list`, `select one list`,
 * `Select_One list`, `begin group`, `begin_group`, `Integer`.
 * @example readType('select one agree5 or_other') // { keyword: 'select_one', list: 'agree5', orOther: true, extra: '' }
 */
export function readType(text: string): SurveyType {
  // pyxform's long spellings: `select one from X`, `select all that apply from X`
  const compact = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^select[ _]all[ _]that[ _]apply(?:[ _]from)? /i, 'select_multiple ')
    .replace(/^select[ _](one|multiple)[ _]from /i, (_, which: string) => `select_${which.toLowerCase()} `);
  const lower = compact.toLowerCase();
  for (const keyword of [...WITH_ARGUMENT, ...SPACED]) {
    for (const spelling of [keyword, keyword.replaceAll('_', ' ')]) {
      if (lower !== spelling && !lower.startsWith(`${spelling} `)) continue;
      const words = compact.slice(spelling.length).trim().split(' ').filter(Boolean);
      if (!WITH_ARGUMENT.includes(keyword))
        return { keyword, list: undefined, orOther: false, extra: words.join(' ') };
      const [list, ...rest] = words;
      const orOther = rest.length > 0 && rest[rest.length - 1]?.toLowerCase() === 'or_other';
      return { keyword, list, orOther, extra: (orOther ? rest.slice(0, -1) : rest).join(' ') };
    }
  }
  return { keyword: lower.replace(/[\s-]+/g, '_'), list: undefined, orOther: false, extra: '' };
}

/** Type keywords that become kolo items (a matrix group's name counts too). */
export const ITEM_KEYWORDS: ReadonlySet<string> = new Set([
  'select_one',
  'select_multiple',
  'acknowledge',
  // asked as text questions: kolo does not have the file
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
  'integer',
  'int',
  'decimal',
  'range',
  'text',
  'string',
  'date',
  'datetime',
  'note',
  'matrix',
]);

/** Form metadata types (when, which device, whose phone): kolo does not collect them. */
export const METADATA_KEYWORDS: ReadonlySet<string> = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'start_geopoint',
  'background-audio',
  'background_audio',
]);
