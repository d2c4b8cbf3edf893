import { defineRoute } from '../../platform/http/route.ts';
import { exportAuditCsv } from './export-audit.ts';
import { listAudit } from './list-audit.ts';
import { AuditFilterSchema, AuditPageSchema, AuditQuerySchema } from './schemas.ts';

export const listAuditRoute = defineRoute({
  method: 'get',
  path: '/api/audit',
  tag: 'audit',
  summary:
    'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)',
  permission: 'audit.read',
  query: AuditQuerySchema,
  response: AuditPageSchema,
  handler: (ctx, { query }) => listAudit(ctx, query),
});

export const exportAuditRoute = defineRoute({
  method: 'get',
  path: '/api/audit/export.csv',
  tag: 'audit',
  summary:
    'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)',
  permission: 'audit.read',
  query: AuditFilterSchema,
  response: { contentType: 'text/csv', description: 'CSV file, cells safe to open in a spreadsheet' },
  handler: async (ctx, { query }) => {
    const chunks = exportAuditCsv(ctx, query);
    const encoder = new TextEncoder();
    return new Response(
      new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await chunks.return(undefined);
        },
      }),
      {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="hwmo-audit.csv"',
        },
      },
    );
  },
});

export const routes = [listAuditRoute, exportAuditRoute];
