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
import { pageText } from '../../platform/i18n/page-text.ts';
import { loadWebBuild } from './http.ts';

// The shell as Vite writes it: one title for every page until the server sets the page's own.
const SHELL = `<!doctype html>
<html lang="en">
<head>
<meta name="description" content="Health Worker Migration Observatory.">
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
      assert.match(html, /<html lang="fr" dir="ltr">/, path);
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
      assert.match(french, /<html lang="fr" dir="ltr">/);
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

  test('without ?lang=, a page is in the remembered language, else the one Accept-Language asks for, else English', async () => {
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await app.request(path, { headers });
      const html = (await res.text()) as string;
      return {
        lang: /<html lang="(\w+)" dir="(\w+)">/.exec(html)?.slice(1).join(' '),
        title: decode(titleOf(html)),
        vary: /Accept-Language, Cookie/.test(res.headers.get('vary') ?? ''),
      };
    };
    assert.deepEqual(await page('/'), {
      lang: 'en ltr',
      title: 'World map — hwmo',
      vary: true,
    });
    const arabic = await page('/flows', { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.8' });
    assert.equal(arabic.lang, 'ar rtl');
    assert.equal(arabic.title, pageText('ar', 'title.flows'));
    assert.equal((await page('/', { 'accept-language': 'de-DE, zh-Hans-CN;q=0.8' })).lang, 'zh ltr');
    assert.equal((await page('/', { 'accept-language': 'de-DE, it' })).lang, 'en ltr');
    // The reader's own choice, remembered, comes before the browser's languages; ?lang= before both.
    assert.equal(
      (await page('/', { 'accept-language': 'ar', cookie: 'other=1; hwmo_lang=ru' })).lang,
      'ru ltr',
    );
    assert.equal(
      (await page('/?lang=es', { 'accept-language': 'ar', cookie: 'hwmo_lang=ru' })).lang,
      'es ltr',
    );
    assert.equal((await page('/', { cookie: 'hwmo_lang=xx', 'accept-language': 'fr-CA' })).lang, 'fr ltr');
  });

  test("a country's title is in each language, with CLDR's name", async () => {
    const titles: Record<string, RegExp> = {
      fr: /^Royaume-Uni/,
      es: /^Reino Unido/,
      ru: /^Великобритания/,
      zh: /^英国/,
      ar: /^المملكة المتحدة/,
    };
    for (const [lang, expected] of Object.entries(titles)) {
      const html = await (await app.request(`/country/GBR?lang=${lang}`)).text();
      assert.match(decode(titleOf(html)) ?? '', expected, lang);
    }
  });

  test('the description is in the page language', async () => {
    const description = (html: string) => /<meta name="description" content="([^"]*)">/.exec(html)?.[1];
    const en = await (await app.request('/')).text();
    const ru = await (await app.request('/?lang=ru')).text();
    assert.match(decode(description(en)) ?? '', /^Health Worker Migration Observatory/);
    assert.match(decode(description(ru)) ?? '', /^Обсерватория/);
  });
});
