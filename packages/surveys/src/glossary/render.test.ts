import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGlossary } from './render.ts';
import { avoidedTerms, GLOSSARY, GLOSSARY_LOCALES } from './terms.ts';

describe('glossary documents', () => {
  it.each(GLOSSARY_LOCALES)('should keep docs/glossary/glossary.%s.md in step with the data', (locale) => {
    const file = new URL(`../../../../docs/glossary/glossary.${locale}.md`, import.meta.url);
    expect(readFileSync(file, 'utf8')).toBe(renderGlossary(locale));
  });

  it('should list every concept once in each document', () => {
    for (const locale of GLOSSARY_LOCALES) {
      const doc = renderGlossary(locale);
      for (const entry of GLOSSARY) expect(doc).toContain(entry.terms[locale].term);
    }
  });
});

describe('avoided terms', () => {
  it('should match a variant at the start of a word, in any inflection, never inside a word', () => {
    const question = avoidedTerms('uk').find((a) => a.id === 'question')?.pattern;
    expect(question?.test('Питання умови')).toBe(true);
    expect(question?.test('разом з його питаннями')).toBe(true);
    expect(question?.test('Текст запитання')).toBe(false);
    const stigma = avoidedTerms('ru').find((a) => a.variant === 'наркоман')?.pattern;
    expect(stigma?.test('Наркоманы')).toBe(true);
  });
});
