import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { ScorecardLegend, ScorecardTable } from './scorecard-table.tsx';
import type { Scorecard, ScorecardCell } from './scorecard-types.ts';

const cell = (
  indicatorId: string,
  value: number | null,
  band: ScorecardCell['band'],
  n: number | null,
): ScorecardCell => ({
  indicatorId,
  value,
  n,
  suppressed: band === 'withheld',
  band,
  previous: null,
  arrow: 'unknown',
});

const CARD: Scorecard = {
  survey: { id: 's', version: 1, title: { en: 'S' } },
  period: { from: '2026-01-01', to: '2026-03-31', label: '2026-Q1' },
  previous: { from: '2025-10-01', to: '2025-12-31' },
  groupBy: 'site',
  k: 5,
  rounding: null,
  indicators: [
    {
      id: 'quality',
      kind: 'scale_mean',
      label: { en: 'Quality' },
      direction: 'higher',
      directionFixed: false,
      max: 100,
      standard: { direction: 'higher', green: 75, amber: 50, target: 75, source: null, origin: 'library' },
    },
  ],
  rows: [
    {
      key: 'a',
      label: 'Alpha DIC',
      country: 'UA',
      city: 'Kyiv',
      siteIds: ['a'],
      n: 40,
      suppressed: false,
      openActions: 2,
      overdueActions: 1,
      cells: [{ ...cell('quality', 80, 'green', 40), arrow: 'up', previous: 70 }],
      red: 0,
      amber: 0,
    },
    {
      key: 'b',
      label: 'Beta OST',
      country: 'UA',
      city: 'Lviv',
      siteIds: ['b'],
      n: 20,
      suppressed: false,
      openActions: 0,
      overdueActions: 0,
      cells: [cell('quality', 40, 'red', 20)],
      red: 1,
      amber: 0,
    },
    {
      key: 'c',
      label: 'Gamma NSP',
      country: 'KG',
      city: 'Osh',
      siteIds: ['c'],
      n: null,
      suppressed: true,
      openActions: 0,
      overdueActions: 0,
      cells: [cell('quality', null, 'withheld', null)],
      red: 0,
      amber: 0,
    },
    {
      key: 'd',
      label: 'Delta',
      country: 'KG',
      city: 'Bishkek',
      siteIds: ['d'],
      n: 30,
      suppressed: false,
      openActions: 0,
      overdueActions: 0,
      cells: [cell('quality', 60, 'amber', 30)],
      red: 0,
      amber: 1,
    },
  ],
  quarters: [],
  validation: { embargo: false, withheldMonths: [], preliminaryMonths: [] },
};

const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('ScorecardTable', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('should give every coloured cell a word and a shape, and a withheld cell no colour', () => {
    render(<ScorecardTable card={CARD} />);
    const row = (name: string) =>
      screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement;
    expect(within(row('Alpha')).getByText('meets').closest('td')?.className).toContain('sc-green');
    expect(within(row('Alpha')).getByText('●')).toBeTruthy();
    expect(within(row('Beta')).getByText('below')).toBeTruthy();
    expect(within(row('Beta')).getByText('■')).toBeTruthy();
    expect(within(row('Delta')).getByText('close')).toBeTruthy();
    const withheld = within(row('Gamma')).getAllByText(/too few respondents/);
    for (const el of withheld) {
      const td = el.closest('td') as HTMLElement;
      expect(td.className).not.toMatch(/sc-(green|amber|red)/);
      expect(td.textContent).not.toMatch(/\d/);
    }
    expect(within(row('Alpha')).getByText('up')).toBeTruthy();
    expect(within(row('Alpha')).getByText('1 overdue')).toBeTruthy();
  });

  it('should sort by an indicator, withheld rows last, and turn round on a second click', async () => {
    const user = userEvent.setup();
    render(<ScorecardTable card={CARD} />);
    expect(firstColumn()).toEqual(['Alpha DICKyiv', 'Beta OSTLviv', 'DeltaBishkek', 'Gamma NSPOsh']);
    await user.click(screen.getByRole('button', { name: /Quality/ }));
    expect(firstColumn()).toEqual(['Alpha DICKyiv', 'DeltaBishkek', 'Beta OSTLviv', 'Gamma NSPOsh']);
    await user.click(screen.getByRole('button', { name: /Quality/ }));
    expect(firstColumn()).toEqual(['Beta OSTLviv', 'DeltaBishkek', 'Alpha DICKyiv', 'Gamma NSPOsh']);
  });

  it('should put the worst first in the league table', () => {
    render(<ScorecardTable card={CARD} view="league" />);
    expect(firstColumn()[0]).toBe('Beta OSTLviv');
    expect(firstColumn()[1]).toBe('DeltaBishkek');
  });

  it('should mark rounded figures as approximate and explain the rounding', () => {
    render(
      <>
        <ScorecardLegend card={{ ...CARD, rounding: 5 }} />
        <ScorecardTable card={{ ...CARD, rounding: 5 }} />
      </>,
    );
    expect(screen.getByText('≈80')).toBeTruthy();
    expect(screen.getByText(/middle of a range of 5/)).toBeTruthy();
  });
});

describe('ScorecardTable under the validation embargo', () => {
  it('should say the period is not validated yet instead of a table of withheld cells', () => {
    render(
      <ScorecardTable
        card={{
          ...CARD,
          validation: {
            embargo: true,
            withheldMonths: ['2026-01-01', '2026-02-01', '2026-03-01'],
            preliminaryMonths: [],
          },
        }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'No figures for this period yet: the community has not validated them.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('should still show the table when only part of the period is withheld', () => {
    render(
      <ScorecardTable
        card={{
          ...CARD,
          validation: { embargo: true, withheldMonths: ['2026-03-01'], preliminaryMonths: [] },
        }}
      />,
    );
    expect(screen.getByRole('table')).toBeTruthy();
  });
});
