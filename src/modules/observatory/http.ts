import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Context } from 'hono';
import type { Queryable } from '../../platform/db/client.ts';
import type { RouteKit } from '../../platform/http/kit.ts';
import { dirOf, LANGS } from '../../platform/i18n/langs.ts';
import {
  type CldrLocale,
  cldrName,
  type PageLang,
  type PageTextKey,
  pageText,
} from '../../platform/i18n/page-text.ts';
import { dataSummary, landingPage, notFoundPage, notFoundSection } from './landing.ts';
import { DESCRIPTIONS, pageLang } from './page-lang.ts';
import { profileArea } from './repo.ts';

/** Where `npm run build:web` (Vite) writes the observatory. */
export const WEB_DIST = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** The observatory's pages; each answers with the app shell, which routes on the client. */
export const PAGE_PATHS = [
  '/',
  '/compare',
  '/flows',
  '/data',
  '/api-docs',
  '/country/:code',
  '/audit',
  '/approvals',
  '/import',
  '/sign-in',
  '/setup',
  '/invitation',
  '/reset-password',
  '/account',
  '/admin/users',
  '/admin/invitations',
  '/admin/outbox',
  '/reporting',
  '/reporting/report',
  '/reporting/progress',
  '/reports',
  '/recruiters',
  '/recruitment',
  '/health-workers',
  '/agreements',
  '/agreements/view',
  '/agreements/new',
  '/wisn',
  '/planning',
] as const;
type PagePath = (typeof PAGE_PATHS)[number];

/** The module web/src/main.tsx loads for each page, as the Vite manifest names it. */
const PAGE_MODULES: Record<PagePath, string> = {
  '/': 'src/features/map/MapPage.tsx',
  '/compare': 'src/features/compare/ComparePage.tsx',
  '/flows': 'src/features/flows/FlowsPage.tsx',
  '/data': 'src/features/data/DataPage.tsx',
  '/api-docs': 'src/features/api-docs/ApiDocsPage.tsx',
  '/country/:code': 'src/features/profiles/ProfilePage.tsx',
  '/audit': 'src/features/audit/AuditPage.tsx',
  '/approvals': 'src/features/approvals/ApprovalsPage.tsx',
  '/import': 'src/features/imports/ImportPage.tsx',
  '/sign-in': 'src/features/accounts/SignInPage.tsx',
  '/setup': 'src/features/accounts/SetupPage.tsx',
  '/invitation': 'src/features/accounts/InvitationPage.tsx',
  '/reset-password': 'src/features/accounts/ResetPasswordPage.tsx',
  '/account': 'src/features/accounts/AccountPage.tsx',
  '/admin/users': 'src/features/admin/UsersPage.tsx',
  '/admin/invitations': 'src/features/admin/InvitationsPage.tsx',
  '/admin/outbox': 'src/features/admin/OutboxPage.tsx',
  '/reporting': 'src/features/reporting/ReportingPage.tsx',
  '/reporting/report': 'src/features/report/ReportPage.tsx',
  '/reporting/progress': 'src/features/progress/ProgressPage.tsx',
  '/reports': 'src/features/published/PublishedPage.tsx',
  '/recruiters': 'src/features/recruiters/RecruitersPage.tsx',
  '/recruitment': 'src/features/recruitment/RecruitmentPage.tsx',
  '/health-workers': 'src/features/recruitment/HealthWorkersPage.tsx',
  '/agreements': 'src/features/agreements/AgreementsPage.tsx',
  '/agreements/view': 'src/features/agreements/AgreementPage.tsx',
  '/agreements/new': 'src/features/agreements/NewAgreementPage.tsx',
  '/wisn': 'src/features/wisn/WisnPage.tsx',
  '/planning': 'src/features/planning/PlanningPage.tsx',
};

const PAGE_TITLES: Record<Exclude<PagePath, '/country/:code'>, PageTextKey> = {
  '/': 'title.map',
  '/compare': 'title.compare',
  '/flows': 'title.flows',
  '/data': 'title.data',
  '/api-docs': 'title.api-docs',
  '/audit': 'title.audit',
  '/approvals': 'title.approvals',
  '/import': 'title.import',
  '/sign-in': 'title.sign-in',
  '/setup': 'title.setup',
  '/invitation': 'title.invitation',
  '/reset-password': 'title.reset-password',
  '/account': 'title.account',
  '/admin/users': 'title.admin-users',
  '/admin/invitations': 'title.admin-invitations',
  '/admin/outbox': 'title.admin-outbox',
  '/reporting': 'title.reporting',
  '/reporting/report': 'title.report',
  '/reporting/progress': 'title.progress',
  '/reports': 'title.reports',
  '/recruiters': 'title.recruiters',
  '/recruitment': 'title.recruitment',
  '/health-workers': 'title.health-workers',
  '/agreements': 'title.agreements',
  '/agreements/view': 'title.agreement',
  '/agreements/new': 'title.agreement-new',
  '/wisn': 'title.wisn',
  '/planning': 'title.planning',
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
  "frame-ancestors 'none'",
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
  /** Per language other than English, the preload links of its message catalogue and country names chunks. */
  nameLinks?: Map<PageLang, string>;
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

/** The module preloads of a chunk and the chunks it imports, except those the entry already loads. */
function chunkLinks(manifest: Record<string, ManifestChunk>, key: string): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const inShell = entry ? chunkClosure(manifest, entry) : new Set<string>();
  return [...chunkClosure(manifest, key)]
    .filter((k) => !inShell.has(k) && manifest[k])
    .map((k) => `<link rel="modulepreload" crossorigin href="/${manifest[k]?.file}">`);
}

