import { describe, expect, it } from 'vitest';
import { library } from './index.ts';
import { libraryStandard, libraryStandards } from './standards.ts';

describe('library standards', () => {
  it('should give every share and scale indicator of the library a standard, and no count one', () => {
    for (const survey of library) {
      for (const indicator of survey.indicators ?? []) {
        const standard = libraryStandard(survey.id, indicator.id);
        if (indicator.kind === 'count') expect(standard, `${survey.id}/${indicator.id}`).toBeUndefined();
        else expect(standard, `${survey.id}/${indicator.id}`).toBeDefined();
      }
    }
  });

  it('should name only indicators that exist', () => {
    for (const [surveyId, standards] of Object.entries(libraryStandards)) {
      const survey = library.find((s) => s.id === surveyId);
      const ids = new Set((survey?.indicators ?? []).map((i) => i.id));
      for (const id of Object.keys(standards)) expect(ids.has(id), `${surveyId}/${id}`).toBe(true);
    }
  });

  it('should order thresholds with the direction and keep them within 0..100', () => {
    for (const standards of Object.values(libraryStandards)) {
      for (const s of Object.values(standards)) {
        if (s.direction === 'higher') expect(s.green).toBeGreaterThan(s.amber);
        else expect(s.green).toBeLessThan(s.amber);
        for (const v of [s.green, s.amber, s.target]) expect(v >= 0 && v <= 100).toBe(true);
        expect(s.source.length).toBeGreaterThan(10);
      }
    }
  });

  it('should agree with the way each indicator says is better, so the follow-up judges the same way', () => {
    for (const survey of library) {
      for (const indicator of survey.indicators ?? []) {
        const standard = libraryStandard(survey.id, indicator.id);
        if (standard)
          expect(standard.direction, `${survey.id}/${indicator.id}`).toBe(indicator.better ?? 'higher');
      }
    }
  });
});
