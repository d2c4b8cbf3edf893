import type { RouteKit } from '../../platform/http/kit.ts';
import { areaProfile } from './area-profile.ts';
import { AreaProfileSchema, ProfileParamSchema } from './schemas.ts';

export function registerProfileRoutes(kit: RouteKit): void {
  const { app, db, json, params } = kit;
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
}
