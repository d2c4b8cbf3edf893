import { defineRoute, type Route } from '../../platform/http/route.ts';
import { editProgressReport } from './edit-progress.ts';
import { generateProgressReport } from './generate-progress.ts';
import { getProgressReport } from './get-progress.ts';
import { RoundIdParamsSchema } from './schemas.ts';
import { EditProgressSchema, ProgressReportSchema } from './schemas-progress.ts';

const generate = defineRoute({
  method: 'post',
  path: '/api/rounds/:id/progress-report',
  tag: 'reporting',
  summary:
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text",
  permission: 'reporting.manage',
  params: RoundIdParamsSchema,
  response: ProgressReportSchema,
  handler: (ctx, { params }) => generateProgressReport(ctx, params.id),
});

const read = defineRoute({
  method: 'get',
  path: '/api/rounds/:id/progress-report',
  tag: 'reporting',
  summary: "The round's global progress report (public once the round is published)",
  permission: 'public',
  params: RoundIdParamsSchema,
  response: ProgressReportSchema,
  handler: (ctx, { params }) => getProgressReport(ctx, params.id),
});

const edit = defineRoute({
  method: 'put',
  path: '/api/rounds/:id/progress-report',
  tag: 'reporting',
  summary:
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)",
  permission: 'reporting.manage',
  params: RoundIdParamsSchema,
  body: EditProgressSchema,
  response: ProgressReportSchema,
  handler: (ctx, { params, body }) => editProgressReport(ctx, params.id, body),
});

export const progressRoutes: readonly Route[] = [generate, read, edit];
