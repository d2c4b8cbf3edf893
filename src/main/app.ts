import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { registerFlowRoutes } from '../modules/flows/index.ts';
import { registerIndicatorRoutes } from '../modules/indicators/index.ts';
import { registerObservationRoutes } from '../modules/observations/index.ts';
import { type WebBuild, webRoutes } from '../modules/observatory/index.ts';
import { registerProfileRoutes } from '../modules/profiles/index.ts';
import { countObservations, HealthSchema, registerReferenceRoutes } from '../modules/reference/index.ts';
import { registerSafeguardsRoutes } from '../modules/safeguards/index.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import { createRouteKit, type RouteKit } from '../platform/http/kit.ts';
import { buildOpenApi, type RouteSpec } from '../platform/http/openapi.ts';
import { problemResponse, toProblem } from '../platform/http/problem.ts';
import { registerProblemPages } from '../platform/http/problem-pages.ts';
import { securityGuard } from '../platform/http/security.ts';
import { VERSION } from '../platform/version.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  log?: (level: 'info' | 'error', message: string, extra?: unknown) => void;
  /** The web app to serve; by default the build in dist/web, when there is one. */
  web?: WebBuild | null;
}

/** Route modules of the features, each registering its routes and their OpenAPI description. */
const FEATURE_ROUTES: ReadonlyArray<(kit: RouteKit) => void> = [
  registerReferenceRoutes,
  registerObservationRoutes,
  registerIndicatorRoutes,
  registerProfileRoutes,
  registerSafeguardsRoutes,
  registerFlowRoutes,
];

export function createApp(deps: AppDeps): Hono {
  const { db, config } = deps;
  const log = deps.log ?? ((level, message, extra) => console[level](message, extra ?? ''));
  const app = new Hono();
  // Text answers (JSON, CSV, the page shell) are compressed as they are sent; the web app's assets already are,
  // once, when loaded (routes/web.ts), and carry their Content-Encoding, which the middleware leaves alone.
  app.use(compress());
  const routes: RouteSpec[] = [];
  app.use(securityGuard({ config, routes }));
  const kit = createRouteKit(app, db, config, routes);
  const { json } = kit;

  app.onError((err, c) =>
    problemResponse(toProblem(err, c.req.path, (e) => log('error', 'unhandled error', e))),
  );
  app.notFound((c) =>
    problemResponse(
      toProblem(new AppError('not_found', `No route ${c.req.method} ${c.req.path}`), c.req.path, () => {}),
    ),
  );

  json({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database status',
    tag: 'system',
    schema: HealthSchema,
    description: 'Healthy',
  });
  app.get('/api/health', async (c) => {
    const [v] = await db.query<{ v: number }>('SELECT max(version)::int AS v FROM schema_migration');
    return c.json({
      status: 'ok' as const,
      version: VERSION,
      database: db.kind,
      schemaVersion: v?.v ?? 0,
      observations: await countObservations(db),
    });
  });

  // Before the web routes, whose catch-all answers every other path outside /api with the not-found page.
  registerProblemPages(app, routes);
  for (const register of [...FEATURE_ROUTES, webRoutes(deps.web)]) register(kit);

  routes.push({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    tag: 'system',
    response: { contentType: 'application/json', description: 'OpenAPI 3.1' },
  });
  const openapi = buildOpenApi(routes, VERSION);
  app.get('/api/openapi.json', (c) => c.json(openapi));

  return app;
}
