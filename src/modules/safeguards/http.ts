import { defineRoute } from '../../platform/http/route.ts';
import { explainSafeguards } from './explain-country.ts';
import { listEditions } from './list-editions.ts';
import { officialSafeguardsList } from './official-list.ts';
import { recomputeSafeguardsList } from './recompute-list.ts';
import {
  EditionAreaParamSchema,
  EditionListSchema,
  EditionParamSchema,
  SslExplanationSchema,
  SslOfficialSchema,
  SslRecomputedSchema,
  SslRecomputeQuerySchema,
} from './schemas.ts';

const editions = defineRoute({
  method: 'get',
  path: '/api/safeguards',
  tag: 'safeguards',
  summary: 'Editions of the WHO Health Workforce Support and Safeguards List and their rules',
  permission: 'public',
  response: EditionListSchema,
  handler: () => listEditions(),
});

const official = defineRoute({
  method: 'get',
  path: '/api/safeguards/:edition',
  tag: 'safeguards',
  summary: 'The list as WHO published it',
  permission: 'public',
  params: EditionParamSchema,
  response: SslOfficialSchema,
  handler: (ctx, { params }) => officialSafeguardsList(ctx, params.edition),
});

const recomputed = defineRoute({
  method: 'get',
  path: '/api/safeguards/:edition/recomputed',
  tag: 'safeguards',
  summary: "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's",
  description: 'Every Member State assessed; differences explained.',
  permission: 'public',
  params: EditionParamSchema,
  query: SslRecomputeQuerySchema,
  response: SslRecomputedSchema,
  handler: (ctx, { params, query }) => recomputeSafeguardsList(ctx, { edition: params.edition, query }),
});

const explained = defineRoute({
  method: 'get',
  path: '/api/safeguards/:edition/:iso3',
  tag: 'safeguards',
  summary: 'Why a country is or is not on the list: both values, their years and sources, each criterion',
  permission: 'public',
  params: EditionAreaParamSchema,
  query: SslRecomputeQuerySchema,
  response: SslExplanationSchema,
  handler: (ctx, { params, query }) =>
    explainSafeguards(ctx, { edition: params.edition, iso3: params.iso3, query }),
});

export const routes = [editions, official, recomputed, explained];
