import { z } from 'zod';

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  description?: string;
  /** Who may call it (defineRoute): a permission, 'signed-in' or 'public'. */
  permission?: string;
  /** Status of a successful answer, 200 unless said. */
  status?: number;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: { contentType: string; schema: Record<string, unknown> };
  response: { contentType: string; schema?: z.ZodType; description: string };
}

const problem = {
  description: 'RFC 9457 problem details',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          instance: { type: 'string' },
          code: { type: 'string' },
          hint: { type: 'string' },
          errors: { type: 'array', items: { type: 'object' } },
        },
        required: ['type', 'title', 'status'],
      },
    },
  },
};

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(s.description ? { description: s.description } : {}),
    schema: s,
  }));
}

/** OpenAPI 3.1 document built from the same zod schemas that validate requests and shape responses. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([a-zA-Z][a-zA-Z0-9]*)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[r.method] = {
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      ...(r.permission ? { 'x-permission': r.permission } : {}),
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? { requestBody: { required: true, content: { [r.body.contentType]: { schema: r.body.schema } } } }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: r.response.description,
          content: {
            [r.response.contentType]: r.response.schema
              ? { schema: z.toJSONSchema(r.response.schema, { io: 'output', unrepresentable: 'any' }) }
              : {},
          },
        },
        ...(r.permission && r.permission !== 'public'
          ? {
              '401': { ...problem, description: 'Not signed in (problem unauthenticated)' },
              '403': {
                ...problem,
                description: `Lacks ${r.permission === 'signed-in' ? 'a sign-in' : `the permission ${r.permission}`} for the area, or the installation is read-only`,
              },
            }
          : {}),
        default: problem,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'hwmo — Health Worker Migration Observatory API',
      version,
      description:
        'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    paths,
  };
}
