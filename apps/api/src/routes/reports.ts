import { z } from '@hono/zod-openapi';
import { DataVersion, ReportModel } from '../report/model.ts';
import { ReportRequest } from '../report/request.ts';
import { createReport, getReport, listReports, type ReportSummary } from '../report/store.ts';
import { json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';

/** A stored report in the list: what it covers and the data it was made from. */
export const ReportSummarySchema = z
  .object({
    id: z.uuid(),
    surveyId: z.string(),
    title: z.string(),
    language: ReportModel.shape.language,
    period: ReportModel.shape.period,
    scope: ReportModel.shape.scope,
    scopeLabel: z.string(),
    dataVersion: DataVersion,
    createdAt: z.string(),
  })
  .openapi('ReportSummary');

const FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** An ASCII file name for a report: survey, period and language. */
function fileName(report: ReportSummary, extension: keyof typeof FILE_TYPES): string {
  const period = report.period.quarter ?? `${report.period.from}_${report.period.to}`;
  return `kolo-report-${report.surveyId}-${period}-${report.language}.${extension}`.replace(
    /[^A-Za-z0-9._-]/g,
    '-',
  );
}

/**
 * The report routes: staff and admins make a report (the model with every figure is stored, with
 * the data version it rests on) and download it as PDF or DOCX, drawn on request from the stored
 * model, so a report keeps its figures when new answers arrive. Funders get no report route.
 */
export function reportRoutes() {
  const download = (extension: keyof typeof FILE_TYPES, render: (model: ReportModel) => Promise<Buffer>) =>
    secured(
      {
        method: 'get',
        path: `/api/reports/{id}/report.${extension}`,
        access: ROLES_DESIGN,
        summary: `The report as ${extension.toUpperCase()}, drawn from its stored figures`,
        request: { params: z.object({ id: z.uuid('a report id is a UUID') }) },
        responses: {
          200: {
            description: extension.toUpperCase(),
            content: { [FILE_TYPES[extension]]: { schema: z.string().openapi({ format: 'binary' }) } },
          },
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { summary, model } = await getReport(c.get('deps'), user.orgId, c.req.valid('param').id);
        const bytes = await render(model);
        return c.body(new Uint8Array(bytes), 200, {
          'Content-Type': FILE_TYPES[extension],
          'Content-Disposition': `attachment; filename="${fileName(summary, extension)}"`,
          'Content-Length': String(bytes.length),
        });
      },
    );

  return [
    secured(
      {
        method: 'post',
        path: '/api/reports',
        access: ROLES_DESIGN,
        summary:
          'Make a report of a survey for a period and scope in one language, with the narrative sections; its figures and data version are kept',
        request: { body: { content: { 'application/json': { schema: ReportRequest } }, required: true } },
        responses: { 201: json(z.object({ report: ReportSummarySchema }), 'Made') },
      },
      async (c) => {
        const user = signedIn(c);
        const report = await createReport(c.get('deps'), user, c.req.valid('json'));
        return c.json({ report }, 201);
      },
    ),
    secured(
      {
        method: 'get',
        path: '/api/reports',
        access: ROLES_DESIGN,
        summary: 'Reports made earlier, newest first, with the data version each was made from',
        request: { query: z.strictObject({ surveyId: z.string().max(64).optional() }) },
        responses: { 200: json(z.object({ reports: z.array(ReportSummarySchema) }), 'Reports') },
      },
      async (c) => {
        const user = signedIn(c);
        const reports = await listReports(c.get('deps'), user.orgId, c.req.valid('query').surveyId);
        return c.json({ reports }, 200);
      },
    ),
    secured(
      {
        method: 'get',
        path: '/api/reports/{id}',
        access: ROLES_DESIGN,
        summary: 'One report with every figure it prints (its model)',
        request: { params: z.object({ id: z.uuid('a report id is a UUID') }) },
        responses: { 200: json(z.object({ report: ReportSummarySchema, model: ReportModel }), 'Report') },
      },
      async (c) => {
        const user = signedIn(c);
        const { summary, model } = await getReport(c.get('deps'), user.orgId, c.req.valid('param').id);
        return c.json({ report: summary, model }, 200);
      },
    ),
    // the drawing libraries (pdfkit with its fonts, docx) load on the first download, not at every start
    download('pdf', async (model) => (await import('../report/pdf.ts')).renderReportPdf(model)),
    download('docx', async (model) => (await import('../report/docx.ts')).renderReportDocx(model)),
  ] as const;
}
