import { api } from '../api/client.ts';

/** The languages a report is written in (the API's list). */
export const REPORT_LANGUAGES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr', 'sr-Latn'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The most questions a report charts (the API refuses more). */
export const QUESTIONS_MAX = 40;

export type ReportScope =
  | { level: 'network' }
  | { level: 'country'; country: string }
  | { level: 'region'; country: string; city: string }
  | { level: 'site'; siteId: string };

/** A stored report as the list shows it. */
export interface ReportSummary {
  id: string;
  surveyId: string;
  title: string;
  language: ReportLanguage;
  period: { from: string; to: string; quarter: string | null };
  scope: ReportScope;
  scopeLabel: string;
  dataVersion: { submissions: number; latestReceivedAt: string | null; surveyVersions: number[] };
  createdAt: string;
}

/** What the form sends. */
export interface ReportRequest {
  surveyId: string;
  title?: string;
  language: ReportLanguage;
  period: { quarter: string } | { from: string; to: string };
  scope: ReportScope;
  narrative: { introduction?: string; keyMessages?: string; recommendations?: string };
  questions?: string[];
}

/** The organization's reports, newest first. */
export const listReports = () => api<{ reports: ReportSummary[] }>('/api/reports');

/** Make a report; the server keeps its figures. */
export const createReport = (request: ReportRequest) =>
  api<{ report: ReportSummary }>('/api/reports', { method: 'POST', json: request });

/** Where a report downloads as PDF or DOCX. */
export const reportFile = (id: string, format: 'pdf' | 'docx') => `/api/reports/${id}/report.${format}`;

/** The last `count` calendar quarters up to the one `today` is in, newest first, e.g. `2026-Q2`. */
export function recentQuarters(today: Date, count = 8): string[] {
  const out: string[] = [];
  let year = today.getUTCFullYear();
  let quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return out;
}
