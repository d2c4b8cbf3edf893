import { type Config, importLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, type Route } from '../../platform/http/route.ts';
import { exportObservations } from './export-observations.ts';
import { getBatch } from './get-batch.ts';
import { importFile } from './import-file.ts';
import { parseMappingText } from './importers/mapping.ts';
import { listBatches } from './list-batches.ts';
import { text as msg } from './messages.ts';
import { queryObservations } from './query-observations.ts';
import { rollbackBatch } from './rollback-batch.ts';
import {
  BatchDetailSchema,
  BatchIdParamSchema,
  BatchListSchema,
  BatchPagingSchema,
  ExportQuerySchema,
  ImportFormSchema,
  ImportQuerySchema,
  type ImportReport,
  ImportResultSchema,
  importOptions,
  ObservationFilterSchema,
  ObservationPageSchema,
  RollbackSchema,
} from './schemas.ts';
import { templateCsv, templateXlsx } from './template.ts';

const observations = defineRoute({
  method: 'get',
  path: '/api/observations',
  tag: 'data',
  summary: 'Observations with their source file and row',
  permission: 'public',
  query: ObservationFilterSchema,
  response: ObservationPageSchema,
  handler: (ctx, { query }) => queryObservations(ctx, query),
});

/** A stream of text chunks as a response body; the first chunk is read before answering, so that a refused
 * filter is a problem, not a broken 200. */
async function textStream(chunks: AsyncGenerator<string>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | undefined = await chunks.next();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = pending ?? (await chunks.next());
      pending = undefined;
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

const exportCsv = defineRoute({
  method: 'get',
  path: '/api/export',
  tag: 'data',
  summary: 'All observations matching the filters as CSV (hwmo template) or SDMX-CSV',
  permission: 'public',
  query: ExportQuerySchema,
  response: { contentType: 'text/csv', description: 'CSV file' },
  handler: async (ctx, { query }) => {
    const name = query.format === 'csv' ? 'hwmo-observations.csv' : 'hwmo-observations-sdmx.csv';
    return new Response(await textStream(exportObservations(ctx, query)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    });
  },
});

const batches = defineRoute({
  method: 'get',
  path: '/api/batches',
  tag: 'imports',
  summary: 'Import batches, newest first',
  permission: 'public',
  query: BatchPagingSchema,
  response: BatchListSchema,
  handler: async (ctx, { query }) => ({ items: await listBatches(ctx, query) }),
});

const batch = defineRoute({
  method: 'get',
  path: '/api/batches/:id',
  tag: 'imports',
  summary: 'One batch with its skipped rows and revision links',
  permission: 'public',
  params: BatchIdParamSchema,
  response: BatchDetailSchema,
  handler: (ctx, { params }) => getBatch(ctx, params.id),
});

// The areas of a batch are known only from its values: rollbackBatch checks each.
const rollback = defineRoute({
  method: 'post',
  path: '/api/batches/:id/rollback',
  tag: 'imports',
  summary: 'Roll back a batch, restoring the values it superseded',
  description: 'Needs data.rollback for every area the batch holds values for.',
  permission: 'data.rollback',
  params: BatchIdParamSchema,
  response: RollbackSchema,
  handler: (ctx, { params }) => rollbackBatch(ctx, params.id),
});

const templateCsvRoute = defineRoute({
  method: 'get',
  path: '/api/imports/template.csv',
  tag: 'imports',
  summary: 'The hwmo long-CSV template: header, two example rows and the allowed values as # comments',
  permission: 'public',
  response: { contentType: 'text/csv', description: 'CSV template' },
  handler: () =>
    new Response(templateCsv(), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="hwmo-template.csv"',
      },
    }),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const templateXlsxRoute = defineRoute({
  method: 'get',
  path: '/api/imports/template.xlsx',
  tag: 'imports',
  summary: 'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values',
  permission: 'public',
  response: { contentType: XLSX, description: 'XLSX template' },
  handler: async () =>
    new Response(new Uint8Array(await templateXlsx()), {
      headers: { 'content-type': XLSX, 'content-disposition': 'attachment; filename="hwmo-template.xlsx"' },
    }),
});

/** POST /api/imports: the limits on what a file may hold come from the configuration (HWMO_MAX_*). */
function importRoute(config: Config): Route {
  const limits = importLimits(config);
  // The areas of a file are known only once it is read: importFile checks each.
  return defineRoute({
    method: 'post',
    path: '/api/imports',
    tag: 'imports',
    summary: 'Import one or more files (multipart field "file"); same report as `hwmo import --json`',
    description:
      'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.',
    permission: 'data.import',
    query: ImportQuerySchema,
    body: { multipart: ImportFormSchema },
    bodyLimit: (c) => c.maxUploadBytes,
    response: ImportResultSchema,
    handler: async (ctx, { query, body, files }) => {
      const form = importOptions(body, query);
      const mapping =
        form.mapping === undefined ? undefined : parseMappingText(form.mapping, 'form field "mapping"');
      const uploads = files.file ?? [];
      if (uploads.length === 0) {
        throw new AppError('invalid_input', msg('noFileUploaded'), {
          errors: [{ field: 'file', message: msg('required') }],
        });
      }
      const reports: ImportReport[] = [];
      for (const f of uploads) {
        reports.push(
          await importFile(ctx, {
            input: { fileName: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) },
            ...(form.format ? { format: form.format } : {}),
            ...(form.sheet ? { sheet: form.sheet } : {}),
            dryRun: form.dryRun ?? false,
            skipUnknownAreas: form.skipUnknownAreas ?? false,
            limits,
            acceptUnterminated: form.acceptUnterminated ?? false,
            ...(mapping ? { mapping } : {}),
            ...(form.mappingFrom !== undefined ? { mappingFrom: form.mappingFrom } : {}),
          }),
        );
      }
      return { files: reports };
    },
  });
}

/** The routes of observations, imports and batches; the import route reads its limits from `config`. */
export function observationRoutes(config: Config): Route[] {
  return [
    observations,
    exportCsv,
    batches,
    batch,
    rollback,
    importRoute(config),
    templateCsvRoute,
    templateXlsxRoute,
  ];
}
