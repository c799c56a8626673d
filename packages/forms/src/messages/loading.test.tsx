import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { outreachVisit } from '../test-fixtures.ts';

/** A fresh copy of the messages and the form, with no language but English loaded yet. */
async function fresh() {
  vi.resetModules();
  const messages = await import('./index.ts');
  const { SurveyForm } = await import('../survey-form.tsx');
  return { ...messages, SurveyForm };
}

/** Every text the container ever showed, so a flash of English between two renders is caught too. */
function recordTexts(root: HTMLElement): string[] {
  const seen: string[] = [root.textContent ?? ''];
  new MutationObserver(() => seen.push(root.textContent ?? '')).observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return seen;
}

describe('form messages, one language at a time', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('should not include Ukrainian messages until asked', async () => {
    const source = readFileSync(`${import.meta.dirname}/index.ts`, 'utf8');
    expect(source).not.toMatch(/^import .* from '\.\/(uk|ru|pl|ky|ro|sr)\.ts'/m);
    const m = await fresh();
    expect(m.formMessagesLoaded('en')).toBe(true);
    expect(m.formMessagesLoaded('uk')).toBe(false);
    expect(() => m.formMessages('uk')).toThrow(/loadFormMessages/);
    await m.loadFormMessages('uk-UA');
    expect(m.formMessages('uk').next).toBe('Далі');
    expect(m.formMessagesLoaded('ru')).toBe(false);
  });

  it('should load Serbian once for both scripts, and English without loading', async () => {
    const m = await fresh();
    const cyrillic = m.loadFormMessages('sr');
    expect(m.loadFormMessages('sr-Latn')).toBe(cyrillic);
    await cyrillic;
    expect(m.formMessages('sr-Latn').next).toBe('Dalje');
    expect(m.formMessages('sr').next).toBe('Даље');
    await expect(m.loadFormMessages('fr')).resolves.toBeUndefined();
    expect(m.formMessages('fr').next).toBe('Next');
  });

  it('should show the form in Ukrainian once loaded, never English in between', async () => {
    const { SurveyForm } = await fresh();
    const view = render(<SurveyForm definition={outreachVisit} locale="uk" onSubmit={() => {}} />);
    const seen = recordTexts(view.container);
    expect(view.container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(await screen.findByRole('button', { name: 'Далі' })).toBeInTheDocument();
    expect(seen.filter((text) => /Next|Please/.test(text))).toEqual([]);
  });

  it('should keep the answers when the respondent switches to a language not loaded yet', async () => {
    const { SurveyForm } = await fresh();
    const user = userEvent.setup();
    const view = render(<SurveyForm definition={outreachVisit} locale="en" onSubmit={() => {}} />);
    await user.click(screen.getByRole('checkbox', { name: 'Syringes' }));
    const seen = recordTexts(view.container);
    view.rerender(<SurveyForm definition={outreachVisit} locale="ru" onSubmit={() => {}} />);
    expect(await screen.findByRole('checkbox', { name: 'Шприцы' })).toBeChecked();
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Далее' })).toBeInTheDocument();
    // the questions follow the new language at once; only the form's own words wait for theirs
    expect(seen.some((text) => text.includes('Next') && text.includes('Шприцы'))).toBe(false);
  });
});
