import { describe, expect, it } from 'vitest';
import { mayLeadToCollect } from './collect-screens.ts';

describe('mayLeadToCollect', () => {
  it('should warm Collect from the sign-in form, the start page and Collect itself', () => {
    for (const path of ['/', '/login', '/collect', '/collect/service-satisfaction', '/collect/outbox'])
      expect(mayLeadToCollect(path)).toBe(true);
  });

  it('should not download the form engine for dashboards, design, admin or a shared page', () => {
    for (const path of [
      '/insights',
      '/insights/x',
      '/design/x',
      '/admin',
      '/share/abc',
      '/collector',
      '/scorecard',
    ])
      expect(mayLeadToCollect(path)).toBe(false);
  });
});
