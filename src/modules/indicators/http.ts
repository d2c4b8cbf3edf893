import type { RouteKit } from '../../platform/http/kit.ts';
import { indicatorAvailability } from './availability.ts';
import { computeIndicators } from './compute-indicators.ts';
import { AvailabilitySchema, IndicatorQuerySchema, IndicatorResponseSchema } from './schemas.ts';

export function registerIndicatorRoutes(kit: RouteKit): void {
  const { app, db, json, query } = kit;

  json({
    method: 'get',
    path: '/api/indicators',
    summary: 'An indicator for one or many areas, each value with its year, sources and inputs',
    tag: 'indicators',
    query: IndicatorQuerySchema,
    schema: IndicatorResponseSchema,
    description: 'One result per area; a null value carries its reason',
  });
  app.get('/api/indicators', async (c) =>
    c.json(await computeIndicators(db, query(c, IndicatorQuerySchema))),
  );

  json({
    method: 'get',
    path: '/api/indicators/availability',
    summary:
      'What the loaded data can give: per indicator, the occupations it accepts and their years with a value',
    tag: 'indicators',
    schema: AvailabilitySchema,
    description:
      'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when a batch is imported or rolled back',
  });
  app.get('/api/indicators/availability', async (c) => c.json(await indicatorAvailability(db)));
}
