import { describe, expect, it } from 'vitest';
import { keyPopulations, LIBRARY_LOCALES, notApplicable } from '../common.ts';
import { GLOSSARY, GLOSSARY_LOCALES } from './terms.ts';

/** Compare as a reader would: any case, either apostrophe. */
const normal = (text: string | undefined) => text?.toLocaleLowerCase().replaceAll('’', "'");
const term = (id: string, locale: (typeof GLOSSARY_LOCALES)[number]) =>
  GLOSSARY.find((e) => e.id === id)?.terms[locale].term;

describe('glossary and the library', () => {
  it('should be written in every library language', () => {
    expect([...GLOSSARY_LOCALES].sort()).toEqual([...LIBRARY_LOCALES].sort());
  });

  it.each(GLOSSARY_LOCALES)('should name the shared answers with the glossary terms in %s', (locale) => {
    const label = (value: string) => keyPopulations.find((c) => c.value === value)?.label;
    const pairs = [
      ['not_applicable', notApplicable.label],
      ['people_who_use_drugs', label('pwud')],
      ['sex_workers', label('sex_workers')],
      ['people_living_with_hiv', label('plhiv')],
    ] as const;
    for (const [id, text] of pairs) {
      expect(
        normal((text as Readonly<Record<string, string>> | undefined)?.[locale]),
        `${id}.${locale}`,
      ).toBe(normal(term(id, locale)));
    }
  });
});
