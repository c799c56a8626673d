import { rightsBarriers, serviceAccess, serviceSatisfaction } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { serviceOptions, serviceQuestion } from './service-filter.ts';

const RAW_CODE = /^[a-z]+(_[a-z]+)*$/;
const names: Record<string, string> = { nsp: 'Needle and syringe programme (NSP)', ost: 'OST' };
const siteName = (code: string, fallback: string) => names[code] ?? fallback;

describe('service type filter', () => {
  it('should read the service the respondent used where the survey asks it', () => {
    expect(serviceQuestion(serviceSatisfaction)).toBe('service_type');
    const { mode, options } = serviceOptions(serviceSatisfaction, ['nsp', 'legal'], 'uk', siteName);
    expect(mode).toBe('respondent');
    expect(options.map((o) => o.value)).toContain('ost');
    for (const o of options) expect(o.label).not.toMatch(RAW_CODE);
    expect(options.find((o) => o.value === 'nsp')?.label).toBe('Програма обміну шприців');
  });

  it('should fall back to the services sites offer, named, where the survey does not ask it', () => {
    expect(serviceQuestion(rightsBarriers)).toBeUndefined();
    // a multiple-choice "services before" question is not the service used this time
    expect(serviceQuestion(serviceAccess)).toBeUndefined();
    const { mode, options } = serviceOptions(
      rightsBarriers,
      ['ost', 'nsp', 'ost', 'peer_support'],
      'en',
      siteName,
    );
    expect(mode).toBe('site');
    expect(options.map((o) => o.value).sort()).toEqual(['nsp', 'ost', 'peer_support']);
    // a code without a name is at least written as words
    expect(options.find((o) => o.value === 'peer_support')?.label).toBe('peer support');
  });
});
