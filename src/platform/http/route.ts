import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { assertCan, type Permission, type Scope } from '../auth/permissions.ts';
import type { Config } from '../config.ts';
import type { Ctx, Logger } from '../context.ts';
import type { Database } from '../db/client.ts';
import { assertWritable } from '../db/unit-of-work.ts';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import { LANG_PARAM, negotiateRequestLang, varyByLanguage } from './lang.ts';
import type { RouteSpec } from './openapi.ts';
import { checkQueryNames, parseInput } from './validate.ts';

/** Who may call a route: holders of a permission, anyone signed in, or everyone (reading published data). */
export type Access = Permission | 'public' | 'signed-in';
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A multipart/form-data body: its text fields validated by the schema; its files handed over as they are. */
export interface MultipartBody<S extends z.ZodObject = z.ZodObject> {
  multipart: S;
}
export type BodyDecl = z.ZodType | MultipartBody;
/** A JSON answer's schema, or the type and description of another answer (CSV, a workbook), built by the handler. */
export type ResponseDecl = z.ZodType | { contentType: string; description: string };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type ParsedBody<B> =
  B extends MultipartBody<infer S> ? z.output<S> : B extends z.ZodType ? z.output<B> : undefined;
type Answer<R> = R extends z.ZodType ? z.input<R> | Response : Response;

export interface RouteInput<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: ParsedBody<B>;
  /** Uploaded files of a multipart body, by field name. */
  files: Readonly<Record<string, File[]>>;
}

export interface RouteDef<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends BodyDecl | undefined,
  R extends ResponseDecl,
> {
  method: Method;
  /** Hono syntax: /api/batches/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  permission: Access;
  /** The area the permission is checked for, from the parsed input. */
  scope?: (input: Omit<RouteInput<P, Q, B>, 'files'>) => Scope | Promise<Scope>;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a JSON answer; 200 unless said. */
  status?: 200 | 201 | 202;
  /** Largest request body in bytes (default 1 MiB); a function of the configuration for uploads. */
  bodyLimit?: number | ((config: Config) => number);
  handler: (ctx: Ctx, input: RouteInput<P, Q, B>, c: Context) => Promise<Answer<R>> | Answer<R>;
}

/** A declared route, its input types erased so that routes of any shape sit in one list. */
export interface Route {
  readonly method: Method;
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly permission: Access;
  readonly scope?: (input: { params: unknown; query: unknown; body: unknown }) => Scope | Promise<Scope>;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: BodyDecl;
  readonly response: ResponseDecl;
  readonly status?: 200 | 201 | 202;
  readonly bodyLimit?: number | ((config: Config) => number);
  readonly handler: (
    ctx: Ctx,
    input: { params: unknown; query: unknown; body: unknown; files: Readonly<Record<string, File[]>> },
    c: Context,
  ) => Promise<unknown> | unknown;
}

export function defineRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends BodyDecl | undefined = undefined,
  R extends ResponseDecl = ResponseDecl,
>(def: RouteDef<P, Q, B, R>): Route {
  return def as unknown as Route;
}

/** Finds who sends a request: a session, an API token, or no one. Provided by the accounts module. */
export type Authenticate = (c: Context, db: Database) => Promise<Actor>;
export const anonymous: Authenticate = async () => ({ kind: 'public' });

export interface RouteDeps {
  db: Database;
  config: Config;
  authenticate: Authenticate;
  log: Logger;
  /** Every JSON answer is checked against its declared schema, and a mismatch fails the request (tests). */
  checkResponses?: boolean;
  /** The OpenAPI entries, added to as routes are mounted. */
  registry: RouteSpec[];
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const isMultipart = (b: BodyDecl): b is MultipartBody => !(b instanceof z.ZodType) && 'multipart' in b;
const isSchema = (r: ResponseDecl): r is z.ZodType => r instanceof z.ZodType;

const contexts = new WeakMap<Context, Promise<Ctx>>();

function requestIdOf(c: Context): string {
  const sent = c.req.header('x-request-id');
  return sent && /^[A-Za-z0-9._:-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
}

/** The context of a request, built once per request (the actor found once, whoever asks). */
export function requestContext(c: Context, deps: Pick<RouteDeps, 'db' | 'config' | 'authenticate' | 'log'>) {
  let ctx = contexts.get(c);
  if (!ctx) {
    ctx = deps.authenticate(c, deps.db).then((actor) => ({
      db: deps.db,
      actor,
      lang: negotiateRequestLang(c, actor.kind === 'user' ? actor.lang : null),
      log: deps.log,
      now: () => new Date(),
      requestId: requestIdOf(c),
      readOnly: deps.config.publicReadonly,
    }));
    contexts.set(c, ctx);
  }
  return ctx;
}

async function readJson(c: Context): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // A cross-site form or no-cors fetch cannot send application/json without a preflight.
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    throw new AppError('invalid_input', t('body.json_type'), {
      location: { field: 'body' },
      ...(type ? { detail: t('body.sent_as', { type }) } : {}),
    });
  }
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError('invalid_input', t('body.not_json'), {
      ...(cause instanceof Error ? { detail: t('cause', { text: cause.message }) } : {}),
      location: { field: 'body' },
      cause,
    });
  }
}

