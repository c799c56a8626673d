const IDENTIFIER = /^[a-z][a-z0-9_]{0,62}$/;
const SURVEY_ID = /^[a-z][a-z0-9-]{0,62}$/;

/** Whether a name is already a kolo identifier (item, section, row and list ids). */
export const isIdentifier = (name: string): boolean => IDENTIFIER.test(name);

/**
 * An XLSForm name as a kolo identifier: lower-case, other characters as "_", starting with a
 * letter, at most 63 characters.
 * @example toIdentifier('Age-Group') // 'age_group'
 */
export function toIdentifier(name: string): string {
  let id = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  if (!/^[a-z]/.test(id)) id = `q_${id}`;
  return id.slice(0, 63);
}

/** A form_id or title as a survey id: lower-case letters, digits and "-". */
export function toSurveyId(text: string): string {
  let id = text
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (!/^[a-z]/.test(id)) id = id === '' ? '' : `s-${id}`;
  return id.slice(0, 63).replace(/-$/, '');
}

export const isSurveyId = (id: string): boolean => SURVEY_ID.test(id);

/** Hands out names not yet taken: `name`, then `name_2`, `name_3`, ... */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(private readonly separator = '_') {}

  has(name: string): boolean {
    return this.taken.has(name);
  }

  /** Take `name` if free, else the first free `name_N`. */
  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate); n += 1) {
      const suffix = `${this.separator}${n}`;
      candidate = `${name.slice(0, 63 - suffix.length)}${suffix}`;
    }
    this.taken.add(candidate);
    return candidate;
  }
}
