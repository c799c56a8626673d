import type { SurveyDefinition } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { FilterBar } from './filter-bar.tsx';
import { addInsightsMessages } from './messages/index.ts';

const definition: SurveyDefinition = {
  id: 'partners',
  version: 1,
  locales: ['en', 'uk'],
  title: { en: 'Partners' },
  sections: [
    {
      id: 'about',
      title: { en: 'About you' },
      items: [{ id: 'tested', kind: 'yes_no', label: { en: 'Have you been tested?' } }],
    },
    {
      id: 'partners',
      title: { en: 'Your partners' },
      repeat: { instanceLabel: { en: 'Partner', uk: 'Партнер' } },
      items: [{ id: 'partner_tested', kind: 'yes_no', label: { en: 'Has this partner been tested?' } }],
    },
  ],
};

describe('FilterBar', () => {
  beforeAll(async () => {
    addInsightsMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should not offer a question asked per partner as an answer filter (it is not one answer per person)', () => {
    render(
      <FilterBar
        definition={definition}
        sites={[]}
        filters={{ period: 'all' }}
        locale="en"
        onChange={() => {}}
      />,
    );
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Have you been tested?');
    expect(options).not.toContain('Has this partner been tested?');
  }, 20_000);
});
