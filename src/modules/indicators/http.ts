import { defineRoute } from '../../platform/http/route.ts';
import { indicatorAvailability } from './availability.ts';
import { computeIndicators } from './compute-indicators.ts';
import { AvailabilitySchema, IndicatorQuerySchema, IndicatorResponseSchema } from './schemas.ts';

const indicators = defineRoute({
  method: 'get',
  path: '/api/indicators',
  tag: 'indicators',
  summary: 'An indicator for one or many areas, each value with its year, sources and inputs',
  description: 'One result per area; a null value carries its reason.',
  permission: 'public',
  query: IndicatorQuerySchema,
  response: IndicatorResponseSchema,
  handler: (ctx, { query }) => computeIndicators(ctx, query),
});

const availability = defineRoute({
  method: 'get',
  path: '/api/indicators/availability',
  tag: 'indicators',
  summary:
    'What the loaded data can give: per indicator, the occupations it accepts and their years with a value',
  description:
    'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.',
  permission: 'public',
  response: AvailabilitySchema,
  handler: (ctx) => indicatorAvailability(ctx),
});

export const routes = [indicators, availability];
