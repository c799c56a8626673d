import { validateAnswers } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { clinicVisit } from '../../schema/src/fixtures/clinic-visit.ts';
import { isBlank, normalizeAnswers, stalePaths, toFormValues } from './normalize.ts';

describe('normalizeAnswers', () => {
  it('should drop empty values, trim text and parse numbers and ratings', () => {
    const answers = normalizeAnswers(clinicVisit, {
      service: 'ost',
      respect: '4',
      overall: '7',
      recommend: null,
      visits: ' 12 ',
      comment: '  fine  ',
      last_visit: '',
      received: [],
    });
    expect(answers).toEqual({ service: 'ost', respect: '4', overall: 7, visits: 12, comment: 'fine' });
  });

  it('should read a decimal comma and keep text that is not a number, for validation to report', () => {
    expect(normalizeAnswers(clinicVisit, { visits: '1,5' }).visits).toBe(1.5);
    expect(normalizeAnswers(clinicVisit, { visits: 'abc' }).visits).toBe('abc');
  });

  it('should leave out hidden questions, including ones hidden by a hidden answer', () => {
    const answers = normalizeAnswers(clinicVisit, { service: 'ost', received: ['syringes'], respect: '1' });
    expect(answers).toEqual({ service: 'ost', respect: '1' });
  });

  it('should keep "other" text only while "other" is chosen', () => {
    expect(normalizeAnswers(clinicVisit, { service: 'nsp', service_other: 'x' })).toEqual({ service: 'nsp' });
    expect(normalizeAnswers(clinicVisit, { service: 'other', service_other: ' shelter ' })).toEqual({
      service: 'other',
      service_other: 'shelter',
    });
  });

  it('should drop empty matrix rows, unknown rows and unknown keys', () => {
    const answers = normalizeAnswers(clinicVisit, {
      aspects: { hours: '2', privacy: null, extra: '1' },
      not_a_question: 'x',
    });
    expect(answers).toEqual({ aspects: { hours: '2' } });
  });

  it('should give answers that pass validateAnswers for a complete form', () => {
    const answers = normalizeAnswers(clinicVisit, {
      service: 'nsp',
      received: ['syringes', 'naloxone'],
      respect: '5',
      overall: '10',
      recommend: 'dont_know',
      visits: '3',
      last_visit: '2024-02-29',
      aspects: { hours: '4', privacy: 'na' },
    });
    expect(validateAnswers(clinicVisit, answers).success).toBe(true);
  });
});

describe('toFormValues', () => {
  it('should turn saved numbers into the text their inputs hold', () => {
    expect(toFormValues(clinicVisit, { overall: 7, visits: 3, service: 'nsp' })).toEqual({
      overall: '7',
      visits: '3',
      service: 'nsp',
    });
  });
});

describe('stalePaths', () => {
  it('should name values of hidden questions, matrix rows and unneeded "other" texts', () => {
    expect(
      stalePaths(clinicVisit, {
        service: 'ost',
        service_other: 'x',
        received: ['syringes'],
        recommend: 'yes',
        visits: '1',
        aspects: { hours: '1', privacy: null },
      }),
    ).toEqual(['service_other', 'received', 'aspects.hours']);
  });

  it('should find nothing in a consistent form', () => {
    expect(stalePaths(clinicVisit, { service: 'nsp', received: ['syringes'], recommend: null })).toEqual([]);
  });
});

describe('isBlank', () => {
  it('should treat unchecked and empty inputs as blank', () => {
    for (const value of [undefined, null, '', false, [], {}, { a: null }]) expect(isBlank(value)).toBe(true);
    for (const value of ['x', 0, ['a'], { a: '1' }]) expect(isBlank(value)).toBe(false);
  });
});