async function readMultipart(
  c: Context,
  schema: z.ZodObject,
): Promise<{ body: unknown; files: Record<string, File[]> }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('invalid_input', t('body.multipart_type'), {
      location: { field: 'body' },
    });
  }
  const form = await c.req.parseBody({ all: true }).catch((cause: unknown) => {
    // The body limit's own error passes through.
    if (cause instanceof AppError) throw cause;
    throw new AppError('invalid_input', t('body.multipart_unreadable'), {
      ...(cause instanceof Error ? { detail: t('cause', { text: cause.message }) } : {}),
      hint: t('body.multipart_hint'),
      cause,
    });
  });
  const fields: Record<string, unknown> = {};
  const files: Record<string, File[]> = {};
  for (const [name, value] of Object.entries(form)) {
    for (const v of ([] as unknown[]).concat(value)) {
      if (v instanceof File) {
        files[name] = [...(files[name] ?? []), v];
      } else if (typeof v === 'string') {
        if (fields[name] !== undefined) {
          throw new AppError('invalid_input', t('body.field_repeated', { name: JSON.stringify(name) }), {
            location: { field: name },
          });
        }
        fields[name] = v;
      }
    }
  }
  return { body: parseInput(schema, fields, 'form'), files };
}

/** The query parameters a route's schema reads: `lang`, which every route takes, unless the route declares it. */
function queryOf(c: Context, schema: z.ZodObject): Record<string, string> {
  const query = c.req.query();
  if (LANG_PARAM in query && !(LANG_PARAM in schema.shape)) delete query[LANG_PARAM];
  return query;
}

function limitOf(route: Route, config: Config): number {
  const l = route.bodyLimit;
  return typeof l === 'function' ? l(config) : (l ?? DEFAULT_BODY_LIMIT);
}

/**
 * Refuses a request body larger than `limit` bytes, counted as it arrives (a chunked body has no Content-Length).
 * hono/body-limit is loaded with the first request: the CLI imports route lists without serving them.
 */
export function limitBody(limit: number): MiddlewareHandler {
  let check: MiddlewareHandler | undefined;
  return async (c, next) => {
    check ??= (await import('hono/body-limit')).bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new AppError('invalid_input', t('body.too_large', { limit }), {
          hint: t('body.too_large_hint'),
          location: { field: 'body' },
        });
      },
    });
    return check(c, next);
  };
}

function openApiEntry(route: Route): RouteSpec {
  const body = route.body;
  return {
    method: route.method,
    path: route.path,
    summary: route.summary,
    tag: route.tag,
    permission: route.permission,
    ...(route.status ? { status: route.status } : {}),
    ...(route.description ? { description: route.description } : {}),
    ...(route.params ? { params: route.params } : {}),
    ...(route.query ? { query: route.query } : {}),
    ...(body
      ? {
          body: isMultipart(body)
            ? { contentType: 'multipart/form-data', schema: multipartJsonSchema(body.multipart) }
            : {
                contentType: 'application/json',
                schema: z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }) as Record<
                  string,
                  unknown
                >,
              },
        }
      : {}),
    response: isSchema(route.response)
      ? { contentType: 'application/json', schema: route.response, description: route.summary }
      : route.response,
  };
}

function multipartJsonSchema(schema: z.ZodObject): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return {
    ...json,
    properties: {
      ...(json.properties ?? {}),
      file: { type: 'array', items: { type: 'string', format: 'binary' } },
    },
  };
}

/**
 * Registers each route on the app: its OpenAPI entry, the body limit, and a handler that builds the request
 * context, refuses what read-only mode or the actor's permissions forbid, parses the input, runs the handler and
 * (when checking responses) validates its answer.
 */
export function mountRoutes(app: Hono, routes: readonly Route[], deps: RouteDeps): void {
  for (const route of routes) {
    deps.registry.push(openApiEntry(route));
    const middleware: MiddlewareHandler[] = [];
    if (route.method !== 'get') middleware.push(limitBody(limitOf(route, deps.config)));
    app.on(route.method.toUpperCase(), [route.path], ...middleware, async (c: Context) => {
      const ctx = await requestContext(c, deps);
      if (route.permission !== 'public') {
        assertWritable(ctx, `${route.method.toUpperCase()} ${route.path}`);
        if (ctx.actor.kind === 'public') {
          if (route.permission === 'signed-in') {
            throw new AppError('unauthenticated', t('signin.first'), { hint: t('signin.hint') });
          }
          assertCan(ctx.actor, route.permission);
        }
        // Held for no area at all: refused before the input is read.
        if (route.permission !== 'signed-in') assertCan(ctx.actor, route.permission);
      }
      checkQueryNames(c.req.queries(), Object.keys(route.query?.shape ?? {}));
      const params = route.params ? parseInput(route.params, c.req.param(), 'path') : undefined;
      const query = route.query ? parseInput(route.query, queryOf(c, route.query), 'query') : undefined;
      let body: unknown;
      let files: Record<string, File[]> = {};
      if (route.body && isMultipart(route.body))
        ({ body, files } = await readMultipart(c, route.body.multipart));
      else if (route.body) body = parseInput(route.body, await readJson(c), 'body');
      if (route.scope && route.permission !== 'public' && route.permission !== 'signed-in') {
        assertCan(ctx.actor, route.permission, await route.scope({ params, query, body }));
      }
      const answer = await route.handler(ctx, { params, query, body, files }, c);
      if (answer instanceof Response) {
        varyByLanguage(answer.headers);
        return answer;
      }
      if (!isSchema(route.response)) {
        throw new Error(
          `${route.method.toUpperCase()} ${route.path} declares ${route.response.contentType} but answered a value`,
        );
      }
      if (deps.checkResponses) {
        const checked = route.response.safeParse(answer);
        if (!checked.success) {
          throw new Error(
            `The answer of ${route.method.toUpperCase()} ${route.path} does not match its schema: ${z.prettifyError(checked.error)}`,
          );
        }
      }
      c.header('vary', 'Accept-Language', { append: true });
      return c.json(answer as object, route.status ?? 200);
    });
  }
}
