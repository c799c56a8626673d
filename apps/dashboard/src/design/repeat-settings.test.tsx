import { parseSurvey } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { repeatSurvey } from '../../../../packages/schema/src/fixtures/repeat-survey.ts';
import { i18n } from '../i18n/index.ts';
import type { SectionFields } from './draft-state.ts';
import { addDesignMessages } from './messages/index.ts';
import { RepeatSettings } from './repeat-settings.tsx';

let latest: SectionFields | undefined;

function Settings({ initial }: { initial: SectionFields }) {
  const [section, setSection] = useState(initial);
  return (
    <RepeatSettings
      section={section}
      locale="en"
      onChange={(next) => {
        latest = next;
        setSection(next);
      }}
    />
  );
}

describe('repeat settings in the builder', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should make a section repeat with bounds, a count and an instance label, and undo it', async () => {
    const user = userEvent.setup();
    render(<Settings initial={{ id: 'partners', title: { en: 'Partners' } }} />);
    await user.click(screen.getByRole('checkbox', { name: /once per person/ }));
    await user.type(screen.getByLabelText('Fewest entries'), '1');
    await user.type(screen.getByLabelText('Most entries (up to 50)'), '4');
    await user.type(screen.getByLabelText(/What one entry is called/), 'Partner');
    expect(latest?.repeat).toEqual({ min: 1, max: 4, instanceLabel: { en: 'Partner' } });
    await user.type(screen.getByLabelText(/Number of entries/), '{{}n}');
    expect(screen.getByRole('alert')).toHaveTextContent('col 1');
    await user.click(screen.getByRole('checkbox', { name: /once per person/ }));
    expect(latest).toEqual({ id: 'partners', title: { en: 'Partners' } });
  });

  it('should say at once when the most is below the fewest, as the draft check does', async () => {
    const user = userEvent.setup();
    render(<Settings initial={{ id: 'partners', title: { en: 'Partners' }, repeat: { min: 3 } }} />);
    await user.type(screen.getByLabelText('Most entries (up to 50)'), '2');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The most entries (2) must not be below the fewest (3).',
    );
    const draft = structuredClone(repeatSurvey) as unknown as { sections: Array<Record<string, unknown>> };
    if (draft.sections[1]) draft.sections[1].repeat = latest?.repeat;
    const check = parseSurvey(draft);
    expect(!check.success && check.errors.map((e) => e.path)).toContain('sections[1].repeat.max');
  });
});
