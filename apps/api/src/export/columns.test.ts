import { choicesOf, resolveText, surveyItems } from '@kolo/schema';
import { communityInvolvement } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { isSensitiveItem } from './answer-policy.ts';
import { answerVocabulary } from './columns.ts';

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
