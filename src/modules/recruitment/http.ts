import { defineRoute } from '../../platform/http/route.ts';
import { getDestination } from './get-destination.ts';
import { getRecruitmentStatus } from './get-status.ts';
import { listDestinations } from './list-destinations.ts';
import { listRecruitmentStatuses } from './list-statuses.ts';
import { saveDestination } from './save-destination.ts';
import {
  DestinationListSchema,
  DestinationOutSchema,
  DestinationParamsSchema,
  OverviewParamsSchema,
  OverviewQuerySchema,
  OverviewSchema,
  SaveConfigBodySchema,
  StatusQuerySchema,
  VerdictOutSchema,
} from './schemas.ts';

export const status = defineRoute({
  method: 'get',
  path: '/api/recruitment/status',
  tag: 'recruitment',
  summary:
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes',
  permission: 'public',
  query: StatusQuerySchema,
  response: VerdictOutSchema,
  handler: (ctx, { query }) => getRecruitmentStatus(ctx, query),
});

export const overview = defineRoute({
  method: 'get',
  path: '/api/recruitment/destinations/:iso3/statuses',
  tag: 'recruitment',
  summary: 'The recruitment status of every country of origin for a destination, an occupation and a date',
  permission: 'public',
  params: OverviewParamsSchema,
  query: OverviewQuerySchema,
  response: OverviewSchema,
  handler: (ctx, { params, query }) => listRecruitmentStatuses(ctx, { iso3: params.iso3, query }),
});

export const destinations = defineRoute({
  method: 'get',
  path: '/api/recruitment/destinations',
  tag: 'recruitment',
  summary: 'The destinations with a recruitment status configuration of their own',
  permission: 'public',
  response: DestinationListSchema,
  handler: (ctx) => listDestinations(ctx),
});

export const destination = defineRoute({
  method: 'get',
  path: '/api/recruitment/destinations/:iso3',
  tag: 'recruitment',
  summary:
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions",
  permission: 'public',
  params: DestinationParamsSchema,
  response: DestinationOutSchema,
  handler: (ctx, { params }) => getDestination(ctx, params.iso3),
});

export const saveVersion = defineRoute({
  method: 'post',
  path: '/api/recruitment/destinations/:iso3/versions',
  tag: 'recruitment',
  summary:
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept",
  permission: 'recruitment.configure',
  scope: ({ params }) => ({ area: params.iso3 }),
  status: 201,
  params: DestinationParamsSchema,
  body: SaveConfigBodySchema,
  response: DestinationOutSchema,
  handler: (ctx, { params, body }) =>
    saveDestination(ctx, {
      iso3: params.iso3,
      config: body.config,
      note: body.note,
      ...(body.basedOn === undefined ? {} : { basedOn: body.basedOn }),
    }),
});

export const routes = [status, overview, destinations, destination, saveVersion];
