import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { testDatabase } from '../../../test/db.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import { createRouteKit } from '../../platform/http/kit.ts';
import { loadWebBuild, webRoutes } from './http.ts';

const SHELL = `<!doctype html>
<html lang="en">
<head>
<script type="module" crossorigin src="/assets/index-A.js"></script>
</head>
<body><div id="app"></div><noscript><!--hwmo:summary--></noscript></body>
</html>`;

// A Vite manifest of the observatory's shape: an entry, lazily loaded pages, a shared chunk and the map's shapes.
const MANIFEST = {
  'index.html': {
    file: 'assets/index-A.js',
    isEntry: true,
    imports: ['_shared-B.js'],
    dynamicImports: ['src/features/map/MapPage.tsx', 'src/features/profiles/ProfilePage.tsx'],
  },
  '_shared-B.js': { file: 'assets/shared-B.js' },
  '_scale-C.js': { file: 'assets/scale-C.js', imports: ['index.html'] },
  'src/features/map/MapPage.tsx': {
    file: 'assets/MapPage-D.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared-B.js', '_scale-C.js'],
    assets: ['assets/world-E.json'],
  },
  'src/features/profiles/ProfilePage.tsx': {
    file: 'assets/ProfilePage-F.js',
    isDynamicEntry: true,
    imports: ['index.html', '_scale-C.js'],
  },
  // Each language's messages and country names, loaded before the first page in it.
  'src/i18n/ar.ts': { file: 'assets/ar-G.js', isDynamicEntry: true, imports: ['_page-text-H.js'] },
  '_page-text-H.js': { file: 'assets/page-text-H.js' },
  '../node_modules/i18n-iso-countries/langs/ar.json': { file: 'assets/ar-I.js', isDynamicEntry: true },
  'src/i18n/zh.ts': { file: 'assets/zh-J.js', isDynamicEntry: true, imports: ['_page-text-H.js'] },
};

function writeBuild(dir: string, manifest: boolean): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), SHELL);
  for (const name of ['index-A.js', 'shared-B.js', 'scale-C.js', 'MapPage-D.js', 'ProfilePage-F.js']) {
    writeFileSync(join(dir, 'assets', name), 'export {};\n');
  }
  writeFileSync(join(dir, 'assets', 'world-E.json'), '{"type":"Topology"}');
  if (manifest) {
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  }
}

describe('web app shell', () => {
  let db: Database;
  let dir: string;
  before(async () => {
    db = await testDatabase();
    dir = mkdtempSync(join(tmpdir(), 'hwmo-web-'));
  });
  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const serveBuild = (buildDir: string) => {
    const app = new Hono();
    webRoutes(loadWebBuild(buildDir))(createRouteKit(app, db, loadConfig({}), []));
    return app;
  };

  test("each page's HTML preloads that page's chunks and data files, not the entry's or other pages'", async () => {
    const buildDir = join(dir, 'with-manifest');
    writeBuild(buildDir, true);
    const app = serveBuild(buildDir);

    const map = await (await app.request('/')).text();
    assert.match(map, /<link rel="modulepreload" crossorigin href="\/assets\/MapPage-D\.js">/);
    assert.match(map, /<link rel="modulepreload" crossorigin href="\/assets\/scale-C\.js">/);
    assert.match(map, /<link rel="preload" as="fetch" crossorigin href="\/assets\/world-E\.json">/);
    assert.ok(map.indexOf('world-E.json') < map.indexOf('</head>'), 'the links are in the head');
    assert.doesNotMatch(map, /ProfilePage|modulepreload[^>]*(index-A|shared-B)/);

    const res = await app.request('/country/GHA?lang=fr');
    assert.equal(res.status, 200);
    const profile = await res.text();
    assert.match(profile, /<html lang="fr" dir="ltr">/);
    assert.match(profile, /<link rel="modulepreload" crossorigin href="\/assets\/ProfilePage-F\.js">/);
    assert.match(profile, /<link rel="modulepreload" crossorigin href="\/assets\/scale-C\.js">/);
    assert.doesNotMatch(profile, /MapPage|world-E/);

    // A page in Arabic preloads the Arabic messages and names, and nothing of another language's.
    const arabic = await (await app.request('/flows', { headers: { 'accept-language': 'ar' } })).text();
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    for (const file of ['ar-G', 'page-text-H', 'ar-I'])
      assert.match(
        arabic,
        new RegExp(`<link rel="modulepreload" crossorigin href="/assets/${file}\\.js">`),
        file,
      );
    assert.doesNotMatch(arabic, /zh-J/);
    assert.doesNotMatch(map, /ar-G|zh-J|ar-I/);

    const world = await app.request('/assets/world-E.json');
    assert.equal(world.status, 200);
  });

  test('a build without a manifest is served as built', async () => {
    const buildDir = join(dir, 'without-manifest');
    writeBuild(buildDir, false);
    const html = await (await serveBuild(buildDir).request('/')).text();
    assert.doesNotMatch(html, /preload/);
    assert.match(html, /<script type="module" crossorigin src="\/assets\/index-A\.js">/);
  });
});
