import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { ActionCard } from './action-card.tsx';
import type { Action, FollowUp } from './api.ts';
import { FollowUpBlock } from './follow-up.tsx';

const ACTION: Action = {
  id: '0b6a1c52-6a2e-4b8e-9d1e-6f4a0c2b7e11',
  findingId: '1c7b2d63-7b3f-4c9f-8e2f-7a5b1d3c8f22',
  findingTitle: 'No syringes at the Kharkiv site for two weeks',
  dutyBearer: { institution: 'City AIDS Centre', role: 'Head doctor', type: 'service_provider' },
  ask: 'Restore the syringe supply',
  commitment: null,
  committedOn: null,
  owner: { id: '2d8c3e74-8c4a-4daa-9f3a-8b6c2e4d9a33', name: 'Aibek' },
  dueDate: '2026-12-31',
  level: 'site',
  status: 'raised',
  statusOn: '2026-11-02',
  closedOn: null,
  overdue: false,
  allowedMoves: ['committed', 'not_resolved', 'dropped'],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  followUp: null,
};

function renderWith(node: React.ReactNode) {
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>
    </I18nextProvider>,
  );
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('ActionCard', () => {
  it('should offer exactly the next statuses the action may move to, and escalation while open', () => {
    renderWith(<ActionCard action={ACTION} locale="en" editable />);
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Record a commitment', 'Mark as not resolved', 'Drop', 'Escalate', 'Add a note']);
  });

  it('should offer no changes to a reader who cannot edit', () => {
    renderWith(<ActionCard action={ACTION} locale="en" editable={false} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('Status: Raised with the duty-bearer since Nov 2, 2026')).toBeInTheDocument();
  });
});

describe('EscalateForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should mark each field an escalation misses, with its reason read out with the field', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWith(<ActionCard action={ACTION} locale="en" editable />);
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const form = screen.getByRole('heading', { name: /escalate/i }).closest('form') as HTMLFormElement;
    await user.click(within(form).getByRole('button', { name: 'Escalate' }));
    for (const [label, reason] of [
      ['Institution', 'Name the institution.'],
      ['Due date', 'Give a due date.'],
      ['Why it is escalated', 'Say why it is escalated.'],
    ] as const) {
      const field = within(form).getByLabelText(label);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(reason);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should send an escalation once however often it is pressed while saving', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWith(<ActionCard action={ACTION} locale="en" editable />);
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const form = screen.getByRole('heading', { name: /escalate/i }).closest('form') as HTMLFormElement;
    await user.type(within(form).getByLabelText('Institution'), 'Regional health department');
    await user.type(within(form).getByLabelText('Due date'), '2027-02-01');
    await user.type(within(form).getByLabelText('Why it is escalated'), 'No answer in a month');
    const send = within(form).getByRole('button', { name: 'Escalate' });
    await user.click(send);
    await user.click(send);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(send).toBeDisabled();
    answer(new Response(JSON.stringify({ ...ACTION, level: 'region' }), { status: 200 }));
  });
});

describe('FollowUpBlock', () => {
  const base: FollowUp = {
    verdict: 'improved',
    before: { value: 41.5, n: 120, withheld: false },
    after: { value: 63, n: 80, withheld: false, from: '2027-01-01', to: '2027-03-31' },
    better: 'higher',
    scale: 'percent',
    reason: null,
  };

  it('should say the verdict in words with an icon, and show then and now', () => {
    const { container } = renderWith(<FollowUpBlock followUp={base} locale="en" />);
    expect(container.querySelector('.acc-verdict')?.textContent).toBe('▲Improved');
    expect(screen.getByText('41.5')).toBeInTheDocument();
    expect(screen.getByText('63')).toBeInTheDocument();
    expect(screen.getByText('Now (Jan 1, 2027 to Mar 31, 2027)')).toBeInTheDocument();
  });

  it('should keep a withheld figure withheld and say why it is still waiting', () => {
    renderWith(
      <FollowUpBlock
        followUp={{
          ...base,
          verdict: 'waiting',
          after: null,
          reason: 'before_due_date',
          before: { value: null, n: null, withheld: true },
        }}
        locale="en"
      />,
    );
    expect(screen.getByText('The due date has not passed yet.')).toBeInTheDocument();
    expect(screen.getByText('Too few respondents to tell')).toBeInTheDocument();
    expect(screen.queryByText(/\d/)).toBeNull();
  });
});
