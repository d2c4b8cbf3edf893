import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import { requestLang } from './lang.ts';
import { problemResponse, toProblem } from './problem.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Headers every answer carries: pages, assets, API answers, problems and not-found answers alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
};

/** A route as the guard needs it: its method, its path pattern and the body type it takes, if any. */
export interface BodyRoute {
  method: string;
  path: string;
  body?: { contentType: string } | undefined;
}

export type HostConfig = Pick<Config, 'publicUrl' | 'allowedHosts' | 'port'>;

/** `host[:port]` as a browser writes it in Host for http (lower case, port 80 left out); null when not a host. */
function normaliseHost(host: string): string | null {
  if (!host || /[\s/?#@\\]/.test(host)) return null;
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return null;
  }
}

/**
 * The hosts this server answers for: the loopback names on the port served, the host of HWMO_PUBLIC_URL, and
 * HWMO_ALLOWED_HOSTS (an entry without a port matches any port).
 */
export class HostPolicy {
  private readonly exact = new Set<string>();
  private readonly anyPort = new Set<string>();

  constructor(config: HostConfig, port: number) {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const h = normaliseHost(`${name}:${port}`);
      if (h) this.exact.add(h);
    }
    if (config.publicUrl) {
      const url = new URL(config.publicUrl);
      this.exact.add(url.host);
      this.exact.add(`${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`);
    }
    for (const entry of config.allowedHosts.split(',')) {
      const trimmed = entry.trim();
      if (!trimmed) continue;
      const h = normaliseHost(trimmed);
      if (!h) continue;
      if (/:\d+$/.test(trimmed)) this.exact.add(h);
      else this.anyPort.add(new URL(`http://${h}`).hostname);
    }
  }

  allows(host: string): boolean {
    const h = normaliseHost(host);
    if (!h) return false;
    return this.exact.has(h) || this.anyPort.has(new URL(`http://${h}`).hostname);
  }

  /** An Origin header's value is allowed when it is a web origin on an allowed host; "null" never is. */
  allowsOrigin(origin: string): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    return this.allows(url.host);
  }
}

const compiled = new Map<string, RegExp>();
function matches(path: string, pattern: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9]+|\{[A-Za-z0-9]+\}/g, '[^/]+')}$`,
    );
    compiled.set(pattern, re);
  }
  return re.test(path);
}

/** The port the request came in on: the socket's when served by Node, else the configured one. */
function servedPort(c: Context, fallback: number): number {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.localPort ?? fallback;
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

function refuse(c: Context, err: AppError): Response {
  const res = problemResponse(toProblem(err, c.req.path, () => {}, requestLang(c)));
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
  return res;
}

export interface SecurityOptions {
  config: HostConfig;
  /** The declared routes, looked up per request (routes declared after the guard is installed count too). */
  routes: readonly BodyRoute[];
}

/**
 * Refuses what a browser can be made to send from another site, and answers only for the configured hosts:
 * - a Host not configured (DNS rebinding): 421;
 * - a change (POST, PUT, PATCH, DELETE) whose Origin is present and not configured (a `file://` page's "null"
 *   included), or whose Sec-Fetch-Site is cross-site: 403;
 * - a change whose body type is not the one its route declares (a form or text/plain body to a JSON route, any
 *   body type to a route without a body): 415.
 * Requests without Origin (scripts, the CLI) are not cross-site requests and pass.
 */
