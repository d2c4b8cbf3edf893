import { defineRoute } from '../../platform/http/route.ts';
import { addSubnationalAreas } from './add-areas.ts';
import { listAreas } from './list-areas.ts';
import { listMeasures, listOccupations, listSources } from './repo.ts';
import {
  AddAreasResultSchema,
  AreaListSchema,
  AreaQuerySchema,
  MeasureListSchema,
  NewAreasBodySchema,
  OccupationListSchema,
  SourceListSchema,
} from './schemas.ts';

const areas = defineRoute({
  method: 'get',
  path: '/api/areas',
  tag: 'reference',
  summary: 'Areas: countries, regions, income groups, aggregates, subnational units',
  permission: 'public',
  query: AreaQuerySchema,
  response: AreaListSchema,
  handler: async (ctx, { query }) => ({
    items: await listAreas(ctx, {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.parent ? { parent: query.parent } : {}),
    }),
  }),
});

// The countries touched are known only once the parents are resolved: addSubnationalAreas checks each.
const addAreas = defineRoute({
  method: 'post',
  path: '/api/areas',
  tag: 'reference',
  summary: 'Add or rename subnational units (provinces, districts) under a country',
  description:
    'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).',
  permission: 'reference.edit',
  body: NewAreasBodySchema,
  response: AddAreasResultSchema,
  handler: (ctx, { body }) => addSubnationalAreas(ctx, { areas: body.areas, dryRun: body.dryRun }),
});

const occupations = defineRoute({
  method: 'get',
  path: '/api/occupations',
  tag: 'reference',
  summary: 'Occupations (ISCO-08 based slugs)',
  permission: 'public',
  response: OccupationListSchema,
  handler: async ({ db }) => ({ items: await listOccupations(db) }),
});

const measures = defineRoute({
  method: 'get',
  path: '/api/measures',
  tag: 'reference',
  summary: 'Measures with unit and aggregation rule',
  permission: 'public',
  response: MeasureListSchema,
  handler: async ({ db }) => ({ items: await listMeasures(db) }),
});

const sources = defineRoute({
  method: 'get',
  path: '/api/sources',
  tag: 'reference',
  summary: 'Datasets loaded, with publisher and licence',
  permission: 'public',
  response: SourceListSchema,
  handler: async ({ db }) => ({ items: await listSources(db) }),
});

export const routes = [areas, addAreas, occupations, measures, sources];
