import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { z } from 'zod';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../auth/actor.ts';
import { loadConfig } from '../config.ts';
import { consoleLogger } from '../context.ts';
import type { Database } from '../db/client.ts';
import { buildOpenApi, type RouteSpec } from './openapi.ts';
import { problemResponse, toProblem } from './problem.ts';
import { defineRoute, mountRoutes, type Route } from './route.ts';

const Item = z.object({ id: z.number().int(), area: z.string() });

const routes: Route[] = [
  defineRoute({
    method: 'get',
    path: '/api/things/:id',
    tag: 'test',
    summary: 'A thing',
    permission: 'public',
    params: z.object({ id: z.coerce.number().int().positive() }),
    query: z.object({
      area: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .default('GHA'),
    }),
    response: Item,
    handler: (_ctx, { params, query }) => ({ id: params.id, area: query.area }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/things',
    tag: 'test',
    summary: 'Store a thing for an area',
    permission: 'data.import',
    scope: ({ body }) => ({ area: body.area }),
    body: z.object({ area: z.string().regex(/^[A-Z]{3}$/), n: z.number().int() }),
    response: Item,
    status: 201,
    handler: (ctx, { body }) => ({ id: body.n, area: `${body.area} by ${ctx.actor.kind}` }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/uploads',
    tag: 'test',
    summary: 'Upload files',
    permission: 'data.import',
    body: { multipart: z.object({ note: z.string().max(10).optional() }) },
    bodyLimit: 1024,
    response: z.object({ note: z.string().nullable(), files: z.array(z.string()) }),
    handler: async (_ctx, { body, files }) => ({
      note: body.note ?? null,
      files: await Promise.all((files.file ?? []).map(async (f) => `${f.name}:${await f.text()}`)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/me',
    tag: 'test',
    summary: 'Who asks',
    permission: 'signed-in',
    response: z.object({ kind: z.string() }),
    handler: (ctx) => ({ kind: ctx.actor.kind }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/wrong',
    tag: 'test',
    summary: 'Answers what it does not declare',
    permission: 'public',
    response: Item,
    handler: () => ({ id: 'one', area: 'GHA' }) as unknown as z.input<typeof Item>,
  }),
  defineRoute({
    method: 'get',
    path: '/api/things.csv',
    tag: 'test',
    summary: 'A CSV answer',
    permission: 'public',
    response: { contentType: 'text/csv', description: 'CSV' },
    handler: () => new Response('a,b\n', { headers: { 'content-type': 'text/csv' } }),
  }),
];

const manager: Actor = {
  kind: 'user',
  userId: 1,
  email: 'dm@gh.example',
  name: 'DM',
  grants: [{ role: 'data_manager', area: 'GHA' }],
  via: 'session',
};
const stakeholder: Actor = { ...manager, userId: 2, grants: [{ role: 'stakeholder', area: null }] };

describe('defineRoute and mountRoutes', () => {
  let db: Database;
  const registry: RouteSpec[] = [];
  const logged: unknown[] = [];
  const make = (opts: { readOnly?: boolean; checkResponses?: boolean } = {}) => {
    const app = new Hono();
    app.onError((err, c) => problemResponse(toProblem(err, c.req.path, (e) => logged.push(e), 'en')));
    mountRoutes(app, routes, {
      db,
      config: loadConfig(opts.readOnly ? { HWMO_PUBLIC_READONLY: 'true' } : {}),
      authenticate: async (c) => {
        const who = c.req.header('x-as');
        return who === 'manager' ? manager : who === 'stakeholder' ? stakeholder : { kind: 'public' };
      },
      log: consoleLogger('error'),
      checkResponses: opts.checkResponses ?? true,
      registry: opts.readOnly ? [] : registry,
    });
    return app;
  };
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = make();
  });
  after(async () => {
    await db.close();
  });

  const problem = async (res: Response) => {
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    return (await res.json()) as { code: string; detail?: string; errors?: Array<{ field: string }> };
  };
  const post = (body: string, as?: string, type = 'application/json') =>
    app.request('/api/things', {
      method: 'POST',
      headers: { 'content-type': type, ...(as ? { 'x-as': as } : {}) },
      body,
    });

  test('a public route parses its params and query and answers its schema', async () => {
    const res = await app.request('/api/things/7?area=KEN');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { id: 7, area: 'KEN' });
  });

  test('a bad param, a bad query value and an undeclared query parameter are 400s naming the field', async () => {
    const p = await problem(await app.request('/api/things/zero'));
    assert.equal(p.code, 'invalid_input');
    assert.equal(p.errors?.[0]?.field, 'id');
    const q = await problem(await app.request('/api/things/1?area=ghana'));
    assert.equal(q.errors?.[0]?.field, 'area');
    const res = await app.request('/api/things/1?aera=GHA');
    assert.equal(res.status, 400);
    assert.match((await problem(res)).detail ?? '', /accepts: area/);
  });

  test('the permission is checked before the input is read: 401 for the public, 403 for a role without it', async () => {
    const anon = await post('not json');
    assert.equal(anon.status, 401);
    assert.equal((await problem(anon)).code, 'unauthenticated');
    const other = await post('not json', 'stakeholder');
    assert.equal(other.status, 403);
    assert.equal((await problem(other)).code, 'forbidden');
  });

  test('the scope: a data manager for GHA stores for GHA, not for KEN', async () => {
    const own = await post(JSON.stringify({ area: 'GHA', n: 1 }), 'manager');
    assert.equal(own.status, 201);
    assert.deepEqual(await own.json(), { id: 1, area: 'GHA by user' });
    const other = await post(JSON.stringify({ area: 'KEN', n: 1 }), 'manager');
    assert.equal(other.status, 403);
    assert.match((await problem(other)).detail ?? '', /data\.import for KEN/);
  });

  test('a JSON body must be sent as application/json and be JSON', async () => {
    const plain = await post(JSON.stringify({ area: 'GHA', n: 1 }), 'manager', 'text/plain');
    assert.equal(plain.status, 400);
    assert.match((await problem(plain)).detail ?? '', /text\/plain/);
    const broken = await post('{"area":', 'manager');
    assert.equal(broken.status, 400);
    const invalid = await post(JSON.stringify({ area: 'GHA', n: 'x' }), 'manager');
    assert.equal((await problem(invalid)).errors?.[0]?.field, 'n');
  });

  test('multipart: text fields validated, files handed over', async () => {
    const form = new FormData();
    form.append('note', 'hi');
    form.append('file', new File(['a,b'], 'x.csv'));
    const res = await app.request('/api/uploads', {
      method: 'POST',
      headers: { 'x-as': 'manager' },
      body: form,
    });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(await res.json(), { note: 'hi', files: ['x.csv:a,b'] });
    const long = new FormData();
    long.append('note', 'much too long');
    const bad = await app.request('/api/uploads', {
      method: 'POST',
      headers: { 'x-as': 'manager' },
      body: long,
    });
    assert.equal((await problem(bad)).errors?.[0]?.field, 'note');
  });

  test('the body limit holds for a chunked body without a Content-Length', async () => {
    const chunks = [new TextEncoder().encode('x'.repeat(600)), new TextEncoder().encode('y'.repeat(600))];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const res = await app.request('/api/uploads', {
      method: 'POST',
      headers: {
        'x-as': 'manager',
        'content-type': 'multipart/form-data; boundary=b',
        'transfer-encoding': 'chunked',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { detail: string }).detail, /exceeds the limit of 1024 bytes/);
  });

  test('signed-in routes refuse the public only', async () => {
    assert.equal((await app.request('/api/me')).status, 401);
    assert.deepEqual(await (await app.request('/api/me', { headers: { 'x-as': 'stakeholder' } })).json(), {
      kind: 'user',
    });
  });

  test('read-only: every non-public route is refused, whoever asks; public routes answer', async () => {
    const ro = make({ readOnly: true });
    const res = await ro.request('/api/things', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-as': 'manager' },
      body: JSON.stringify({ area: 'GHA', n: 1 }),
    });
    assert.equal(res.status, 403);
    assert.equal((await problem(res)).code, 'read_only');
    assert.equal((await ro.request('/api/me', { headers: { 'x-as': 'manager' } })).status, 403);
    assert.equal((await ro.request('/api/things/3')).status, 200);
  });

  test('an answer that does not match its schema fails the request when responses are checked', async () => {
    logged.length = 0;
    const res = await app.request('/api/wrong');
    assert.equal(res.status, 500);
    assert.match(String(logged[0]), /does not match its schema/);
    const lax = make({ checkResponses: false });
    assert.equal((await lax.request('/api/wrong')).status, 200);
  });

  test('a non-JSON answer is passed through', async () => {
    const res = await app.request('/api/things.csv');
    assert.equal(await res.text(), 'a,b\n');
  });

  test('each route has its OpenAPI entry with its permission and parameters', () => {
    const doc = buildOpenApi(registry, 'test') as {
      paths: Record<
        string,
        Record<
          string,
          { 'x-permission'?: string; parameters: Array<{ name: string }>; requestBody?: unknown }
        >
      >;
    };
    assert.equal(doc.paths['/api/things']?.post?.['x-permission'], 'data.import');
    assert.ok(doc.paths['/api/things']?.post?.requestBody);
    assert.deepEqual(
      doc.paths['/api/things/{id}']?.get?.parameters.map((p) => p.name),
      ['id', 'area'],
    );
    assert.equal(doc.paths['/api/me']?.get?.['x-permission'], 'signed-in');
    const responses = (m: string, p: string) =>
      Object.keys((doc.paths[p]?.[m] as unknown as { responses?: Record<string, unknown> })?.responses ?? {});
    assert.deepEqual(responses('post', '/api/things'), ['201', '401', '403', 'default']);
    assert.deepEqual(responses('get', '/api/things/{id}'), ['200', 'default']);
  });
});
