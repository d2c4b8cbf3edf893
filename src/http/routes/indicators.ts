import { z } from 'zod';
import { SSL_EDITIONS } from '../../domain/indicators/index.ts';
import { AvailabilitySchema } from '../../schemas/availability.ts';
import {
  AreaProfileSchema,
  IndicatorQuerySchema,
  IndicatorResponseSchema,
} from '../../schemas/indicators.ts';
import {
  EditionAreaParamSchema,
  EditionParamSchema,
  SslExplanationSchema,
  SslOfficialSchema,
  SslRecomputedSchema,
  SslRecomputeQuerySchema,
} from '../../schemas/safeguards.ts';
import { areaProfile } from '../../services/indicators/area-profile.ts';
import { indicatorAvailability } from '../../services/indicators/availability.ts';
import { computeIndicators } from '../../services/indicators/compute-indicators.ts';
import {
  explainSafeguards,
  officialSafeguardsList,
  recomputeSafeguardsList,
} from '../../services/safeguards/safeguards.ts';
import type { RouteKit } from './kit.ts';

const ProfileParamSchema = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .describe('Country ISO3 code'),
});
const EditionListSchema = z.object({
  items: z.array(
    z.object({
      edition: z.number().int(),
      title: z.string(),
      reference: z.string(),
      sciBelow: z.number(),
      densityBelow: z.number(),
      publishedCount: z.number().int(),
    }),
  ),
});

export function registerIndicatorRoutes(kit: RouteKit): void {
  const { app, db, json, query, params } = kit;

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

  json({
    method: 'get',
    path: '/api/areas/{iso3}/profile',
    summary: "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status",
    tag: 'indicators',
    params: ProfileParamSchema,
    schema: AreaProfileSchema,
    description: 'The profile',
  });
  app.get('/api/areas/:iso3/profile', async (c) =>
    c.json(await areaProfile(db, params(c, ProfileParamSchema).iso3)),
  );

  json({
    method: 'get',
    path: '/api/safeguards',
    summary: 'Editions of the WHO Health Workforce Support and Safeguards List and their rules',
    tag: 'safeguards',
    schema: EditionListSchema,
    description: 'Editions',
  });
  app.get('/api/safeguards', (c) =>
    c.json({
      items: SSL_EDITIONS.map((e) => ({
        edition: e.edition,
        title: e.title,
        reference: e.reference,
        sciBelow: e.sciBelow,
        densityBelow: e.densityBelow,
        publishedCount: e.publishedCount,
      })),
    }),
  );

  json({
    method: 'get',
    path: '/api/safeguards/{edition}',
    summary: 'The list as WHO published it',
    tag: 'safeguards',
    params: EditionParamSchema,
    schema: SslOfficialSchema,
    description: 'Official members',
  });
  app.get('/api/safeguards/:edition', async (c) =>
    c.json(await officialSafeguardsList(db, params(c, EditionParamSchema).edition)),
  );

  json({
    method: 'get',
    path: '/api/safeguards/{edition}/recomputed',
    summary: "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's",
    tag: 'safeguards',
    params: EditionParamSchema,
    query: SslRecomputeQuerySchema,
    schema: SslRecomputedSchema,
    description: 'Every Member State assessed; differences explained',
  });
  app.get('/api/safeguards/:edition/recomputed', async (c) =>
    c.json(
      await recomputeSafeguardsList(
        db,
        params(c, EditionParamSchema).edition,
        query(c, SslRecomputeQuerySchema),
      ),
    ),
  );

  json({
    method: 'get',
    path: '/api/safeguards/{edition}/{iso3}',
    summary: 'Why a country is or is not on the list: both values, their years and sources, each criterion',
    tag: 'safeguards',
    params: EditionAreaParamSchema,
    query: SslRecomputeQuerySchema,
    schema: SslExplanationSchema,
    description: 'The explanation',
  });
  app.get('/api/safeguards/:edition/:iso3', async (c) => {
    const p = params(c, EditionAreaParamSchema);
    return c.json(await explainSafeguards(db, p.edition, p.iso3, query(c, SslRecomputeQuerySchema)));
  });
}
