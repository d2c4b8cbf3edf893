import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Context } from 'hono';
import { dataSummary, landingPage } from '../landing.ts';
import type { RouteKit } from './kit.ts';

/** Where `npm run build:web` (Vite) writes the observatory. */
export const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** The observatory's pages; each answers with the app shell, which routes on the client. */
export const PAGE_PATHS = ['/', '/compare', '/flows', '/data', '/api-docs', '/country/:code'] as const;

const SUMMARY_MARK = '<!--hwmo:summary-->';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.json', '.svg', '.html']);
// Nothing is fetched from anywhere but hwmo itself; downloads are made from blob: and data: URLs.
const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

interface Asset {
  body: Uint8Array;
  gzip: Uint8Array | null;
  br: Uint8Array | null;
  type: string;
  etag: string;
}

export interface WebBuild {
  shell: string;
  assets: Map<string, Asset>;
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** Reads a Vite build into memory, compressed once; null when it has not been built. */
export function loadWebBuild(dir: string = WEB_DIST): WebBuild | null {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  const assets = new Map<string, Asset>();
  for (const path of listFiles(join(dir, 'assets'))) {
    const ext = extname(path);
    const body = readFileSync(path);
    const compress = COMPRESSIBLE.has(ext) && body.length > 512;
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    assets.set(url, {
      body,
      gzip: compress ? gzipSync(body, { level: 9 }) : null,
      br: compress
        ? brotliCompressSync(body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      // Vite names every asset by a hash of its content.
      etag: `"${url.split('/').at(-1)}"`,
    });
  }
  return { shell: readFileSync(index, 'utf8'), assets };
}

function serveAsset(c: Context, asset: Asset): Response {
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: asset.etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  if (c.req.header('if-none-match') === asset.etag) return new Response(null, { status: 304, headers });
  const accept = c.req.header('accept-encoding') ?? '';
  let body = asset.body;
  if (asset.br && /\bbr\b/.test(accept)) {
    body = asset.br;
    headers['content-encoding'] = 'br';
  } else if (asset.gzip && /\bgzip\b/.test(accept)) {
    body = asset.gzip;
    headers['content-encoding'] = 'gzip';
  }
  return new Response(body, { headers });
}

let shipped: WebBuild | null = null;

/** The build in dist/web, read once it exists. */
function shippedBuild(): WebBuild | null {
  if (!shipped) shipped = loadWebBuild();
  return shipped;
}

/**
 * The observatory web app: its pages (the app shell with the server-rendered data summary for readers without
 * JavaScript) and its hashed assets. Unknown paths fall through to the API's problem+json 404.
 */
export function webRoutes(given?: WebBuild | null): (kit: RouteKit) => void {
  return ({ app, db }) => {
    const build = given !== undefined ? given : shippedBuild();
    if (build) {
      app.get('/assets/*', (c) => {
        const asset = build.assets.get(c.req.path);
        return asset ? serveAsset(c, asset) : c.notFound();
      });
    }
    for (const path of PAGE_PATHS) {
      app.get(path, async (c) => {
        if (!build) {
          return c.html(
            await landingPage(
              db,
              'The interactive observatory is not built: run npm run build:web, or npm start.',
            ),
          );
        }
        const summary = String(await dataSummary(db));
        const lang = c.req.query('lang') === 'fr' ? 'fr' : 'en';
        const html = build.shell
          .replace('<html lang="en">', `<html lang="${lang}">`)
          .replace(SUMMARY_MARK, summary);
        return c.html(html, 200, {
          'cache-control': 'no-cache',
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'same-origin',
        });
      });
    }
  };
}
