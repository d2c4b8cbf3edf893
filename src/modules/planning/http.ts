import { z } from 'zod';
import { renderCsv } from '../../platform/documents/index.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { createScenario } from './create-scenario.ts';
import { deleteScenario } from './delete-scenario.ts';
import { projectionCsv, projectionWorkbook } from './export-projection.ts';
import { getRun, listRuns } from './get-run.ts';
import { getScenario } from './get-scenario.ts';
import { getStartingInputs } from './get-starting-inputs.ts';
import { getWorldStock } from './get-world-stock.ts';
import { listScenarios } from './list-scenarios.ts';
import { project } from './project.ts';
import {
  IdParamsSchema,
  NewScenarioSchema,
  ProjectionSchema,
  RunListSchema,
  RunRequestSchema,
  RunSchema,
  ScenarioListQuerySchema,
  ScenarioListSchema,
  ScenarioSchema,
  ScenarioSpecSchema,
  StartingInputsQuerySchema,
  StartingInputsSchema,
  UpdateScenarioSchema,
  WorldQuerySchema,
  WorldStockSchema,
} from './schemas.ts';
import { startRun } from './start-run.ts';
import { updateScenario } from './update-scenario.ts';

const TAG = 'planning';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (body: Buffer | string, type: string, name: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` },
  });

const RUN_COLUMNS = [
  'area',
  'cadre',
  'projected',
  'stock',
  'stock_year',
  'fte_horizon',
  'fte_p05',
  'fte_p95',
];

export const routes = [
  defineRoute({
    method: 'get',
    path: '/api/planning/inputs',
    tag: TAG,
    summary:
      'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults',
    permission: 'public',
    query: StartingInputsQuerySchema,
    response: StartingInputsSchema,
    handler: (ctx, { query }) => getStartingInputs(ctx, query.area, query.baseYear, undefined, query.sources),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/world',
    tag: TAG,
    summary:
      'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none',
    permission: 'public',
    query: WorldQuerySchema,
    response: WorldStockSchema,
    handler: (ctx, { query }) => getWorldStock(ctx, query.baseYear),
  }),
  defineRoute({
    method: 'post',
    path: '/api/planning/project',
    tag: TAG,
    summary: 'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre',
    description:
      'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.',
    permission: 'public',
    body: ScenarioSpecSchema,
    response: ProjectionSchema,
    handler: (ctx, { body }) => project(ctx, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/planning/project.csv',
    tag: TAG,
    summary: 'A scenario’s projection as CSV: a row per cadre and year',
    permission: 'public',
    body: ScenarioSpecSchema,
    response: { contentType: 'text/csv', description: 'CSV file, cells safe to open in a spreadsheet' },
    handler: async (ctx, { body }) =>
      download(
        projectionCsv(await project(ctx, body)),
        'text/csv; charset=utf-8',
        `hwmo-projection-${body.area}.csv`,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/api/planning/project.xlsx',
    tag: TAG,
    summary:
      'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance',
    permission: 'public',
    body: ScenarioSpecSchema,
    response: { contentType: XLSX, description: 'Excel workbook' },
    handler: async (ctx, { body }) =>
      download(await projectionWorkbook(await project(ctx, body)), XLSX, `hwmo-projection-${body.area}.xlsx`),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/scenarios',
    tag: TAG,
    summary: 'The reader’s own planning scenarios, newest change first',
    permission: 'planning.save',
    query: ScenarioListQuerySchema,
    response: ScenarioListSchema,
    handler: (ctx, { query }) => listScenarios(ctx, query.area),
  }),
  defineRoute({
    method: 'post',
    path: '/api/planning/scenarios',
    tag: TAG,
    summary: 'Save a planning scenario, new or derived from one the reader may read',
    permission: 'planning.save',
    body: NewScenarioSchema,
    response: ScenarioSchema,
    status: 201,
    handler: (ctx, { body }) => createScenario(ctx, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/scenarios/:id',
    tag: TAG,
    summary: 'A planning scenario: its owner’s, or anyone’s once it is shared',
    permission: 'public',
    params: IdParamsSchema,
    response: ScenarioSchema,
    handler: (ctx, { params }) => getScenario(ctx, params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/api/planning/scenarios/:id',
    tag: TAG,
    summary: 'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)',
    permission: 'planning.save',
    params: IdParamsSchema,
    body: UpdateScenarioSchema,
    response: ScenarioSchema,
    handler: (ctx, { params, body }) => updateScenario(ctx, params.id, body),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/planning/scenarios/:id',
    tag: TAG,
    summary: 'Delete one’s own scenario',
    permission: 'planning.save',
    params: IdParamsSchema,
    response: z.object({ id: z.number().int() }).strict(),
    handler: (ctx, { params }) => deleteScenario(ctx, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/scenarios/:id/projection',
    tag: TAG,
    summary: 'A saved scenario projected on the data core as it is now',
    permission: 'public',
    params: IdParamsSchema,
    response: ProjectionSchema,
    handler: async (ctx, { params }) => project(ctx, (await getScenario(ctx, params.id)).spec),
  }),
  defineRoute({
    method: 'post',
    path: '/api/planning/runs',
    tag: TAG,
    summary: 'Start a background projection of many countries (every WHO Member State, or a list)',
    description:
      'Answers at once (202) with the run queued; its state, progress and result are read from the run.',
    permission: 'planning.save',
    body: RunRequestSchema,
    response: RunSchema,
    status: 202,
    handler: (ctx, { body }) => startRun(ctx, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/runs',
    tag: TAG,
    summary: 'The reader’s own projection runs, newest first',
    permission: 'planning.save',
    response: RunListSchema,
    handler: (ctx) => listRuns(ctx),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/runs/:id',
    tag: TAG,
    summary:
      'A projection run: its state and progress, and once done a row per country and cadre with its provenance',
    permission: 'planning.save',
    params: IdParamsSchema,
    response: RunSchema,
    handler: (ctx, { params }) => getRun(ctx, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/planning/runs/:id/rows.csv',
    tag: TAG,
    summary: 'A finished projection run as CSV: a row per country and cadre',
    permission: 'planning.save',
    params: IdParamsSchema,
    response: { contentType: 'text/csv', description: 'CSV file, cells safe to open in a spreadsheet' },
    handler: async (ctx, { params }) => {
      const run = await getRun(ctx, params.id);
      const rows = (run.rows ?? []).map((r) => [
        r.area,
        r.cadre,
        String(r.projected),
        r.stock,
        r.stockYear,
        r.supply,
        r.low,
        r.high,
      ]);
      return download(
        renderCsv(RUN_COLUMNS, rows),
        'text/csv; charset=utf-8',
        `hwmo-planning-run-${run.id}.csv`,
      );
    },
  }),
];
