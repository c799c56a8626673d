import { CHART_MESSAGES } from '@kolo/charts';
import { formMessages, loadFormMessages } from '@kolo/forms';
import { localizedTexts } from '@kolo/schema';
import { avoidedTerms, GLOSSARY, GLOSSARY_LOCALES, library } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { ACCOUNTABILITY_MESSAGES } from '../accountability/messages/index.ts';
import { OBSERVATION_MESSAGES } from '../collect/observation-messages.ts';
import { DESIGN_MESSAGES } from '../design/messages/index.ts';
import { INSIGHTS_MESSAGES } from '../insights/messages/index.ts';
import { REPORTS_MESSAGES } from '../reports/messages/index.ts';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

// the form loads each language as its own chunk: bring them all in before reading their strings
await Promise.all(GLOSSARY_LOCALES.map(loadFormMessages));

type Tree = { readonly [key: string]: unknown };

/** Every string of a nested message object, keyed by its dotted path. */
function strings(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree as Tree).flatMap(([key, value]) => strings(value, `${prefix}.${key}`));
}

const APP = { en, uk, ru, pl, ky, ro, sr } as const;

/** Every user-facing string in `locale`: screens, builder, form, charts and the library surveys. */
function everyString(locale: (typeof GLOSSARY_LOCALES)[number]): [string, string][] {
  return [
    ...strings(APP[locale], 'app'),
    ...strings(DESIGN_MESSAGES[locale], 'design'),
    ...strings(ACCOUNTABILITY_MESSAGES[locale], 'accountability'),
    ...strings(INSIGHTS_MESSAGES[locale], 'insights'),
    ...strings(REPORTS_MESSAGES[locale], 'reports'),
    ...strings(OBSERVATION_MESSAGES[locale], 'observations'),
    ...strings(formMessages(locale), 'form'),
    ...strings(CHART_MESSAGES[locale], 'charts'),
    ...library.flatMap((survey) =>
      localizedTexts(survey).flatMap(({ path, text }) =>
        text[locale] === undefined ? [] : ([[`${survey.id}.${path}`, text[locale]]] as [string, string][]),
      ),
    ),
  ];
}

describe('glossary', () => {
  it('should give every concept a term in every language', () => {
    const missing = GLOSSARY.flatMap((entry) =>
      GLOSSARY_LOCALES.filter((l) => !entry.terms[l].term.trim()).map((l) => `${entry.id}.${l}`),
    );
    expect(missing).toEqual([]);
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  });

  it('should never list a term as its own variant to avoid', () => {
    const clashes = GLOSSARY_LOCALES.flatMap((locale) =>
      avoidedTerms(locale)
        .filter(({ id, pattern }) =>
          pattern.test(GLOSSARY.find((e) => e.id === id)?.terms[locale].term ?? ''),
        )
        .map(({ id }) => `${locale}.${id}`),
    );
    expect(clashes).toEqual([]);
  });

  it.each(GLOSSARY_LOCALES)(
    'should use the glossary terms in %s across screens, forms, charts and surveys',
    (locale) => {
      const texts = everyString(locale);
      expect(texts.length).toBeGreaterThan(500);
      const found = avoidedTerms(locale).flatMap(({ id, variant, pattern }) =>
        texts
          .filter(([, value]) => pattern.test(value))
          .map(([path, value]) => `${id}: "${variant}" in ${path}: ${value}`),
      );
      expect(found).toEqual([]);
    },
  );
});
