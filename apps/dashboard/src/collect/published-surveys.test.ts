import { PublishedSurveys } from '@kolo/schema';
import { serviceSatisfaction } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { readPublishedSurveys } from './published-surveys.ts';

describe('readPublishedSurveys', () => {
  it('should give back the published definitions exactly as the contract parses them', () => {
    const body = JSON.parse(JSON.stringify({ surveys: [serviceSatisfaction] }));
    expect(readPublishedSurveys(body)).toEqual(PublishedSurveys.parse(body));
  });

  it('should refuse an answer that is not a list of surveys, saying what is wrong', () => {
    expect(() => readPublishedSurveys({ items: [] })).toThrow(/surveys/);
  });

  it('should refuse a survey without sections to fill', () => {
    const { sections: _sections, ...noSections } = serviceSatisfaction;
    expect(() => readPublishedSurveys({ surveys: [noSections] })).toThrow(/sections/);
  });

  it('should refuse an item without a kind, which the form could not draw', () => {
    const broken = structuredClone(serviceSatisfaction) as { sections: { items: object[] }[] };
    broken.sections[0]?.items.push({ id: 'q_new' });
    expect(() => readPublishedSurveys({ surveys: [broken] })).toThrow(/kind/);
  });
});
