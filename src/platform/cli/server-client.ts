import { AppError, ERROR_CODES, type ErrorCode, type ErrorLocation } from '../errors.ts';
import type { Lang } from '../i18n/langs.ts';
import { platformText as t } from '../messages.ts';

/** The HTTP API of a running hwmo server, as CLI commands use it when the server owns the data. */
export interface ServerClient {
  readonly url: string;
  get<T>(path: string, query?: QueryParams): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** A JSON request of another method (PUT, PATCH, DELETE). */
  send<T>(method: 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  postForm<T>(path: string, form: FormData): Promise<T>;
  /** The body of a successful answer as a stream (CSV exports). */
  stream(path: string, query?: QueryParams): Promise<ReadableStream<Uint8Array>>;
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

interface Problem {
  title?: string;
  detail?: string;
  code?: string;
  hint?: string;
  errors?: Array<ErrorLocation & { message: string }>;
}

function withQuery(base: string, path: string, query: QueryParams = {}): string {
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.href;
}

/**
 * A problem+json answer becomes the AppError the server raised, with the same code and so the same exit code; its
 * words are in the language the client asked for (Accept-Language).
 */
async function toError(res: Response, url: string): Promise<AppError> {
  const text = await res.text();
  let p: Problem = {};
  try {
    p = JSON.parse(text) as Problem;
  } catch {}
  const code: ErrorCode = p.code && p.code in ERROR_CODES ? (p.code as ErrorCode) : 'internal';
  const said = p.detail ?? p.title;
  return new AppError(
    code,
    said ?? t('cli.server_status', { status: res.status, statusText: res.statusText, url }),
    {
      ...(p.hint ? { hint: p.hint } : {}),
      ...(p.errors ? { errors: p.errors } : {}),
    },
  );
}

/** The header naming the operator (user@host) when the CLI acts with the server's operator token. */
export const OPERATOR_HEADER = 'x-hwmo-operator';

export interface ServerCredentials {
  /** Sent as Authorization: Bearer: a personal API token (HWMO_TOKEN), or the operator token of the lock file. */
  token?: string | null | undefined;
  /** With the operator token: who runs the command, for the audit trail. */
  operator?: string;
  /** The language problems are answered in (Accept-Language). */
  lang?: Lang;
}

export function serverClient(base: string, credentials: ServerCredentials = {}): ServerClient {
  const root = base.endsWith('/') ? base : `${base}/`;
  const auth: Record<string, string> = {
    ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
    ...(credentials.token && credentials.operator ? { [OPERATOR_HEADER]: credentials.operator } : {}),
    ...(credentials.lang ? { 'accept-language': credentials.lang } : {}),
  };
  const call = async (url: string, init: RequestInit = {}): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
    } catch (cause) {
      throw new AppError('unavailable', t('cli.unreachable', { url: base }), {
        detail: t('cause', {
          text: cause instanceof Error ? String(cause.cause ?? cause.message) : String(cause),
        }),
        hint: t('cli.unreachable_hint'),
        cause,
      });
    }
    if (!res.ok) throw await toError(res, url);
    return res;
  };
  const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
  return {
    url: base,
    get: async (path, query) => json(await call(withQuery(root, path, query))),
    post: async (path, body) =>
      json(
        await call(withQuery(root, path), {
          method: 'POST',
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        }),
      ),
    send: async (method, path, body) =>
      json(
        await call(withQuery(root, path), {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        }),
      ),
    postForm: async (path, form) => json(await call(withQuery(root, path), { method: 'POST', body: form })),
    stream: async (path, query) => {
      const res = await call(withQuery(root, path, query));
      if (!res.body) throw new AppError('internal', t('cli.server_empty', { url: base }));
      return res.body;
    },
  };
}

/**
 * Whether an hwmo server answers at `url`: its health route says ok, or it took the connection but is busy (a long
 * import holds the embedded database, and health waits for it) past `timeoutMs`.
 */
export async function serverAnswers(url: string, timeoutMs = 3000): Promise<boolean> {
  try {
    const res = await fetch(new URL('api/health', url.endsWith('/') ? url : `${url}/`), {
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json()) as { status?: string };
    return res.ok && body.status === 'ok';
  } catch (err) {
    return err instanceof Error && err.name === 'TimeoutError';
  }
}
