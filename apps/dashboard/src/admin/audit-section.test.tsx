import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { AuditSection } from './audit-section.tsx';
import { ADMIN_MESSAGES, addAdminMessages } from './messages/index.ts';

const entry = (id: number, action: string) => ({
  id,
  at: '2026-03-02T10:00:00.000Z',
  orgId: 'o',
  userId: 'u',
  action,
  target: null,
  detail: null,
  actor: 'Olena (admin@demo.kolo)',
  targetInfo: null,
});

/** A fake audit route: every entry, or those of the action asked for; records the paths asked. */
function fakeAudit() {
  const asked: string[] = [];
  const all = [entry(3, 'publish'), entry(2, 'password_reset'), entry(1, 'login_failed')];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://localhost');
    asked.push(`${url.pathname}${url.search}`);
    const action = url.searchParams.get('action');
    const entries = action ? all.filter((e) => e.action === action) : all;
    return new Response(JSON.stringify({ entries }), { status: 200 });
  });
  return asked;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuditSection />
    </QueryClientProvider>,
  );
}

describe('AuditSection', () => {
  beforeAll(() => {
    addAdminMessages(i18n);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await i18n.changeLanguage('en');
  });

  it('should name each action in sentence case, never show its code', async () => {
    fakeAudit();
    await i18n.changeLanguage('en');
    renderSection();
    const table = await screen.findByRole('table');
    await within(table).findByText('Survey published');
    expect(within(table).getByText('Password reset')).toBeInTheDocument();
    expect(within(table).getByText('Failed sign-in')).toBeInTheDocument();
    expect(table.textContent).not.toMatch(/publish\b|password_reset|login_failed/);
  });

  it('should name actions in the reader’s language', async () => {
    fakeAudit();
    await i18n.changeLanguage('uk');
    renderSection();
    const table = await screen.findByRole('table');
    await within(table).findByText('Опубліковано опитування');
    expect(within(table).getByText('Скинуто пароль')).toBeInTheDocument();
  });

  it('should filter by action, offering the same names', async () => {
    const asked = fakeAudit();
    await i18n.changeLanguage('en');
    renderSection();
    const user = userEvent.setup();
    const filter = await screen.findByRole('combobox', { name: 'Action' });
    const offered = within(filter)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered[0]).toBe('All actions');
    expect(offered).toContain('Password reset');
    expect(offered).toHaveLength(Object.keys(ADMIN_MESSAGES.en.audit.actions).length + 1);
    await user.selectOptions(filter, 'Password reset');
    const table = screen.getByRole('table');
    await vi.waitFor(() => expect(within(table).queryByText('Survey published')).toBeNull());
    expect(within(table).getByText('Password reset')).toBeInTheDocument();
    expect(asked.at(-1)).toBe('/api/audit?limit=100&action=password_reset');
  });
});
