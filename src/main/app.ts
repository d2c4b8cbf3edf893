import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { routes as accountRoutes } from '../modules/accounts/index.ts';
import { routes as agreementRoutes } from '../modules/agreements/index.ts';
import { routes as approvalRoutes } from '../modules/approvals/index.ts';
import { routes as auditRoutes } from '../modules/audit/index.ts';
import { routes as declarationRoutes } from '../modules/declarations/index.ts';
import { routes as flowRoutes } from '../modules/flows/index.ts';
import { routes as indicatorRoutes } from '../modules/indicators/index.ts';
import { observationRoutes, uploadRoutes } from '../modules/observations/index.ts';
import { type WebBuild, webRoutes } from '../modules/observatory/index.ts';
import { routes as planningRoutes } from '../modules/planning/index.ts';
import { routes as profileRoutes } from '../modules/profiles/index.ts';
import { routes as questionnaireRoutes } from '../modules/questionnaires/index.ts';
import { routes as recruiterRoutes } from '../modules/recruiters/index.ts';
import { routes as recruitmentRoutes } from '../modules/recruitment/index.ts';
import { routes as referenceRoutes } from '../modules/reference/index.ts';
import { routes as reportingRoutes } from '../modules/reporting/index.ts';
import { routes as safeguardsRoutes } from '../modules/safeguards/index.ts';
import { routes as wisnRoutes } from '../modules/wisn/index.ts';
import type { Config } from '../platform/config.ts';
import type { Logger } from '../platform/context.ts';
import type { Database } from '../platform/db/client.ts';
import { AppError } from '../platform/errors.ts';
import { createRouteKit } from '../platform/http/kit.ts';
import { requestLang } from '../platform/http/lang.ts';
import { buildOpenApi, openApiDocuments, type RouteSpec } from '../platform/http/openapi.ts';
import { problemResponse, toProblem } from '../platform/http/problem.ts';
import { registerProblemPages } from '../platform/http/problem-pages.ts';
import { type Authenticate, anonymous, mountRoutes, type Route } from '../platform/http/route.ts';
import { securityGuard } from '../platform/http/security.ts';
import { platformText as t } from '../platform/messages.ts';
import { VERSION } from '../platform/version.ts';
import './data-guards.ts';
import { systemRoutes } from './system-routes.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  log?: (level: 'info' | 'error', message: string, extra?: unknown) => void;
  /** The web app to serve; by default the build in dist/web, when there is one. */
  web?: WebBuild | null;
  /** Who sends a request (sessions, API tokens); by default no one: the public. */
  authenticate?: Authenticate;
  /** Checks every JSON answer of a declared route against its schema, failing the request on a mismatch (tests). */
  checkResponses?: boolean;
}

/** Routes declared with defineRoute, one list per module; mounted on the one app, in this order. */
const MODULE_ROUTES: ReadonlyArray<readonly Route[]> = [
  systemRoutes,
  referenceRoutes,
  indicatorRoutes,
  profileRoutes,
  safeguardsRoutes,
  flowRoutes,
  accountRoutes,
  auditRoutes,
  approvalRoutes,
  questionnaireRoutes,
  reportingRoutes,
  recruitmentRoutes,
  declarationRoutes,
  recruiterRoutes,
  agreementRoutes,
  wisnRoutes,
  planningRoutes,
];

export function createApp(deps: AppDeps): Hono {
  const { db, config } = deps;
  const log = deps.log ?? ((level, message, extra) => console[level](message, extra ?? ''));
  const logger: Logger = {
    debug: () => {},
    info: (m, e) => log('info', m, e),
    warn: (m, e) => log('info', m, e),
    error: (m, e) => log('error', m, e),
  };
  const app = new Hono();
  // Text answers (JSON, CSV, the page shell) are compressed as they are sent; the web app's assets already are,
  // once, when loaded (routes/web.ts), and carry their Content-Encoding, which the middleware leaves alone.
  app.use(compress());
  const routes: RouteSpec[] = [];
  app.use(securityGuard({ config, routes }));
  const kit = createRouteKit(app, db, config, routes);

  app.onError((err, c) =>
    problemResponse(toProblem(err, c.req.path, (e) => log('error', 'unhandled error', e), requestLang(c))),
  );
  app.notFound((c) =>
    problemResponse(
      toProblem(
        new AppError('not_found', t('route.none', { method: c.req.method, path: c.req.path })),
        c.req.path,
        () => {},
        requestLang(c),
      ),
    ),
  );

  const routeDeps = {
    db,
    config,
    authenticate: deps.authenticate ?? anonymous,
    log: logger,
    checkResponses: deps.checkResponses ?? false,
    registry: routes,
  };
  for (const list of MODULE_ROUTES) mountRoutes(app, list, routeDeps);
  mountRoutes(app, observationRoutes(config), routeDeps);
  mountRoutes(app, uploadRoutes(config), routeDeps);

  // Before the web routes, whose catch-all answers every other path outside /api with the not-found page.
  registerProblemPages(app, routes);
  webRoutes(deps.web)(kit);

  routes.push({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description',
    tag: 'system',
    permission: 'public',
    response: { contentType: 'application/json', description: 'OpenAPI 3.1' },
  });
  const openapi = openApiDocuments(() => buildOpenApi(routes, VERSION));
  app.get('/api/openapi.json', (c) => {
    const lang = requestLang(c);
    c.header('content-language', lang);
    c.header('vary', 'Accept-Language', { append: true });
    return c.json(openapi(lang));
  });

  return app;
}
