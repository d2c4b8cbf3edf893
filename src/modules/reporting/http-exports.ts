import { defineRoute, type Route } from '../../platform/http/route.ts';
import { exportProgress } from './export-progress.ts';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  type ExportedFile,
  type ExportFormat,
  exportReport,
} from './export-report.ts';
import { ReportIdParamsSchema, RoundIdParamsSchema } from './schemas.ts';

const TAG = 'reporting';

const REPORT_SUMMARY: Record<ExportFormat, string> = {
  pdf: 'A report as a PDF document, in the language asked for',
  docx: 'A report as a Word (DOCX) document, in the language asked for',
  html: 'A report as a printable HTML page, in the language asked for',
  csv: 'The tables of a report as CSV, each headed by its question, in the language asked for',
};
const PROGRESS_SUMMARY: Record<ExportFormat, string> = {
  pdf: "The round's global progress report as a PDF document, in the language asked for",
  docx: "The round's global progress report as a Word (DOCX) document, in the language asked for",
  html: "The round's global progress report as a printable HTML page, in the language asked for",
  csv: "The tables of the round's global progress report as CSV, in the language asked for",
};
const REPORT_DESCRIPTION =
  'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.';
const PROGRESS_DESCRIPTION =
  'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.';

const DESCRIBED: Record<ExportFormat, string> = {
  pdf: 'The PDF document.',
  docx: 'The DOCX document.',
  html: 'The printable HTML page (no script, no external resource).',
  csv: 'The CSV file (UTF-8 with a byte-order mark).',
};

/** The media type of a format, without its charset. */
const mediaType = (format: ExportFormat) => CONTENT_TYPES[format].split(';')[0] ?? CONTENT_TYPES[format];

/** "file.pdf" as a download, or shown in the browser (HTML). */
function disposition(file: ExportedFile, format: ExportFormat): string {
  const ascii = file.filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `${format === 'html' ? 'inline' : 'attachment'}; filename="${ascii}"`;
}

/** The file as the answer: never cached, as what the reader may read changes with the report's state. */
function answer(file: ExportedFile, format: ExportFormat): Response {
  const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
  return new Response(body, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(body.byteLength),
      'content-disposition': disposition(file, format),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      ...(format === 'html'
        ? {
            'content-security-policy':
              "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          }
        : {}),
    },
  });
}

const reportExports = EXPORT_FORMATS.map((format) =>
  defineRoute({
    method: 'get',
    path: `/api/reports/:id/export.${format}`,
    tag: TAG,
    summary: REPORT_SUMMARY[format],
    description: REPORT_DESCRIPTION,
    permission: 'public',
    params: ReportIdParamsSchema,
    response: { contentType: mediaType(format), description: DESCRIBED[format] },
    handler: async (ctx, { params }) => {
      const file = await exportReport(ctx, params.id, format);
      return answer(file, format);
    },
  }),
);

const progressExports = EXPORT_FORMATS.map((format) =>
  defineRoute({
    method: 'get',
    path: `/api/rounds/:id/progress-report/export.${format}`,
    tag: TAG,
    summary: PROGRESS_SUMMARY[format],
    description: PROGRESS_DESCRIPTION,
    permission: 'public',
    params: RoundIdParamsSchema,
    response: { contentType: mediaType(format), description: DESCRIBED[format] },
    handler: async (ctx, { params }) => {
      const file = await exportProgress(ctx, params.id, format);
      return answer(file, format);
    },
  }),
);

export const exportRoutes: readonly Route[] = [...reportExports, ...progressExports];
