import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { RouteSpec } from '../openapi.ts';
import { parseInput } from '../validate.ts';

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

export function createRouteKit(app: Hono, db: Database, config: Config, routes: RouteSpec[]): RouteKit {
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
