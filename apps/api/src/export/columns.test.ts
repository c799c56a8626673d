import { choicesOf, resolveText, surveyItems } from '@kolo/schema';
import { communityInvolvement, serviceSatisfaction } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { isSensitiveItem } from './answer-policy.ts';
import { answerVocabulary, exportColumns } from './columns.ts';

describe('answerVocabulary', () => {
  // the XLSX shared-strings table is written before any row: it must not say more than the rows may
  it("should leave a sensitive question's choices out unless its answers are exported", () => {
    const items = surveyItems(communityInvolvement).map((e) => e.item);
    const labels = (sensitive: boolean) =>
      new Set(
        items
          .filter((item) => isSensitiveItem(item) === sensitive)
          .flatMap((item) => choicesOf(communityInvolvement, item).map((c) => resolveText(c.label, 'uk'))),
      );
    const open = labels(false);
    const onlySensitive = [...labels(true)].filter((label) => !open.has(label));
    expect(onlySensitive.length).toBeGreaterThan(0);
    const plain = answerVocabulary(communityInvolvement, { labels: 'uk', includeSensitive: false });
    const confirmed = answerVocabulary(communityInvolvement, { labels: 'uk', includeSensitive: true });
    for (const label of onlySensitive) {
      expect(plain).not.toContain(label);
      expect(confirmed).toContain(label);
    }
  });
});

describe('exportColumns labels', () => {
  const firstVisit = (labels: string) => {
    const column = exportColumns(serviceSatisfaction, { labels, includeSensitive: false }).find(
      (c) => c.header === 'first_visit',
    );
    return column?.read({ first_visit: 'yes' });
  };

  // an analyst reading a Polish, Kyrgyz, Romanian or Serbian export must not meet English here
  it("should write a yes/no answer in the export's language, Serbian in either script", () => {
    expect(firstVisit('pl')).toBe('Tak');
    expect(firstVisit('ky')).toBe('Ооба');
    expect(firstVisit('ro')).toBe('Da');
    expect(firstVisit('sr')).toBe('Да');
    expect(firstVisit('sr-Latn')).toBe('Da');
    expect(firstVisit('code')).toBe('yes');
  });
});
