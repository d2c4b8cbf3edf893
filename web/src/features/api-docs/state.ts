/** The parts of an OpenAPI 3 description the reference page shows. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  items?: Schema;
  description?: string;
  default?: unknown;
}
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
export interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}
export interface OpenApi {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

/** A parameter's type in words: its values when it has a list, `T[]` for arrays, the format in brackets. */
export function typeOf(s: Schema | undefined): string {
  if (!s) return '';
  if (s.enum) return s.enum.map(String).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  const base = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? '');
  return s.format ? `${base} (${s.format})` : base;
}

export interface Endpoint {
  path: string;
  method: string;
  op: Operation;
}

/** The operations grouped by their first tag, tags in the order they first appear, untagged ones under ''. */
export function endpointsByTag(doc: Pick<OpenApi, 'paths'>): Array<{ tag: string; endpoints: Endpoint[] }> {
  const groups = new Map<string, Endpoint[]>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? '';
      const list = groups.get(tag) ?? [];
      list.push({ path, method, op });
      groups.set(tag, list);
    }
  return [...groups].map(([tag, endpoints]) => ({ tag, endpoints }));
}

/** A parameter's description: its own, else its schema's. */
export const parameterText = (p: Parameter): string => p.description ?? p.schema?.description ?? '';
