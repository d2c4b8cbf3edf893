import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { RouteKit } from '../../platform/http/kit.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { estimateStoredFlows } from './estimate-stored.ts';
import { listEstimationRuns } from './list-runs.ts';
import {
  fitTable,
  flowsFromDifferences,
  flowsFromNet,
  flowsFromRates,
  flowsFromStocks,
} from './matrix-operations.ts';
import { mirrorStoredFlows } from './mirror-stored.ts';
import {
  DiffBodySchema,
  DiffResultSchema,
  EstimateRequestSchema,
  EstimateResultSchema,
  EstimationRunListSchema,
  EstimationRunQuerySchema,
  FromStocksBodySchema,
  FromStocksResultSchema,
  IpfBodySchema,
  IpfResultSchema,
  MirrorQuerySchema,
  MirrorResultSchema,
  NetBodySchema,
  NetResultSchema,
  RatesBodySchema,
  RatesResultSchema,
} from './schemas.ts';

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const raw: unknown = await c.req.json().catch(() => {
    throw new AppError('invalid_input', 'The request body is not JSON', { location: { field: 'body' } });
  });
  return parseInput(schema, raw, 'body');
}

const jsonBody = (schema: z.ZodType) => ({
  contentType: 'application/json',
  schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
});

/** Flow estimation: on stored stocks (kept as estimated observations), mirror statistics, and on posted matrices. */
export function registerFlowRoutes(kit: RouteKit): void {
  const { app, db, json, query } = kit;

  json({
    method: 'post',
    path: '/api/flows/estimate',
    summary: 'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)',
    tag: 'flows',
    body: jsonBody(EstimateRequestSchema),
    schema: EstimateResultSchema,
    description: 'The estimate, the tables it was made from, dropped areas and what was stored',
  });
  app.post('/api/flows/estimate', async (c) =>
    c.json(await estimateStoredFlows(db, await body(c, EstimateRequestSchema))),
  );

  json({
    method: 'get',
    path: '/api/flows/estimates',
    summary: 'Estimation runs, newest first, with method, parameters and input batches',
    tag: 'flows',
    query: EstimationRunQuerySchema,
    schema: EstimationRunListSchema,
    description: 'Runs',
  });
  app.get('/api/flows/estimates', async (c) =>
    c.json({ items: await listEstimationRuns(db, query(c, EstimationRunQuerySchema)) }),
  );

  json({
    method: 'get',
    path: '/api/flows/mirror',
    summary: 'Mirror statistics: outflows reported by origins against inflows reported by destinations',
    tag: 'flows',
    query: MirrorQuerySchema,
    schema: MirrorResultSchema,
    description: 'Pairs, one-sided shares and adjustment factors with their fit, per year',
  });
  app.get('/api/flows/mirror', async (c) => c.json(await mirrorStoredFlows(db, query(c, MirrorQuerySchema))));

  /** A pure operation on matrices in the request body; answers with the record `hwmo flows … --format json` prints. */
  const operation = <S extends z.ZodType>(spec: {
    path: string;
    summary: string;
    input: S;
    output: z.ZodType;
    run: (input: z.output<S>) => object;
  }) => {
    json({
      method: 'post',
      path: spec.path,
      summary: spec.summary,
      tag: 'flows',
      body: jsonBody(spec.input),
      schema: spec.output,
      description: 'The same record as the CLI prints with --format json',
    });
    app.post(spec.path, async (c) => c.json(spec.run(await body(c, spec.input))));
  };
  operation({
    path: '/api/flows/from-stocks',
    summary: 'Flows from two stock tables with demographic accounting (migest ffs_demo)',
    input: FromStocksBodySchema,
    output: FromStocksResultSchema,
    run: flowsFromStocks,
  });
  operation({
    path: '/api/flows/diff',
    summary: 'Flows by stock differencing (migest ffs_diff)',
    input: DiffBodySchema,
    output: DiffResultSchema,
    run: flowsFromDifferences,
  });
  operation({
    path: '/api/flows/rates',
    summary: 'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)',
    input: RatesBodySchema,
    output: RatesResultSchema,
    run: flowsFromRates,
  });
  operation({
    path: '/api/flows/ipf',
    summary: 'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)',
    input: IpfBodySchema,
    output: IpfResultSchema,
    run: fitTable,
  });
  operation({
    path: '/api/flows/net',
    summary: 'A bilateral flow table matching net migration totals (migest net_matrix_ipf)',
    input: NetBodySchema,
    output: NetResultSchema,
    run: flowsFromNet,
  });
}