export function securityGuard(options: SecurityOptions): MiddlewareHandler {
  const policies = new Map<number, HostPolicy>();
  const policy = (port: number) => {
    let p = policies.get(port);
    if (!p) {
      p = new HostPolicy(options.config, port);
      policies.set(port, p);
    }
    return p;
  };
  return async (c, next) => {
    const hosts = policy(servedPort(c, options.config.port));
    const host = c.req.header('host');
    if (host !== undefined && !hosts.allows(host)) {
      return refuse(
        c,
        new AppError('misdirected', t('host.unknown', { host: JSON.stringify(host) }), {
          hint: t('host.hint'),
        }),
      );
    }
    const method = c.req.method.toUpperCase();
    if (UNSAFE_METHODS.has(method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site')?.toLowerCase();
      if ((origin !== undefined && !hosts.allowsOrigin(origin)) || site === 'cross-site') {
        return refuse(
          c,
          new AppError(
            'cross_site',
            origin !== undefined && !hosts.allowsOrigin(origin)
              ? t('cross.origin', { method, origin: JSON.stringify(origin) })
              : t('cross.site', { method }),
            { hint: t('cross.hint') },
          ),
        );
      }
      const route = options.routes.find(
        (r) => r.method.toUpperCase() === method && matches(c.req.path, r.path),
      );
      if (route) {
        const sent = mediaType(c.req.header('content-type'));
        const declared = route.body ? mediaType(route.body.contentType) : undefined;
        const hasBody =
          c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
        if ((sent && sent !== declared) || (!sent && hasBody)) {
          return refuse(
            c,
            new AppError(
              'unsupported_media_type',
              declared
                ? sent
                  ? t('media.declared', { method, path: route.path, declared, sent: JSON.stringify(sent) })
                  : t('media.declared_untyped', { method, path: route.path, declared })
                : sent
                  ? t('media.none', { method, path: route.path, sent: JSON.stringify(sent) })
                  : t('media.none_untyped', { method, path: route.path }),
              { hint: declared ? t('media.hint_declared', { declared }) : t('media.hint_none') },
            ),
          );
        }
      }
    }
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
      if (k === 'content-security-policy' && c.res.headers.has(k)) continue;
      c.res.headers.set(k, v);
    }
    return undefined;
  };
}

export type ServerLimits = Pick<
  Config,
  'headersTimeoutMs' | 'requestTimeoutMs' | 'minBodyBytesPerSecond' | 'bodyRateWindowMs'
>;

/** Node's options for `http.createServer`: the time allowed for headers and whole requests, and how often checked. */
export function serverOptions(limits: ServerLimits) {
  // Node refuses a headers timeout longer than the request timeout.
  const headersTimeout =
    limits.requestTimeoutMs > 0
      ? Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs)
      : limits.headersTimeoutMs;
  return {
    headersTimeout,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(headersTimeout, 30_000) / 4),
  };
}

/**
 * Closes the connections of slow clients that Node's own timeouts leave open: one that sends nothing at all within
 * `headersTimeoutMs` of connecting, and one whose request body arrives slower than `minBodyBytesPerSecond`, averaged
 * over `bodyRateWindowMs`. A body the application is not reading (its bytes waiting in the buffer) is not the
 * client's slowness and is not counted. Returns a function that stops the checks.
 */
export function guardSlowClients(
  server: Server,
  limits: ServerLimits,
  onRefused?: (reason: 'silent' | 'slow-body', rate: number) => void,
): () => void {
  const silent = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    silent.set(socket, Date.now());
    socket.once('close', () => silent.delete(socket));
  });
  const bodies = new Map<IncomingMessage, { since: number; bytes: number }>();
  if (limits.minBodyBytesPerSecond > 0) {
    server.on('request', (req: IncomingMessage) => {
      const expectsBody =
        req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      if (!expectsBody || req.complete) return;
      bodies.set(req, { since: Date.now(), bytes: req.socket.bytesRead });
      const forget = () => bodies.delete(req);
      req.once('end', forget);
      req.once('close', forget);
    });
  }
  const every = Math.max(20, Math.min(1000, limits.bodyRateWindowMs / 4, limits.headersTimeoutMs / 4));
  const timer = setInterval(() => {
    const now = Date.now();
    for (const [socket, since] of silent) {
      if (socket.bytesRead > 0 || socket.destroyed) silent.delete(socket);
      else if (now - since >= limits.headersTimeoutMs) {
        silent.delete(socket);
        onRefused?.('silent', 0);
        socket.destroy();
      }
    }
    for (const [req, window] of bodies) {
      if (req.complete || req.socket.destroyed) {
        bodies.delete(req);
        continue;
      }
      if (req.readableLength > 0) {
        window.since = now;
        window.bytes = req.socket.bytesRead;
        continue;
      }
      const elapsed = now - window.since;
      if (elapsed < limits.bodyRateWindowMs) continue;
      const rate = ((req.socket.bytesRead - window.bytes) * 1000) / elapsed;
      if (rate < limits.minBodyBytesPerSecond) {
        bodies.delete(req);
        onRefused?.('slow-body', rate);
        req.socket.destroy();
      } else {
        window.since = now;
        window.bytes = req.socket.bytesRead;
      }
    }
  }, every);
  timer.unref();
  const stop = () => clearInterval(timer);
  server.once('close', stop);
  return stop;
}
