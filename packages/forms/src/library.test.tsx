import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
// @kolo/surveys is not a dependency of this package yet: read the library by path, in tests only
import { communityInvolvement } from '../../surveys/src/surveys/community-involvement.ts';
import { rightsBarriers } from '../../surveys/src/surveys/rights-barriers.ts';
import { serviceAccess } from '../../surveys/src/surveys/service-access.ts';
import { serviceSatisfaction } from '../../surveys/src/surveys/service-satisfaction.ts';
import { SurveyForm } from './index.ts';

describe('library surveys', () => {
  for (const survey of [serviceSatisfaction, communityInvolvement, serviceAccess, rightsBarriers]) {
    it(`should render the first step of ${survey.id} in every language it has`, () => {
      for (const locale of survey.locales) {
        const view = render(<SurveyForm definition={survey} locale={locale} onSubmit={() => {}} />);
        expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/\S/);
        expect(view.container.querySelectorAll('[data-question]').length).toBeGreaterThan(0);
        view.unmount();
      }
    });
  }

  it('should start its headings at the level asked for when shown inside another page', () => {
    render(<SurveyForm definition={serviceSatisfaction} locale="en" headingLevel={3} onSubmit={() => {}} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/\S/);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(/\S/);
  });
});
