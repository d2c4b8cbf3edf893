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
type PagePath = (typeof PAGE_PATHS)[number];

/** The module web/src/main.tsx loads for each page, as the Vite manifest names it. */
const PAGE_MODULES: Record<PagePath, string> = {
  '/': 'src/pages/MapPage.tsx',
  '/compare': 'src/pages/ComparePage.tsx',
  '/flows': 'src/pages/FlowsPage.tsx',
  '/data': 'src/pages/DataPage.tsx',
  '/api-docs': 'src/pages/ApiDocsPage.tsx',
  '/country/:code': 'src/pages/ProfilePage.tsx',
};

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
  /** Per page, the shell with preload links for the page's own chunks and data files. */
  pageShells: Map<PagePath, string>;
}

/** The part of Vite's `.vite/manifest.json` read here. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  assets?: string[];
}

/** A chunk of a Vite manifest and every chunk it imports, directly or not (its static import closure). */
export function chunkClosure(manifest: Record<string, ManifestChunk>, key: string): Set<string> {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const dep of manifest[k]?.imports ?? []) visit(dep);
  };
  visit(key);
  return seen;
}

/**
 * Lets the browser fetch a page's lazily loaded chunks and its data files (the map's world shapes) together with the
 * entry script, instead of only once the entry has run and, for the shapes, once the page has asked for them.
 */
function preloadLinks(manifest: Record<string, ManifestChunk>, page: string): string {
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const inShell = entry ? chunkClosure(manifest, entry) : new Set<string>();
  const links: string[] = [];
  for (const key of chunkClosure(manifest, page)) {
    const chunk = manifest[key];
    if (!chunk || inShell.has(key)) continue;
    links.push(`<link rel="modulepreload" crossorigin href="/${chunk.file}">`);
    for (const asset of chunk.assets ?? []) {
      if (extname(asset) === '.json')
        links.push(`<link rel="preload" as="fetch" crossorigin href="/${asset}">`);
    }
  }
  return links.join('\n');
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
  const shell = readFileSync(index, 'utf8');
  const pageShells = new Map<PagePath, string>();
  const manifestPath = join(dir, '.vite/manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    for (const path of PAGE_PATHS) {
      const links = preloadLinks(manifest, PAGE_MODULES[path]);
      if (links) pageShells.set(path, shell.replace('</head>', `${links}\n</head>`));
    }
  }
  return { shell, assets, pageShells };
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
        const html = (build.pageShells.get(path) ?? build.shell)
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
