import { describe, expect, it } from 'vitest';
import { LIBRARY_LOCALES } from './common.ts';
import { REVIEWED_LANGUAGES, reviewStatus } from './reviewed-languages.ts';

describe('reviewed languages', () => {
  it('should list every library language once, English as the source', () => {
    expect(REVIEWED_LANGUAGES.map((l) => l.locale).sort()).toEqual([...LIBRARY_LOCALES].sort());
    expect(reviewStatus('en')).toBe('source');
  });

  it('should not call Kyrgyz reviewed: no community member has read it yet', () => {
    expect(reviewStatus('ky')).toBe('not_reviewed');
  });

  it('should not call Romanian or Serbian reviewed, in either script: no community member has read them yet', () => {
    expect(REVIEWED_LANGUAGES.find((l) => l.locale === 'ro')?.status).toBe('not_reviewed');
    expect(REVIEWED_LANGUAGES.find((l) => l.locale === 'sr')?.status).toBe('not_reviewed');
    expect(reviewStatus('sr-Latn')).toBe('not_reviewed');
    expect(reviewStatus('ro-MD')).toBe('not_reviewed');
  });

  it('should say who reviewed and when for every reviewed language', () => {
    for (const l of REVIEWED_LANGUAGES.filter((r) => r.status === 'reviewed')) {
      expect(l.reviewedOn, l.locale).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.reviewedBy?.trim(), l.locale).toBeTruthy();
    }
  });

  it('should read a regional code as its language, and an unknown language as not reviewed', () => {
    expect(reviewStatus('uk-UA')).toBe(reviewStatus('uk'));
    expect(reviewStatus('ka')).toBe('not_reviewed');
  });
});
