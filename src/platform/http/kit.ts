import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { RouteSpec } from './openapi.ts';
import { checkQueryNames, parseInput } from './validate.ts';

/** What a feature's route module needs: the app, its dependencies, and the OpenAPI registry. */
export interface RouteKit {
  app: Hono;
  db: Database;
  config: Config;
  /** Documents a JSON route in the OpenAPI description. */
  json: (spec: Omit<RouteSpec, 'response'> & { schema: z.ZodType; description: string }) => void;
  /** Documents a route with another response type. */
  document: (spec: RouteSpec) => void;
  query: <S extends z.ZodType>(c: Context, schema: S) => z.infer<S>;
  params: <S extends z.ZodType>(c: Context, schema: S) => z.infer<S>;
}

const pattern = (path: string) =>
  new RegExp(
    `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9]+|\{[A-Za-z0-9]+\}/g, '[^/]+')}$`,
  );

/**
 * Makes the documented query parameters of each route the only ones it accepts: a request naming any other is
 * refused before its handler runs. Routes registered later are covered too, as the lookup happens per request.
 */
export function strictQueries(app: Hono, routes: readonly RouteSpec[]): void {
  const compiled = new Map<RouteSpec, RegExp>();
  app.use('/api/*', async (c, next) => {
    const method = c.req.method.toLowerCase();
    const spec = routes.find((r) => {
      if (r.method !== method && !(method === 'head' && r.method === 'get')) return false;
      let re = compiled.get(r);
      if (!re) {
        re = pattern(r.path);
        compiled.set(r, re);
      }
      return re.test(c.req.path);
    });
    if (spec) checkQueryNames(c.req.queries(), Object.keys(spec.query?.shape ?? {}));
    await next();
  });
}

export function createRouteKit(app: Hono, db: Database, config: Config, routes: RouteSpec[]): RouteKit {
  strictQueries(app, routes);
  return {
    app,
    db,
    config,
    json: (spec) =>
      routes.push({
        ...spec,
        response: { contentType: 'application/json', schema: spec.schema, description: spec.description },
      }),
    document: (spec) => routes.push(spec),
    query: (c, schema) => parseInput(schema, c.req.query(), 'query'),
    params: (c, schema) => parseInput(schema, c.req.param(), 'path'),
  };
}
