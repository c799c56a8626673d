import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { addAdminMessages } from './messages/index.ts';
import { UsersSection } from './users-section.tsx';

const SITE = {
  id: 'a0000000-0000-4000-8000-000000000001',
  orgId: 'o',
  name: 'DIC',
  country: 'UA',
  city: 'Kyiv',
};
const member = (name: string, role: string, siteIds: string[], mustChangePassword = false) => ({
  id: `id-${name}`,
  email: `${name.toLowerCase()}@demo.kolo`,
  name,
  active: true,
  role,
  siteIds,
  accessUntil: null,
  mustChangePassword,
});

function renderUsers() {
  vi.spyOn(globalThis, 'fetch').mockImplementation(
    async () =>
      new Response(
        JSON.stringify({
          users: [
            member('Olena', 'admin', []),
            member('Iryna', 'monitor', [], true),
            member('Taras', 'monitor', [SITE.id]),
          ],
        }),
        { status: 200 },
      ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const sites = [{ ...SITE, serviceTypes: [], active: true, createdAt: '2026-01-01T00:00:00.000Z' }];
  render(
    <QueryClientProvider client={client}>
      <UsersSection sites={sites} />
    </QueryClientProvider>,
  );
}

describe('UsersSection', () => {
  beforeAll(async () => {
    addAdminMessages(i18n);
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should say who has not chosen their own password yet', async () => {
    renderUsers();
    const row = (await screen.findByText('iryna@demo.kolo')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('has not chosen their own password yet');
    const other = screen.getByText('taras@demo.kolo').closest('tr') as HTMLElement;
    expect(other).not.toHaveTextContent('has not chosen');
  });

  it('should not say "All sites" of a monitor who has none: they cannot collect yet', async () => {
    renderUsers();
    const iryna = (await screen.findByText('iryna@demo.kolo')).closest('tr') as HTMLElement;
    expect(within(iryna).queryByText('All sites')).toBeNull();
    expect(iryna).toHaveTextContent('No sites yet: the person cannot collect until one is assigned');
    const olena = screen.getByText('olena@demo.kolo').closest('tr') as HTMLElement;
    expect(within(olena).getByText('All sites')).toBeInTheDocument();
    const taras = screen.getByText('taras@demo.kolo').closest('tr') as HTMLElement;
    expect(within(taras).getByText('DIC')).toBeInTheDocument();
  });

  it('should say beside the password field that it is temporary', async () => {
    renderUsers();
    expect(await screen.findByLabelText('Initial password')).toHaveAccessibleDescription(
      'Temporary: the person chooses their own password at first sign-in.',
    );
  });
});
