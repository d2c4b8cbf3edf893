import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, type Route } from '../../platform/http/route.ts';
import { QuestionIdSchema } from '../questionnaires/schemas.ts';
import { actOnReport } from './act-on-report.ts';
import { addAttachment } from './add-attachment.ts';
import { createReport } from './create-report.ts';
import { deleteAttachment } from './delete-attachment.ts';
import { MAX_ATTACHMENT_BYTES } from './domain/attachment-files.ts';
import { getAttachment } from './get-attachment.ts';
import { getReport } from './get-report.ts';
import { importFigures } from './import-figures.ts';
import { listReports } from './list-reports.ts';
import { reportText } from './messages-reports.ts';
import { prefillReport } from './prefill-report.ts';
import { saveAnswers } from './save-answers.ts';
import {
  AttachmentParamsSchema,
  AttachmentSchema,
  CreateReportSchema,
  ImportFiguresResultSchema,
  PrefillResultSchema,
  REPORT_ACTIONS,
  ReportActionBodySchema,
  ReportIdParamsSchema,
  ReportListQuerySchema,
  ReportListSchema,
  ReportSchema,
  RoundIdParamsSchema,
  SaveAnswersSchema,
} from './schemas.ts';

const TAG = 'reporting';

/** Room for the multipart envelope around the largest file accepted. */
const MULTIPART_OVERHEAD = 64 * 1024;

const AttachmentFormSchema = z.object({
  question: QuestionIdSchema.describe('The file question the file answers.'),
  version: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('The version of the report the file is added to; a stale one is refused (409).'),
});

const ATTACHED = z.object({ attachment: AttachmentSchema, report: ReportSchema });

const SUMMARY: Record<(typeof REPORT_ACTIONS)[number], string> = {
  submit: 'Submit a report for review (refused while answers are missing or wrong)',
  return: 'Return a report to its authors with comments, per question or on the whole report',
  accept: 'Accept a submitted report',
  publish: 'Publish an accepted report',
};

/** "file.pdf" in a Content-Disposition header, with its UTF-8 form for names beyond ASCII. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const reportRoutes: readonly Route[] = [
  defineRoute({
    method: 'get',
    path: '/api/rounds/:id/reports',
    tag: TAG,
    summary: 'The reports of a round the reader may read',
    description:
      'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.',
    permission: 'signed-in',
    params: RoundIdParamsSchema,
    query: ReportListQuerySchema,
    response: ReportListSchema,
    handler: (ctx, { params, query }) => listReports(ctx, params.id, query),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rounds/:id/reports',
    tag: TAG,
    summary:
      'Start a national or stakeholder report on an open round, its tables pre-filled from the data core',
    permission: 'signed-in',
    params: RoundIdParamsSchema,
    body: CreateReportSchema,
    response: ReportSchema,
    status: 201,
    handler: (ctx, { params, body }) => createReport(ctx, params.id, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id',
    tag: TAG,
    summary: 'A report with its comments, attachments, issues and the actions the reader may take',
    permission: 'public',
    params: ReportIdParamsSchema,
    response: ReportSchema,
    handler: (ctx, { params }) => getReport(ctx, params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/api/reports/:id/answers',
    tag: TAG,
    summary: 'Autosave the answers changed since a version (409 with the current report when it is stale)',
    permission: 'signed-in',
    params: ReportIdParamsSchema,
    body: SaveAnswersSchema,
    response: ReportSchema,
    handler: (ctx, { params, body }) => saveAnswers(ctx, params.id, body),
  }),
  ...REPORT_ACTIONS.map((action) =>
    defineRoute({
      method: 'post',
      path: `/api/reports/:id/${action}`,
      tag: TAG,
      summary: SUMMARY[action],
      permission: action === 'submit' ? 'signed-in' : 'reporting.review',
      params: ReportIdParamsSchema,
      body: ReportActionBodySchema,
      response: ReportSchema,
      handler: (ctx, { params, body }) => actOnReport(ctx, params.id, action, body),
    }),
  ),
  defineRoute({
    method: 'post',
    path: '/api/reports/:id/attachments',
    tag: TAG,
    summary:
      'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)',
    permission: 'signed-in',
    params: ReportIdParamsSchema,
    body: { multipart: AttachmentFormSchema },
    bodyLimit: MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD,
    response: ATTACHED,
    status: 201,
    handler: async (ctx, { params, body, files }) => {
      const sent = files.file ?? [];
      const file = sent[0];
      if (!file || sent.length > 1)
        throw new AppError('invalid_input', reportText('no_file'), { location: { field: 'file' } });
      return addAttachment(ctx, params.id, {
        question: body.question,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        version: body.version,
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id/attachments/:attachment',
    tag: TAG,
    summary: 'A file attached to a report, as it was uploaded',
    permission: 'public',
    params: AttachmentParamsSchema,
    response: {
      contentType: 'application/octet-stream',
      description: 'The file, with its stored content type.',
    },
    handler: async (ctx, { params }) => {
      const a = await getAttachment(ctx, params.id, params.attachment);
      return new Response(a.bytes, {
        headers: {
          'content-type': a.contentType,
          'content-length': String(a.bytes.byteLength),
          'content-disposition': disposition(a.fileName),
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        },
      });
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/reports/:id/attachments/:attachment',
    tag: TAG,
    summary: 'Remove a file from a report that can still be changed',
    permission: 'signed-in',
    params: AttachmentParamsSchema,
    response: ReportSchema,
    handler: (ctx, { params }) => deleteAttachment(ctx, params.id, params.attachment),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reports/:id/prefill',
    tag: TAG,
    summary: 'What the data core holds for the report’s tables, and how the reported figures differ from it',
    permission: 'public',
    params: ReportIdParamsSchema,
    response: PrefillResultSchema,
    handler: (ctx, { params }) => prefillReport(ctx, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/reports/:id/import',
    tag: TAG,
    summary: 'Import the figures of an accepted national report into the data core as one batch',
    permission: 'reporting.review',
    params: ReportIdParamsSchema,
    response: ImportFiguresResultSchema,
    handler: (ctx, { params }) => importFigures(ctx, params.id),
  }),
];
