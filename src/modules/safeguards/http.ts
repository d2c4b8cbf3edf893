import type { RouteKit } from '../../platform/http/kit.ts';
import { SSL_EDITIONS } from './domain/safeguards.ts';
import { explainSafeguards, officialSafeguardsList, recomputeSafeguardsList } from './safeguards.ts';
import {
  EditionAreaParamSchema,
  EditionListSchema,
  EditionParamSchema,
  SslExplanationSchema,
  SslOfficialSchema,
  SslRecomputedSchema,
  SslRecomputeQuerySchema,
} from './schemas.ts';

export function registerSafeguardsRoutes(kit: RouteKit): void {
  const { app, db, json, query, params } = kit;
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
