import type { SurveyDefinition } from './definition.ts';
import type { SurveyError } from './survey-errors.ts';

/** Keys whose values are localized texts anywhere in a definition. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'label',
  'hint',
  'minLabel',
  'maxLabel',
  'unit',
  'constraintMessage',
]);

/** Every localized text of a definition with its path. */
export function localizedTexts(
  definition: SurveyDefinition,
): Array<{ path: string; text: Record<string, string> }> {
  const found: Array<{ path: string; text: Record<string, string> }> = [];
  const visit = (value: unknown, path: string, key: string | undefined) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`, undefined);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (key !== undefined && TEXT_KEYS.has(key)) {
      found.push({ path, text: value as Record<string, string> });
      return;
    }
    // conditions hold answer values, not texts
    for (const [k, v] of Object.entries(value)) {
      if (k === 'showIf') continue;
      visit(v, path ? `${path}.${k}` : k, k);
    }
  };
  visit(definition, '', undefined);
  return found;
}

/** A text missing in a declared locale is an error: the monitor reading that language would see a gap. */
export function checkTranslations(definition: SurveyDefinition): SurveyError[] {
  const errors: SurveyError[] = [];
  for (const { path, text } of localizedTexts(definition)) {
    const missing = definition.locales.filter((locale) => text[locale] === undefined);
    if (missing.length > 0) {
      errors.push({
        path,
        code: 'missing_translation',
        message: `missing translation for ${missing.map((l) => `"${l}"`).join(', ')}`,
      });
    }
  }
  return errors;
}
