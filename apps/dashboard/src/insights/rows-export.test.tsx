import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { RowsExport, rowsExportUrl } from './rows-export.tsx';

/** The addresses the component opened as downloads. */
function capturedDownloads(): string[] {
  const opened: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opened.push(this.getAttribute('href') ?? '');
  });
  return opened;
}

describe('RowsExport', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("should build the export address from the period and site, labelled in the reader's language", () => {
    expect(
      rowsExportUrl('s1', 'csv', { from: '2026-01-01', to: '2026-03-31', siteId: 'x', locale: 'uk' }),
    ).toBe('/api/surveys/s1/export.csv?from=2026-01-01&to=2026-03-31&siteId=x&labels=uk');
    expect(rowsExportUrl('s1', 'xlsx', { locale: 'en' }, 'tok')).toBe(
      '/api/surveys/s1/export.xlsx?labels=en&includeSensitive=true&confirm=tok',
    );
  });

  it('should open a plain export directly, and a sensitive one only with a confirmation asked first', async () => {
    const opened = capturedDownloads();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ token: 'T'.repeat(43), expiresAt: '2026-01-01T00:01:00Z' }), {
        status: 201,
      }),
    );
    render(<RowsExport surveyId="s1" locale="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'Rows (CSV)' }));
    expect(opened).toEqual(['/api/surveys/s1/export.csv?labels=en']);
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText(/Include sensitive and free-text answers/));
    await userEvent.click(screen.getByRole('button', { name: 'Rows (Excel)' }));
    expect(fetch).toHaveBeenCalledWith(
      '/api/surveys/s1/export-confirmation',
      expect.objectContaining({ method: 'POST', body: '{"format":"xlsx"}', credentials: 'same-origin' }),
    );
    expect(opened[1]).toBe(
      `/api/surveys/s1/export.xlsx?labels=en&includeSensitive=true&confirm=${'T'.repeat(43)}`,
    );
  });

  it('should say why when the confirmation is refused, and open nothing', async () => {
    const opened = capturedDownloads();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({ error: { code: 'forbidden', message: 'your role does not allow this' } }),
        {
          status: 403,
        },
      ),
    );
    render(<RowsExport surveyId="s1" locale="en" />);
    await userEvent.click(screen.getByLabelText(/Include sensitive/));
    await userEvent.click(screen.getByRole('button', { name: 'Rows (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The download could not start: your role does not allow this',
    );
    expect(opened).toEqual([]);
  });
});
