import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { testDatabase } from '../../../test/db.ts';
import { createApp } from '../../main/app.ts';
import { loadConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import { loadWebBuild } from './http.ts';

// The shell as Vite writes it: one title for every page until the server sets the page's own.
const SHELL = `<!doctype html>
<html lang="en">
<head>
<title>Health Worker Migration Observatory</title>
<script type="module" crossorigin src="/assets/index-A.js"></script>
</head>
<body><div id="app"></div><noscript><!--hwmo:summary--></noscript></body>
</html>`;

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const decode = (s: string | undefined) =>
  s?.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

describe('page titles and the not-found page', () => {
  let db: Database;
  let dir: string;
  let app: Hono;
  let bare: Hono;
  before(async () => {
    db = await testDatabase();
    dir = mkdtempSync(join(tmpdir(), 'hwmo-pages-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    writeFileSync(join(dir, 'assets', 'index-A.js'), 'export {};\n');
    const config = loadConfig({});
    app = createApp({ db, config, log: () => {}, web: loadWebBuild(dir) });
    bare = createApp({ db, config, log: () => {}, web: null });
  });
  after(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each page has its own title, in English and French', async () => {
    const expected: Record<string, [string, string]> = {
      '/': ['World map — hwmo', 'Carte du monde — hwmo'],
      '/compare': ['Compare countries — hwmo', 'Comparer des pays — hwmo'],
      '/flows': ['Flows — hwmo', 'Flux — hwmo'],
      '/data': ['Data — hwmo', 'Données — hwmo'],
      '/api-docs': ['API documentation — hwmo', 'Documentation de l’API — hwmo'],
      '/country/GHA': ['Ghana — country profile — hwmo', 'Ghana — fiche pays — hwmo'],
      '/country/gbr': [
        'United Kingdom of Great Britain and Northern Ireland — country profile — hwmo',
        'Royaume-Uni — fiche pays — hwmo',
      ],
      '/country/DEU': ['Germany — country profile — hwmo', 'Allemagne — fiche pays — hwmo'],
    };
    for (const [path, [en, fr]] of Object.entries(expected)) {
      const english = await app.request(path);
      assert.equal(english.status, 200, path);
      assert.equal(decode(titleOf(await english.text())), en, path);
      const french = await app.request(`${path}?lang=fr`);
      const html = await french.text();
      assert.equal(decode(titleOf(html)), fr, path);
      assert.match(html, /<html lang="fr">/, path);
    }
  });

  test('an unknown path answers the not-found page, localised, with links back, status 404', async () => {
    for (const server of [app, bare]) {
      const res = await server.request('/no/such/page');
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const html = await res.text();
      assert.equal(titleOf(html), 'Page not found — hwmo');
      assert.match(html, /There is no page at this address\./);
      for (const link of ['/', '/compare', '/flows', '/data'])
        assert.ok(html.includes(`href="${link}"`), link);

      const fr = await server.request('/nulle-part?lang=fr');
      assert.equal(fr.status, 404);
      const french = decode(await fr.text()) ?? '';
      assert.match(french, /<html lang="fr">/);
      assert.match(french, /Page introuvable/);
      assert.match(french, /Il n’y a pas de page à cette adresse\./);
      assert.ok(french.includes('href="/?lang=fr"'));
    }
  });

  test('an unknown country code answers the not-found page with status 404', async () => {
    const res = await app.request('/country/XXX');
    assert.equal(res.status, 404);
    const html = await res.text();
    assert.equal(titleOf(html), 'Country not found — hwmo');
    assert.match(html, /No country has the code XXX\./);
    const fr = decode(await (await bare.request('/country/XXX?lang=fr')).text()) ?? '';
    assert.match(fr, /Aucun pays n’a le code XXX\./);
  });

  test('unknown /api paths stay problem+json 404s, and the API description is still served', async () => {
    const res = await app.request('/api/no-such-thing');
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    const openapi = await app.request('/api/openapi.json');
    assert.equal(openapi.status, 200);
  });

  test('a page path with a trailing slash leads to the page', async () => {
    const res = await app.request('/compare/?lang=fr');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/compare?lang=fr');
  });
});
