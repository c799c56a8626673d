import { describe, expect, it } from 'vitest';
import { defineSurvey } from './define.ts';
import type { Item } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import { computeIndicators, scaleScore } from './score.ts';

const en = (text: string) => ({ en: text });

const scored = defineSurvey({
  id: 'scored',
  version: 1,
  locales: ['en'],
  title: en('Scored'),
  sections: [
    {
      id: 'only',
      title: en('Only'),
      items: [
        {
          id: 'safety',
          kind: 'likert',
          label: en('I felt safe'),
          options: [
            { value: 'never', label: en('Never'), score: 0 },
            { value: 'sometimes', label: en('Sometimes'), score: 1 },
            { value: 'always', label: en('Always'), score: 4 },
            { value: 'dk', label: en("Don't know"), notApplicable: true },
          ],
        },
        {
          id: 'waited',
          kind: 'single_choice',
          label: en('Wait'),
          options: [
            { value: 'short', label: en('Short') },
            { value: 'long', label: en('Long') },
            { value: 'very_long', label: en('Very long') },
          ],
        },
        { id: 'calm', kind: 'rating', min: 0, max: 4, label: en('Calm') },
        { id: 'days', kind: 'number', min: 0, max: 30, label: en('Days') },
        {
          id: 'services',
          kind: 'multi_choice',
          label: en('Services'),
          options: [
            { value: 'nsp', label: en('NSP') },
            { value: 'ost', label: en('OST') },
            { value: 'hiv_test', label: en('HIV test') },
          ],
        },
        { id: 'note', kind: 'text', sensitive: true, label: en('Note') },
      ],
    },
  ],
  indicators: [
    { id: 'safety_mean', kind: 'scale_mean', items: ['safety', 'calm'], label: en('Safety') },
    { id: 'tested', kind: 'share', item: 'services', values: ['hiv_test'], label: en('Tested') },
    { id: 'submissions', kind: 'count', label: en('Submissions') },
    { id: 'answered_days', kind: 'count', item: 'days', label: en('Answered days') },
  ],
});

function item(id: string): Item {
  for (const definition of [scored, clinicVisit])
    for (const section of definition.sections)
      for (const candidate of section.items) if (candidate.id === id) return candidate;
  throw new Error(`no item ${id}`);
}

describe('scaleScore', () => {
  it('should score a likert by position among scored choices, leaving "not applicable" out', () => {
    const respect = item('respect');
    expect(['1', '2', '3', '4', '5'].map((v) => scaleScore(clinicVisit, respect, v))).toEqual([
      0, 25, 50, 75, 100,
    ]);
    expect(scaleScore(clinicVisit, respect, 'na')).toBeUndefined();
    expect(scaleScore(clinicVisit, respect, '6')).toBeUndefined();
    expect(scaleScore(clinicVisit, respect, undefined)).toBeUndefined();
  });

  it('should use explicit scores when every scored choice has one', () => {
    const safety = item('safety');
    expect(scaleScore(scored, safety, 'never')).toBe(0);
    expect(scaleScore(scored, safety, 'sometimes')).toBe(25);
    expect(scaleScore(scored, safety, 'always')).toBe(100);
    expect(scaleScore(scored, safety, 'dk')).toBeUndefined();
  });

  it('should fall back to position when a choice has no score', () => {
    const definition = structuredClone(scored);
    const safety = definition.sections[0]?.items[0];
    if (safety?.kind !== 'likert') throw new Error('safety is a likert');
    delete safety.options?.[1]?.score;
    expect(scaleScore(definition, safety, 'sometimes')).toBe(50);
    expect(scaleScore(definition, safety, 'always')).toBe(100);
  });

  it('should score single choices by position', () => {
    expect(scaleScore(scored, item('waited'), 'long')).toBe(50);
  });

  it('should score ratings and bounded numbers from min to max', () => {
    expect(scaleScore(scored, item('calm'), 3)).toBe(75);
    expect(scaleScore(clinicVisit, item('overall'), 1)).toBe(0);
    expect(scaleScore(clinicVisit, item('overall'), 10)).toBe(100);
    expect(scaleScore(scored, item('days'), 6)).toBe(20);
    expect(scaleScore(scored, item('days'), '6')).toBeUndefined();
    expect(scaleScore(scored, item('calm'), '3')).toBeUndefined();
  });

  it('should not score kinds without a scale', () => {
    expect(scaleScore(scored, item('note'), 'x')).toBeUndefined();
    expect(scaleScore(clinicVisit, item('recommend'), 'yes')).toBeUndefined();
  });
});

describe('computeIndicators', () => {
  it('should average scale answers, leaving "not applicable" out', () => {
    expect(
      computeIndicators(clinicVisit, { respect: '4', aspects: { hours: 'na', privacy: '5' } }).acceptability,
    ).toBe(87.5);
    expect(
      computeIndicators(clinicVisit, { respect: '3', aspects: { hours: '1', privacy: '5' } }).acceptability,
    ).toBe(50);
    expect(computeIndicators(clinicVisit, { respect: 'na' }).acceptability).toBeNull();
    expect(computeIndicators(clinicVisit, {}).acceptability).toBeNull();
  });

  it('should use explicit scores and mix kinds in one mean', () => {
    expect(computeIndicators(scored, { safety: 'sometimes', calm: 4 }).safety_mean).toBe(62.5);
    expect(computeIndicators(scored, { safety: 'dk', calm: 2 }).safety_mean).toBe(50);
  });

  it('should score one matrix row when the indicator names it', () => {
    const definition = structuredClone(clinicVisit);
    definition.indicators = [
      { id: 'privacy', kind: 'scale_mean', items: ['aspects.privacy'], label: { en: 'P', uk: 'P' } },
    ];
    expect(computeIndicators(definition, { aspects: { hours: '1', privacy: '4' } })).toEqual({ privacy: 75 });
  });

  it('should compute a share among those who answered, less the excluded answers', () => {
    const share = (recommend?: string) =>
      computeIndicators(clinicVisit, recommend === undefined ? {} : { recommend }).recommend_share;
    expect(share('yes')).toBe(100);
    expect(share('no')).toBe(0);
    expect(share('dont_know')).toBeNull();
    expect(share()).toBeNull();
  });

  it('should count a multi-choice answer in a share when any value is chosen', () => {
    expect(computeIndicators(scored, { services: ['nsp', 'hiv_test'] }).tested).toBe(100);
    expect(computeIndicators(scored, { services: ['nsp'] }).tested).toBe(0);
  });

  it('should count submissions, answers, or answers with given values', () => {
    expect(computeIndicators(scored, {})).toMatchObject({ submissions: 1, answered_days: 0 });
    expect(computeIndicators(scored, { days: 0 })).toMatchObject({ submissions: 1, answered_days: 1 });
    expect(computeIndicators(clinicVisit, { service: 'nsp' }).nsp_count).toBe(1);
    expect(computeIndicators(clinicVisit, { service: 'ost' }).nsp_count).toBe(0);
    expect(computeIndicators(clinicVisit, {}).nsp_count).toBe(0);
  });

  it('should give every indicator of the survey, and none for a survey without', () => {
    expect(computeIndicators(clinicVisit, { service: 'nsp', respect: '5', recommend: 'yes' })).toEqual({
      acceptability: 100,
      recommend_share: 100,
      nsp_count: 1,
    });
    const { indicators: _, ...plain } = clinicVisit;
    expect(computeIndicators(plain, { service: 'nsp' })).toEqual({});
  });
});
