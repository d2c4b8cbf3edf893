import { countObservations, HealthSchema } from '../modules/reference/index.ts';
import { defineRoute } from '../platform/http/route.ts';
import { VERSION } from '../platform/version.ts';

const health = defineRoute({
  method: 'get',
  path: '/api/health',
  tag: 'system',
  summary: 'Liveness and database status',
  permission: 'public',
  response: HealthSchema,
  handler: async ({ db }) => {
    const [v] = await db.query<{ v: number }>('SELECT max(version)::int AS v FROM schema_migration');
    return {
      status: 'ok' as const,
      version: VERSION,
      database: db.kind,
      schemaVersion: v?.v ?? 0,
      observations: await countObservations(db),
    };
  },
});

export const systemRoutes = [health];
