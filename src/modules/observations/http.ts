import { z } from 'zod';
import { importLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteKit } from '../../platform/http/kit.ts';
import { dbId, offset } from '../../platform/http/query-params.ts';
import { limitBody } from '../../platform/http/route.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { getBatch, listBatches, rollbackBatch } from './batches.ts';
import { exportObservations } from './export-observations.ts';
import { type ImportReport, importFile } from './import-file.ts';
import { parseMappingText } from './importers/mapping.ts';
import { FORMAT_NAMES, type FormatName } from './importers/types.ts';
import { ObservationFilterSchema, ObservationPageSchema } from './observation-schemas.ts';
import { queryObservations } from './query-observations.ts';
import { ImportFormSchema, ImportQuerySchema, ImportResultSchema, importOptions } from './schemas.ts';
import { templateCsv, templateXlsx } from './template.ts';

const IdParamSchema = z.object({ id: dbId.describe('Batch id') });
const PagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset,
});
const ExportQuerySchema = ObservationFilterSchema.omit({ limit: true, offset: true }).extend({
  format: z
    .enum(['csv', 'sdmx-csv'])
    .default('csv')
    .describe('csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0'),
});
const BatchSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  format: z.string(),
  sheet: z.string().nullable(),
  sha256: z.string(),
  bytes: z.number().int(),
  status: z.enum(['committed', 'rolled_back']),
  createdAt: z.string(),
  rolledBackAt: z.string().nullable(),
  rowsRead: z.number().int(),
  stored: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});
const BatchListSchema = z.object({ items: z.array(BatchSchema) });
const RollbackSchema = z.object({
  batchId: z.number().int(),
  removed: z.number().int(),
  restored: z.number().int(),
});

