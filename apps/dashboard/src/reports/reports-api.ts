import type { InferRequestType } from 'hono/client';
import { type Answer, answer, kolo } from '../api/kolo.ts';

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
export type ReportSummary = Answer<typeof kolo.api.reports.$get>['reports'][number];

/** What the form sends. */
export type ReportRequest = InferRequestType<typeof kolo.api.reports.$post>['json'];

/** The organization's reports, newest first. */
export const listReports = () => answer(kolo.api.reports.$get({ query: {} }));

/** Make a report; the server keeps its figures. */
export const createReport = (request: ReportRequest) => answer(kolo.api.reports.$post({ json: request }));

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
