import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { z } from 'zod';
import { type Config, importLimits } from '../config.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';
import { parseMappingText } from '../importers/mapping.ts';
import { FORMAT_NAMES, type FormatName } from '../importers/types.ts';
import {
  AddAreasResultSchema,
  AreaListSchema,
  AreaQuerySchema,
  HealthSchema,
  MeasureListSchema,
  NewAreasBodySchema,
  OccupationListSchema,
  SourceListSchema,
} from '../schemas/catalog.ts';
import {
  ImportFormSchema,
  ImportQuerySchema,
  ImportResultSchema,
  importOptions,
} from '../schemas/imports.ts';
import { ObservationFilterSchema, ObservationPageSchema } from '../schemas/observations.ts';
import { dbId, offset } from '../schemas/query-params.ts';
import { getBatch, listBatches, rollbackBatch } from '../services/batches/batches.ts';
import {
  countObservations,
  listAreas,
  listMeasures,
  listOccupations,
  listSources,
} from '../services/catalog/catalog.ts';
import { type ImportReport, importFile } from '../services/imports/import-file.ts';
import { templateCsv, templateXlsx } from '../services/imports/template.ts';
import { exportObservations } from '../services/observations/export-observations.ts';
import { queryObservations } from '../services/observations/query-observations.ts';
import { addSubnationalAreas } from '../services/reference/add-areas.ts';
import { VERSION } from '../version.ts';
import { buildOpenApi, type RouteSpec } from './openapi.ts';
import { problemResponse, toProblem } from './problem.ts';
import { registerProblemPages } from './problem-pages.ts';
import { registerFlowRoutes } from './routes/flows.ts';
import { registerIndicatorRoutes } from './routes/indicators.ts';
import { createRouteKit, type RouteKit } from './routes/kit.ts';
import { type WebBuild, webRoutes } from './routes/web.ts';
import { parseInput } from './validate.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  log?: (level: 'info' | 'error', message: string, extra?: unknown) => void;
  /** The web app to serve; by default the build in dist/web, when there is one. */
  web?: WebBuild | null;
}

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

/** Route modules of the features, each registering its routes and their OpenAPI description. */
const FEATURE_ROUTES: ReadonlyArray<(kit: RouteKit) => void> = [registerIndicatorRoutes, registerFlowRoutes];

export function createApp(deps: AppDeps): Hono {
  const { db, config } = deps;
  const log = deps.log ?? ((level, message, extra) => console[level](message, extra ?? ''));
  const app = new Hono();
  // Text answers (JSON, CSV, the page shell) are compressed as they are sent; the web app's assets already are,
  // once, when loaded (routes/web.ts), and carry their Content-Encoding, which the middleware leaves alone.
  app.use(compress());
  const routes: RouteSpec[] = [];
  const kit = createRouteKit(app, db, config, routes);
  const { json, query } = kit;

  app.onError((err, c) =>
    problemResponse(toProblem(err, c.req.path, (e) => log('error', 'unhandled error', e))),
  );
  app.notFound((c) =>
    problemResponse(
      toProblem(new AppError('not_found', `No route ${c.req.method} ${c.req.path}`), c.req.path, () => {}),
    ),
  );

  json({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database status',
    tag: 'system',
    schema: HealthSchema,
    description: 'Healthy',
  });
  app.get('/api/health', async (c) => {
    const [v] = await db.query<{ v: number }>('SELECT max(version)::int AS v FROM schema_migration');
    return c.json({
      status: 'ok' as const,
      version: VERSION,
      database: db.kind,
      schemaVersion: v?.v ?? 0,
      observations: await countObservations(db),
    });
  });

  json({
    method: 'get',
    path: '/api/areas',
    summary: 'Areas: countries, regions, income groups, aggregates, subnational units',
    tag: 'reference',
    query: AreaQuerySchema,
    schema: AreaListSchema,
    description: 'Areas',
  });
  app.get('/api/areas', async (c) => {
    const q = query(c, AreaQuerySchema);
    return c.json({
      items: await listAreas(db, {
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.parent ? { parent: q.parent } : {}),
      }),
    });
  });

  routes.push({
    method: 'post',
    path: '/api/areas',
    summary: 'Add or rename subnational units (provinces, districts) under a country',
    tag: 'reference',
    body: {
      contentType: 'application/json',
      schema: z.toJSONSchema(NewAreasBodySchema, { io: 'input' }) as Record<string, unknown>,
    },
    response: { contentType: 'application/json', schema: AddAreasResultSchema, description: 'Units added' },
  });
  app.post('/api/areas', async (c) => {
    const body = await c.req.json().catch(() => {
      throw new AppError('invalid_input', 'The request body is not JSON');
    });
    return c.json(await addSubnationalAreas(db, parseInput(NewAreasBodySchema, body, 'body')));
  });

  json({
    method: 'get',
    path: '/api/occupations',
    summary: 'Occupations (ISCO-08 based slugs)',
    tag: 'reference',
    schema: OccupationListSchema,
    description: 'Occupations',
  });
  app.get('/api/occupations', async (c) => c.json({ items: await listOccupations(db) }));

  json({
    method: 'get',
    path: '/api/measures',
    summary: 'Measures with unit and aggregation rule',
    tag: 'reference',
    schema: MeasureListSchema,
    description: 'Measures',
  });
  app.get('/api/measures', async (c) => c.json({ items: await listMeasures(db) }));

  json({
    method: 'get',
    path: '/api/sources',
    summary: 'Datasets loaded, with publisher and licence',
    tag: 'reference',
    schema: SourceListSchema,
    description: 'Sources',
  });
  app.get('/api/sources', async (c) => c.json({ items: await listSources(db) }));

  json({
    method: 'get',
    path: '/api/observations',
    summary: 'Observations with their source file and row',
    tag: 'data',
    query: ObservationFilterSchema,
    schema: ObservationPageSchema,
    description: 'A page of observations',
  });
  app.get('/api/observations', async (c) =>
    c.json(await queryObservations(db, query(c, ObservationFilterSchema))),
  );

  routes.push({
    method: 'get',
    path: '/api/export',
    summary: 'All observations matching the filters as CSV (hwmo template) or SDMX-CSV',
    tag: 'data',
    query: ExportQuerySchema,
    response: { contentType: 'text/csv', description: 'CSV file' },
  });
  app.get('/api/export', async (c) => {
    const q = query(c, ExportQuerySchema);
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

  json({
    method: 'get',
    path: '/api/batches',
    summary: 'Import batches, newest first',
    tag: 'imports',
    query: PagingSchema,
    schema: BatchListSchema,
    description: 'Batches',
  });
  app.get('/api/batches', async (c) => c.json({ items: await listBatches(db, query(c, PagingSchema)) }));

  json({
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

  json({
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

  json({
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
  app.post('/api/imports', async (c) => {
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > config.maxUploadBytes) {
      throw new AppError(
        'invalid_input',
        `Upload of ${length} bytes exceeds the limit of ${config.maxUploadBytes}`,
        {
          hint: 'import large files with the CLI, or raise HWMO_MAX_UPLOAD_BYTES',
        },
      );
    }
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

  routes.push({
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

  routes.push({
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

  // Before the web routes, whose catch-all answers every other path outside /api with the not-found page.
  registerProblemPages(app, routes);
  for (const register of [...FEATURE_ROUTES, webRoutes(deps.web)]) register(kit);

  routes.push({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    tag: 'system',
    response: { contentType: 'application/json', description: 'OpenAPI 3.1' },
  });
  const openapi = buildOpenApi(routes, VERSION);
  app.get('/api/openapi.json', (c) => c.json(openapi));

  return app;
}
