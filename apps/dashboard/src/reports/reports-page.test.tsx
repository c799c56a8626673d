import type { SurveyDefinition } from '@kolo/schema';
import { serviceSatisfaction } from '@kolo/surveys';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { defaultQuestionIds } from './question-options.ts';
import { type ReportSummary, recentQuarters } from './reports-api.ts';
import { ReportsPage } from './reports-page.tsx';

const survey = serviceSatisfaction as SurveyDefinition;
const EARLIER: ReportSummary = {
  id: '11111111-1111-4111-8111-111111111111',
  surveyId: 'service-satisfaction',
  title: 'Q1 for the donor meeting',
  language: 'uk',
  period: { from: '2026-01-01', to: '2026-03-31', quarter: '2026-Q1' },
  scope: { level: 'network' },
  scopeLabel: 'Уся мережа',
  dataVersion: { submissions: 312, latestReceivedAt: '2026-04-02T10:00:00.000Z', surveyVersions: [1] },
  createdAt: '2026-04-03T09:00:00.000Z',
};

/** A fake API: answers by method and path, and records what was posted. */
function fakeApi(postAnswer: () => Response) {
  const posted: unknown[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const path = String(input);
    if (init?.method === 'POST' && path === '/api/reports') {
      posted.push(JSON.parse(String(init.body)));
      return postAnswer();
    }
    if (path === '/api/reports') return json({ reports: [EARLIER] });
    if (path === '/api/surveys')
      return json({ surveys: [{ id: survey.id, version: 1, title: survey.title, locales: ['en'] }] });
    if (path === `/api/surveys/${survey.id}`) return json({ id: survey.id, version: 1, definition: survey });
    if (path === '/api/sites')
      return json({
        sites: [
          {
            id: 'a0000000-0000-4000-8000-000000000001',
            name: 'DIC',
            country: 'UA',
            city: 'Kyiv',
            serviceTypes: [],
            active: true,
          },
          {
            id: 'a0000000-0000-4000-8000-000000000002',
            name: 'OST',
            country: 'KG',
            city: 'Bishkek',
            serviceTypes: [],
            active: true,
          },
        ],
      });
    return json({ error: { code: 'not_found', message: 'no route' } }, 404);
  });
  return posted;
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ReportsPage />
    </QueryClientProvider>,
  );
}

describe('ReportsPage', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should list earlier reports with the data they were made from and both downloads', async () => {
    fakeApi(() => new Response('{}', { status: 201 }));
    renderPage();
    const row = (await screen.findByRole('rowheader', { name: 'Q1 for the donor meeting' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('Уся мережа');
    expect(row).toHaveTextContent('2026 Q1');
    expect(row).toHaveTextContent('312 submissions, the latest received Apr 2, 2026');
    expect(
      within(row).getByRole('link', { name: 'Download “Q1 for the donor meeting” as PDF' }),
    ).toHaveAttribute('href', `/api/reports/${EARLIER.id}/report.pdf`);
    expect(
      within(row).getByRole('link', { name: 'Download “Q1 for the donor meeting” as a Word document' }),
    ).toHaveAttribute('href', `/api/reports/${EARLIER.id}/report.docx`);
  });

  it('should post the quarter, the city, the language, the text and the indicator questions', async () => {
    const posted = fakeApi(() => new Response(JSON.stringify({ report: EARLIER }), { status: 201 }));
    renderPage();
    const user = userEvent.setup();
    // the survey list, sites and the chosen survey load together: seconds on a loaded machine
    await screen.findByRole('option', { name: 'Service satisfaction' }, { timeout: 5_000 });
    await user.selectOptions(screen.getByLabelText('Covers'), 'A city');
    await user.selectOptions(await screen.findByLabelText('City'), 'Bishkek (KG)');
    await user.selectOptions(screen.getByLabelText('Language of the report'), 'Кыргызча');
    await user.type(screen.getByLabelText('Introduction'), 'Жамаат менен жолугушуу');
    await screen.findByText(/chosen of at most 40/);
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The report is ready');
    expect(posted).toEqual([
      {
        surveyId: 'service-satisfaction',
        language: 'ky',
        period: { quarter: recentQuarters(new Date())[1] },
        scope: { level: 'region', country: 'KG', city: 'Bishkek' },
        narrative: { introduction: 'Жамаат менен жолугушуу' },
        questions: defaultQuestionIds(survey),
      },
    ]);
  }, 30_000);

  it("should show the server's reason when a report cannot be made", async () => {
    fakeApi(
      () =>
        new Response(
          JSON.stringify({
            error: { code: 'invalid', message: 'scope.city: your organization has no site in Osh' },
          }),
          {
            status: 422,
          },
        ),
    );
    renderPage();
    await screen.findByRole('option', { name: 'Service satisfaction' });
    await userEvent.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The report could not be made: scope.city: your organization has no site in Osh',
    );
  });
});
