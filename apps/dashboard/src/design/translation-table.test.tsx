import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { addDesignMessages } from './messages/index.ts';
import { TestBuilder, visitsSurvey } from './test-builder.tsx';
import { TranslationTable } from './translation-table.tsx';

function Harness({ locales }: { locales: string[] }) {
  const survey = visitsSurvey();
  return (
    <TestBuilder definition={{ ...survey, locales }} onState={() => {}}>
      {() => <TranslationTable />}
    </TestBuilder>
  );
}

describe('TranslationTable', () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should tell staff which languages a community member has reviewed', () => {
    render(<Harness locales={['en', 'ky', 'kk']} />);
    const chips = screen.getAllByRole('listitem');
    expect(chips[0]).toHaveTextContent('source language');
    expect(chips[1]).toHaveTextContent('Кыргызча');
    expect(chips[1]).toHaveTextContent('not reviewed by a community member');
    expect(chips[2]).toHaveTextContent('not reviewed by a community member');
    expect(screen.getByText(/before fieldwork/)).toBeInTheDocument();
  });
});
