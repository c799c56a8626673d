// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions write references as ${name}
import type { SurveyDefinition } from '@kolo/schema';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { LookupTablesPanel } from './lookup-tables.tsx';
import { addDesignMessages } from './messages/index.ts';

const teams = { columns: ['district', 'size'], rows: [['Bong', '3']] };
const survey: SurveyDefinition = {
  id: 'village',
  version: 1,
  locales: ['en'],
  title: { en: 'Village' },
  lookups: { teams },
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      items: [
        { id: 'ea', kind: 'text', label: { en: 'Area' } },
        {
          id: 'lat',
          kind: 'calculate',
          label: { en: 'Latitude' },
          calculation: "pulldata('sampleList', 'lat', 'EFEACODE', ${ea})",
        },
      ],
    },
  ],
};

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function panel() {
  const ensureSaved = vi.fn(async () => true);
  const onChanged = vi.fn();
  render(
    <LookupTablesPanel
      surveyId="village"
      definition={survey}
      ensureSaved={ensureSaved}
      onChanged={onChanged}
    />,
  );
  return { ensureSaved, onChanged };
}

describe('the lookup tables panel', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should show the table the form reads as missing and an unread one as attached but unused', () => {
    panel();
    expect(
      screen.getByText('Missing: the survey cannot be published until this table is attached.'),
    ).toBeTruthy();
    expect(screen.getByText('Columns the form reads: lat, EFEACODE')).toBeTruthy();
    expect(screen.getByText('Attached, but no question reads it.')).toBeTruthy();
    expect(screen.getByText(/must not contain anything about respondents/)).toBeTruthy();
  });

  it('should save first, send the file as the table the form reads, and take the stored table', async () => {
    const user = userEvent.setup();
    const sampleList = { columns: ['EFEACODE', 'lat'], rows: [['1', '6.3']] };
    const fetch = vi.fn(async (_path: string, _init?: RequestInit) =>
      answer(200, {
        id: 'village',
        name: 'sampleList',
        table: sampleList,
        replaced: false,
        errors: [],
        warnings: [],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const { ensureSaved, onChanged } = panel();
    const file = new File(['EFEACODE,lat\n1,6.3\n'], 'sample list (2).csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Upload sampleList.csv'), file);
    await screen.findByText('sampleList.csv attached.');
    expect(ensureSaved).toHaveBeenCalledOnce();
    const [path, init] = fetch.mock.calls[0] ?? [];
    expect([path, init?.method]).toEqual(['/api/surveys/village/draft/lookups/sampleList', 'PUT']);
    expect((init?.body as FormData | undefined)?.get('file')).toBeInstanceOf(File);
    expect(onChanged).toHaveBeenCalledWith({ teams, sampleList }, expect.objectContaining({ errors: [] }));
  });

  it('should word a refusal in the reader’s language with the lines it names', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(422, {
          error: {
            code: 'invalid',
            message: 'sampleList.csv: line 4: this row has 1 values but the header names 2 columns',
            problem: 'csv_rows',
            lines: [{ line: 4, message: 'this row has 1 values but the header names 2 columns' }],
          },
        }),
      ),
    );
    const { onChanged } = panel();
    await user.upload(screen.getByLabelText('Upload sampleList.csv'), new File(['x'], 'sampleList.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some rows do not fit the first line');
    expect(alert.textContent).toContain('Lines: 4');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('should ask before removing a table, and remove it only when confirmed', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(async () => answer(200, { id: 'village', errors: [], warnings: [] }));
    vi.stubGlobal('fetch', fetch);
    const { onChanged } = panel();
    await user.click(screen.getByRole('button', { name: 'Remove teams.csv' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fetch).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Remove teams.csv' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Remove teams.csv from the draft?');
    await user.click(screen.getByRole('button', { name: 'Remove the table' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(undefined, expect.anything()));
    expect(String((fetch.mock.calls[0] as unknown[] | undefined)?.[0])).toContain(
      '/api/surveys/village/draft/lookups/teams',
    );
  });
});
