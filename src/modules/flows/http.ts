import type { z } from 'zod';
import { defineRoute, type Route } from '../../platform/http/route.ts';
import { estimateStoredFlows } from './estimate-stored.ts';
import { listEstimationRuns } from './list-runs.ts';
import { localizeWarnings } from './localize-warnings.ts';
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

const estimate = defineRoute({
  method: 'post',
  path: '/api/flows/estimate',
  tag: 'flows',
  summary: 'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)',
  description: 'The estimate, the tables it was made from, dropped areas and what was stored.',
  permission: 'flows.store',
  body: EstimateRequestSchema,
  response: EstimateResultSchema,
  handler: async (ctx, { body }) => localizeWarnings(await estimateStoredFlows(ctx, body), ctx.lang),
});

const estimates = defineRoute({
  method: 'get',
  path: '/api/flows/estimates',
  tag: 'flows',
  summary: 'Estimation runs, newest first, with method, parameters and input batches',
  permission: 'public',
  query: EstimationRunQuerySchema,
  response: EstimationRunListSchema,
  handler: async (ctx, { query }) =>
    localizeWarnings({ items: await listEstimationRuns(ctx, query) }, ctx.lang),
});

const mirror = defineRoute({
  method: 'get',
  path: '/api/flows/mirror',
  tag: 'flows',
  summary: 'Mirror statistics: outflows reported by origins against inflows reported by destinations',
  description: 'Pairs, one-sided shares and adjustment factors with their fit, per year.',
  permission: 'public',
  query: MirrorQuerySchema,
  response: MirrorResultSchema,
  handler: (ctx, { query }) => mirrorStoredFlows(ctx, query),
});

/** A pure operation on matrices in the request body, storing nothing: the record `hwmo flows … --format json` prints. */
function operation<S extends z.ZodObject>(spec: {
  path: string;
  summary: string;
  input: S;
  output: z.ZodType;
  run: (input: z.output<S>) => object;
}): Route {
  return defineRoute({
    method: 'post',
    path: spec.path,
    tag: 'flows',
    summary: spec.summary,
    description: 'The same record as the CLI prints with --format json.',
    permission: 'public',
    body: spec.input,
    response: spec.output,
    handler: (ctx, { body }) => localizeWarnings(spec.run(body as z.output<S>), ctx.lang),
  });
}

export const routes = [
  estimate,
  estimates,
  mirror,
  operation({
    path: '/api/flows/from-stocks',
    summary: 'Flows from two stock tables with demographic accounting (migest ffs_demo)',
    input: FromStocksBodySchema,
    output: FromStocksResultSchema,
    run: flowsFromStocks,
  }),
  operation({
    path: '/api/flows/diff',
    summary: 'Flows by stock differencing (migest ffs_diff)',
    input: DiffBodySchema,
    output: DiffResultSchema,
    run: flowsFromDifferences,
  }),
  operation({
    path: '/api/flows/rates',
    summary: 'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)',
    input: RatesBodySchema,
    output: RatesResultSchema,
    run: flowsFromRates,
  }),
  operation({
    path: '/api/flows/ipf',
    summary: 'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)',
    input: IpfBodySchema,
    output: IpfResultSchema,
    run: fitTable,
  }),
  operation({
    path: '/api/flows/net',
    summary: 'A bilateral flow table matching net migration totals (migest net_matrix_ipf)',
    input: NetBodySchema,
    output: NetResultSchema,
    run: flowsFromNet,
  }),
];