/** The manifest keys of a language's lazily loaded chunks: its message catalogue and its country names. */
export function langChunkKeys(manifest: Record<string, ManifestChunk>, lang: PageLang): string[] {
  return Object.keys(manifest).filter(
    (k) => k === `src/i18n/${lang}.ts` || new RegExp(`i18n-iso-countries/langs/${lang}\\.json$`).test(k),
  );
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
  const nameLinks = new Map<PageLang, string>();
  const manifestPath = join(dir, '.vite/manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    // The web app loads a language's catalogue and country names before it renders a page in that language.
    for (const lang of LANGS) {
      const links = [...new Set(langChunkKeys(manifest, lang).flatMap((k) => chunkLinks(manifest, k)))];
      if (links.length) nameLinks.set(lang, links.join('\n'));
    }
    for (const path of PAGE_PATHS) {
      const links = preloadLinks(manifest, PAGE_MODULES[path]);
      if (links) pageShells.set(path, shell.replace('</head>', `${links}\n</head>`));
    }
  }
  return { shell, assets, pageShells, nameLinks };
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

const require = createRequire(import.meta.url);
const cldrNames = new Map<PageLang, CldrLocale>();
/** i18n-iso-countries' names in a language, read on first use. */
function namesIn(lang: PageLang): CldrLocale {
  let names = cldrNames.get(lang);
  if (!names) {
    names = require(`i18n-iso-countries/langs/${lang}.json`) as CldrLocale;
    cldrNames.set(lang, names);
  }
  return names;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A country's name in the page's language, as the web app shows it: WHO's in English, CLDR's in the others. */
async function countryTitle(db: Queryable, code: string, lang: PageLang): Promise<string | null> {
  const area = await profileArea(db, code);
  if (!area) return null;
  const name = lang !== 'en' && area.iso2 ? (cldrName(namesIn(lang), area.iso2) ?? area.name) : area.name;
  return pageText(lang, 'title.country', { name });
}

function withTitle(html: string, title: string): string {
  const tag = `<title>${escapeHtml(title)}</title>`;
  return /<title>[^<]*<\/title>/.test(html)
    ? html.replace(/<title>[^<]*<\/title>/, tag)
    : html.replace('</head>', `${tag}\n</head>`);
}

const PAGE_HEADERS = {
  'cache-control': 'no-cache',
  // The language of a page without ?lang= comes from these.
  vary: 'Accept-Language, Cookie',
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/**
 * The observatory web app: its pages (the app shell with the page's title and the server-rendered data summary for
 * readers without JavaScript) and its hashed assets. Other paths outside /api answer the app's not-found page with
 * status 404; unknown /api paths keep the API's problem+json 404.
 */
export function webRoutes(given?: WebBuild | null): (kit: RouteKit) => void {
  return ({ app, db }) => {
    const build = given !== undefined ? given : shippedBuild();
    const langOf = (c: Context): PageLang =>
      pageLang({
        query: c.req.query('lang'),
        cookie: c.req.header('cookie'),
        acceptLanguage: c.req.header('accept-language'),
      });
    const shellFor = (path: PagePath | null, lang: PageLang, title: string, body: string) => {
      const names = build?.nameLinks?.get(lang);
      const shell = ((path && build?.pageShells.get(path)) ?? build?.shell ?? '')
        .replace(/<html lang="[^"]*"( dir="[^"]*")?>/, `<html lang="${lang}" dir="${dirOf(lang)}">`)
        .replace(
          /<meta name="description" content="[^"]*">/,
          `<meta name="description" content="${escapeHtml(DESCRIPTIONS[lang])}">`,
        )
        .replace(SUMMARY_MARK, body);
      return withTitle(names ? shell.replace('</head>', `${names}\n</head>`) : shell, title);
    };
    const notFound = async (c: Context, message?: string) => {
      const lang = langOf(c);
      const title = pageText(lang, message ? 'title.countryNotFound' : 'title.not-found');
      if (!build) return c.html(String(await notFoundPage(lang, title, message)), 404);
      const body = String(notFoundSection(lang, message));
      return c.html(shellFor(null, lang, title, body), 404, PAGE_HEADERS);
    };
    if (build) {
      app.get('/assets/*', (c, next) => {
        const asset = build.assets.get(c.req.path);
        return asset ? serveAsset(c, asset) : next();
      });
    }
    for (const path of PAGE_PATHS) {
      app.get(path, async (c) => {
        const lang = langOf(c);
        let title: string;
        if (path === '/country/:code') {
          const code = c.req.param('code') ?? '';
          const found = await countryTitle(db, code, lang);
          if (found === null)
            return notFound(c, pageText(lang, 'notFound.country', { code: code.toUpperCase() }));
          title = found;
        } else title = pageText(lang, PAGE_TITLES[path]);
        if (!build) {
          return c.html(
            await landingPage(
              db,
              'The interactive observatory is not built: run npm run build:web, or npm start.',
            ),
          );
        }
        const summary = String(await dataSummary(db));
        return c.html(shellFor(path, lang, title, summary), 200, PAGE_HEADERS);
      });
    }
    app.get('*', async (c, next) => {
      const path = c.req.path;
      if (path === '/api' || path.startsWith('/api/')) return next();
      const trimmed = path.replace(/\/+$/, '');
      if (trimmed !== path && trimmed !== '' && isPagePath(trimmed)) {
        const url = new URL(c.req.url);
        return c.redirect(`${trimmed}${url.search}`, 301);
      }
      return notFound(c);
    });
  };
}

/** Whether a path is one of the observatory's pages. */
function isPagePath(path: string): boolean {
  return PAGE_PATHS.some((p) => p === path || (p === '/country/:code' && /^\/country\/[^/]+$/.test(path)));
}
