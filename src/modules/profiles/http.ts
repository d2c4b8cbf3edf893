import { defineRoute } from '../../platform/http/route.ts';
import { areaProfile } from './area-profile.ts';
import { AreaProfileSchema, ProfileParamSchema } from './schemas.ts';

const profile = defineRoute({
  method: 'get',
  path: '/api/areas/:iso3/profile',
  tag: 'indicators',
  summary: "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status",
  permission: 'public',
  params: ProfileParamSchema,
  response: AreaProfileSchema,
  handler: (ctx, { params }) => areaProfile(ctx, params.iso3),
});

export const routes = [profile];