export function registerObservationRoutes(kit: RouteKit): void {
  const { app, db, config } = kit;

  kit.json({
    method: 'get',
    path: '/api/observations',
    summary: 'Observations with their source file and row',
    tag: 'data',
    query: ObservationFilterSchema,
    schema: ObservationPageSchema,
    description: 'A page of observations',
  });
  app.get('/api/observations', async (c) =>
    c.json(await queryObservations(db, kit.query(c, ObservationFilterSchema))),
  );

  kit.document({
    method: 'get',
    path: '/api/export',
    summary: 'All observations matching the filters as CSV (hwmo template) or SDMX-CSV',
    tag: 'data',
    query: ExportQuerySchema,
    response: { contentType: 'text/csv', description: 'CSV file' },
  });
  app.get('/api/export', async (c) => {
    const q = kit.query(c, ExportQuerySchema);
    const { format, ...filter } = q;
    const name = format === 'csv' ? 'hwmo-observations.csv' : 'hwmo-observations-sdmx.csv';
    const encoder = new TextEncoder();
    const chunks = exportObservations(db, filter, format);
    // The first chunk is read before answering, so that a refused filter is a problem, not a broken 200.
    const head = await chunks.next();
    let pending: IteratorResult<string> | undefined = head;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (pending) {
          const first = pending;
          pending = undefined;
          if (first.done) controller.close();
          else controller.enqueue(encoder.encode(first.value));
          return;
        }
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    });
  });

  kit.json({
    method: 'get',
    path: '/api/batches',
    summary: 'Import batches, newest first',
    tag: 'imports',
    query: PagingSchema,
    schema: BatchListSchema,
    description: 'Batches',
  });
  app.get('/api/batches', async (c) => c.json({ items: await listBatches(db, kit.query(c, PagingSchema)) }));

  kit.json({
    method: 'get',
    path: '/api/batches/:id',
    summary: 'One batch with its skipped rows and revision links',
    tag: 'imports',
    params: IdParamSchema,
    schema: BatchSchema.passthrough(),
    description: 'Batch',
  });
  app.get('/api/batches/:id', async (c) =>
    c.json(await getBatch(db, parseInput(IdParamSchema, c.req.param(), 'path').id)),
  );

  kit.json({
    method: 'post',
    path: '/api/batches/:id/rollback',
    summary: 'Roll back a batch, restoring the values it superseded',
    tag: 'imports',
    params: IdParamSchema,
    schema: RollbackSchema,
    description: 'Rolled back',
  });
  app.post('/api/batches/:id/rollback', async (c) =>
    c.json(await rollbackBatch(db, parseInput(IdParamSchema, c.req.param(), 'path').id)),
  );

  kit.json({
    method: 'post',
    path: '/api/imports',
    summary: 'Import one or more files (multipart field "file"); same report as `hwmo import --json`',
    tag: 'imports',
    query: ImportQuerySchema,
    body: {
      contentType: 'multipart/form-data',
      schema: {
        type: 'object',
        properties: {
          file: { type: 'array', items: { type: 'string', format: 'binary' } },
          format: { type: 'string', enum: [...FORMAT_NAMES] },
          sheet: { type: 'string' },
          dryRun: {
            type: 'string',
            enum: ['true', 'false'],
            description: 'Also accepted as the query parameter dryRun; the two must agree',
          },
          skipUnknownAreas: { type: 'string', enum: ['true', 'false'] },
          mapping: { type: 'string', description: 'A column mapping as JSON text (docs/IMPORT-FORMATS.md)' },
          mappingFrom: { type: 'string', description: 'Reuse the column mapping saved with this batch id' },
        },
        required: ['file'],
      },
    },
    schema: ImportResultSchema,
    description: 'One report per file',
  });
  app.post('/api/imports', limitBody(config.maxUploadBytes), async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('multipart/form-data')) {
      throw new AppError('invalid_input', 'Send the files as multipart/form-data in a field named "file"');
    }
    const body = await c.req.parseBody({ all: true }).catch((cause: unknown) => {
      throw new AppError('invalid_input', 'The multipart/form-data body cannot be read', {
        ...(cause instanceof Error ? { detail: cause.message } : {}),
        hint: 'send the files in a well-formed multipart/form-data body, field "file"',
        cause,
      });
    });
    const fields = Object.fromEntries(
      Object.entries(body).filter(([k, v]) => k !== 'file' && typeof v === 'string'),
    );
    const form = importOptions(
      parseInput(ImportFormSchema, fields, 'form'),
      parseInput(ImportQuerySchema, c.req.query(), 'query'),
    );
    const mapping =
      form.mapping === undefined ? undefined : parseMappingText(form.mapping, 'form field "mapping"');
    const files = ([] as unknown[]).concat(body.file ?? []).filter((f): f is File => f instanceof File);
    if (files.length === 0) {
      throw new AppError('invalid_input', 'No file uploaded', {
        errors: [{ field: 'file', message: 'required' }],
      });
    }
    const reports: ImportReport[] = [];
    for (const f of files) {
      reports.push(
        await importFile(db, {
          input: { fileName: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) },
          ...(form.format ? { format: form.format as FormatName } : {}),
          ...(form.sheet ? { sheet: form.sheet } : {}),
          dryRun: form.dryRun ?? false,
          skipUnknownAreas: form.skipUnknownAreas ?? false,
          limits: importLimits(config),
          acceptUnterminated: form.acceptUnterminated ?? false,
          ...(mapping ? { mapping } : {}),
          ...(form.mappingFrom !== undefined ? { mappingFrom: form.mappingFrom } : {}),
        }),
      );
    }
    return c.json({ files: reports });
  });

  kit.document({
    method: 'get',
    path: '/api/imports/template.csv',
    summary: 'The hwmo long-CSV template: header, two example rows and the allowed values as # comments',
    tag: 'imports',
    response: { contentType: 'text/csv', description: 'CSV template' },
  });
  app.get(
    '/api/imports/template.csv',
    () =>
      new Response(templateCsv(), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="hwmo-template.csv"',
        },
      }),
  );

  kit.document({
    method: 'get',
    path: '/api/imports/template.xlsx',
    summary:
      'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values',
    tag: 'imports',
    response: {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      description: 'XLSX template',
    },
  });
  app.get(
    '/api/imports/template.xlsx',
    async () =>
      new Response(new Uint8Array(await templateXlsx()), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="hwmo-template.xlsx"',
        },
      }),
  );
}
