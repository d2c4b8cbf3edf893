import { z } from 'zod';
import { ERROR_CODES, type ErrorCode, errorDescription, errorTitle } from '../errors.ts';
import type { Lang } from '../i18n/langs.ts';
import { ar } from './openapi-text/ar.ts';
import { es } from './openapi-text/es.ts';
import { fr } from './openapi-text/fr.ts';
import { ru } from './openapi-text/ru.ts';
import { agreementsText } from './openapi-text/topics/agreements.ts';
import { declarationsText } from './openapi-text/topics/declarations.ts';
import { exportsText } from './openapi-text/topics/exports.ts';
import { planningText } from './openapi-text/topics/planning.ts';
import { progressText } from './openapi-text/topics/progress.ts';
import { questionnairesText } from './openapi-text/topics/questionnaires.ts';
import { recruitersText } from './openapi-text/topics/recruiters.ts';
import { recruitmentText } from './openapi-text/topics/recruitment.ts';
import { reportsText } from './openapi-text/topics/reports.ts';
import { roundsText } from './openapi-text/topics/rounds.ts';
import { wisnText } from './openapi-text/topics/wisn.ts';
import { zh } from './openapi-text/zh.ts';

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

const TOPICS = [
  questionnairesText,
  roundsText,
  reportsText,
  progressText,
  exportsText,
  recruitmentText,
  recruitersText,
  declarationsText,
  agreementsText,
  wisnText,
  planningText,
];
const withTopics = (lang: Exclude<Lang, 'en'>, table: Readonly<Record<string, string>>) =>
  Object.assign({}, table, ...TOPICS.map((topic) => topic[lang])) as Readonly<Record<string, string>>;

/** The translation tables of the API description, keyed by their English; English needs none. */
export const OPENAPI_TEXTS: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  ar: withTopics('ar', ar),
  zh: withTopics('zh', zh),
  fr: withTopics('fr', fr),
  ru: withTopics('ru', ru),
  es: withTopics('es', es),
};

/** The keys whose string values are words of the description (the rest are names, codes and schemas). */
const WORDS = new Set(['summary', 'description', 'title']);

/** The English texts of a description a translation table must hold: every summary, description and title. */
export function openApiTexts(doc: unknown): Set<string> {
  const found = new Set<string>();
  walk(doc, (text) => {
    found.add(text);
    return text;
  });
  return found;
}

function walk(node: unknown, say: (english: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, say));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // The problem types carry their words from the platform's catalogue, already in the language.
    if (key === 'x-problem-types') out[key] = value;
    else out[key] = WORDS.has(key) && typeof value === 'string' ? say(value) : walk(value, say);
  }
  return out;
}

/**
 * The description in a language: every summary, description and title through the language's table (the English
 * where it has none), and the problem types with their titles and descriptions from the platform's catalogue.
 */
export function translateOpenApi(doc: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const table = lang === 'en' ? {} : OPENAPI_TEXTS[lang];
  const translated = walk(doc, (english) => table[english] ?? english) as Record<string, unknown>;
  return { ...translated, 'x-problem-types': problemTypes(lang) };
}

function problemTypes(lang: Lang) {
  return (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => ({
    type: `/problems/${code}`,
    code,
    status: ERROR_CODES[code].status,
    title: errorTitle(code, lang),
    description: errorDescription(code, lang),
  }));
}

/** Builds the description once per language, on first request (every route is registered by then). */
export function openApiDocuments(
  build: () => Record<string, unknown>,
): (lang: Lang) => Record<string, unknown> {
  let english: Record<string, unknown> | undefined;
  const docs = new Map<Lang, Record<string, unknown>>();
  return (lang) => {
    let doc = docs.get(lang);
    if (!doc) {
      english ??= build();
      doc = translateOpenApi(english, lang);
      docs.set(lang, doc);
    }
    return doc;
  };
}
