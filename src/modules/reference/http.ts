import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { RouteKit } from '../../platform/http/kit.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { addSubnationalAreas } from './add-areas.ts';
import { listAreas, listMeasures, listOccupations, listSources } from './catalog.ts';
import {
  AddAreasResultSchema,
  AreaListSchema,
  AreaQuerySchema,
  MeasureListSchema,
  NewAreasBodySchema,
  OccupationListSchema,
  SourceListSchema,
} from './schemas.ts';

export function registerReferenceRoutes(kit: RouteKit): void {
  const { app, db } = kit;

  kit.json({
    method: 'get',
    path: '/api/areas',
    summary: 'Areas: countries, regions, income groups, aggregates, subnational units',
    tag: 'reference',
    query: AreaQuerySchema,
    schema: AreaListSchema,
    description: 'Areas',
  });
  app.get('/api/areas', async (c) => {
    const q = kit.query(c, AreaQuerySchema);
    return c.json({
      items: await listAreas(db, {
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.parent ? { parent: q.parent } : {}),
      }),
    });
  });

  kit.document({
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

  kit.json({
    method: 'get',
    path: '/api/occupations',
    summary: 'Occupations (ISCO-08 based slugs)',
    tag: 'reference',
    schema: OccupationListSchema,
    description: 'Occupations',
  });
  app.get('/api/occupations', async (c) => c.json({ items: await listOccupations(db) }));

  kit.json({
    method: 'get',
    path: '/api/measures',
    summary: 'Measures with unit and aggregation rule',
    tag: 'reference',
    schema: MeasureListSchema,
    description: 'Measures',
  });
  app.get('/api/measures', async (c) => c.json({ items: await listMeasures(db) }));

  kit.json({
    method: 'get',
    path: '/api/sources',
    summary: 'Datasets loaded, with publisher and licence',
    tag: 'reference',
    schema: SourceListSchema,
    description: 'Sources',
  });
  app.get('/api/sources', async (c) => c.json({ items: await listSources(db) }));
}
