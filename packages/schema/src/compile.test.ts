import { describe, expect, it } from 'vitest';
import { compileSurvey, validateAnswers } from './compile.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';

describe('validateAnswers', () => {
  it('should accept a complete, consistent submission', () => {
    const result = validateAnswers(clinicVisit, {
      service: 'nsp',
      respect: '4',
      received: ['syringes'],
      recommend: 'yes',
      visits: 1,
    });
    expect(result.success).toBe(true);
  });

  it('should report every problem keyed by question path', () => {
    const result = validateAnswers(clinicVisit, {
      service: 'ost',
      respect: '4',
      received: ['syringes'],
      comment: '',
      aspects: { hours: '2' },
      visits: 2.5,
      zzz: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'aspects.privacy',
      'comment',
      'received',
      'visits',
      'zzz',
    ]);
    expect(result.issues.find((i) => i.path === 'received')?.code).toBe('hidden');
  });

  it('should compile once per survey version', () => {
    expect(compileSurvey(clinicVisit)).toBe(compileSurvey(structuredClone(clinicVisit)));
  });
});
