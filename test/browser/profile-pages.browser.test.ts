import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { type CldrLocale, cldrName } from '../../src/platform/i18n/page-text.ts';
import { type Observatory, startObservatory, until } from './harness.ts';

// Each page's own title, the app's not-found page, and country names from the CLDR data the importer resolves with.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
// Areas without an ISO code, hence without a CLDR name, are named by the app's own catalogue.
const FRENCH_BEYOND_CLDR: Record<string, string> = { CHI: 'Îles Anglo-Normandes' };
const french = createRequire(import.meta.url)('i18n-iso-countries/langs/fr.json') as CldrLocale;

let observatory: Observatory;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const TITLES: Record<string, [string, string]> = {
  '/': ['World map — hwmo', 'Carte du monde — hwmo'],
  '/compare': ['Compare countries — hwmo', 'Comparer des pays — hwmo'],
  '/flows': ['Flows — hwmo', 'Flux — hwmo'],
  '/data': ['Data — hwmo', 'Données — hwmo'],
  '/api-docs': ['API documentation — hwmo', 'Documentation de l’API — hwmo'],
  '/country/GHA': ['Ghana — country profile — hwmo', 'Ghana — fiche pays — hwmo'],
  '/country/GBR': [
    'United Kingdom of Great Britain and Northern Ireland — country profile — hwmo',
    'Royaume-Uni — fiche pays — hwmo',
  ],
  '/nowhere': ['Page not found — hwmo', 'Page introuvable — hwmo'],
  '/country/XXX': ['Country not found — hwmo', 'Pays introuvable — hwmo'],
};

async function settled(p: Page): Promise<void> {
  await p.waitForLoadState('networkidle');
  await p.locator('main h1').first().waitFor();
}

describe('page titles, not-found pages and country names', { timeout: 240_000 }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    observatory = await startObservatory();
    context = await observatory.browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));
    page = await context.newPage();
  });
  after(async () => {
    await observatory?.close();
  });

  test('every page has its own title, in English and in French, on load and after moving in the app', async () => {
    for (const [path, [en, fr]] of Object.entries(TITLES)) {
      await page.goto(`${observatory.base}${path}`);
      await settled(page);
      await until(async () => (await page.title()) === en).catch(() => {});
      assert.equal(await page.title(), en, path);
      await page.goto(`${observatory.base}${path}?lang=fr`);
      await settled(page);
      await until(async () => (await page.title()) === fr).catch(() => {});
      assert.equal(await page.title(), fr, path);
    }
    // Moving within the app changes the title too.
    await page.goto(`${observatory.base}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/\/compare/);
    assert.equal(await page.title(), 'Compare countries — hwmo');
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.waitForURL(/\/data/);
    assert.equal(await page.title(), 'Data — hwmo');
    await page.locator('.langs select').selectOption('fr');
    await page.waitForURL(/lang=fr/);
    assert.equal(await page.title(), 'Données — hwmo');
    // The choice is remembered for visits without ?lang=; the later tests read English.
    await page.context().clearCookies({ name: 'hwmo_lang' });
  });

  test('an unknown path shows the app’s not-found page with status 404 and links back', async () => {
    const res = await page.goto(`${observatory.base}/no/such/page`);
    assert.equal(res?.status(), 404);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Page not found');
    assert.match(await page.locator('main').innerText(), /There is no page at this address\./);
    await page.getByRole('link', { name: 'the world map' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.locator('svg.map').waitFor();

    const fr = await page.goto(`${observatory.base}/nulle-part?lang=fr`);
    assert.equal(fr?.status(), 404);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Page introuvable');
    assert.match(await page.locator('main').innerText(), /Il n’y a pas de page à cette adresse\./);
    await page.getByRole('link', { name: 'les données chargées et leurs sources' }).click();
    await page.waitForURL((u) => u.pathname === '/data' && u.searchParams.get('lang') === 'fr');
  });

  test('an unknown country code shows a not-found message, on load and when reached in the app', async () => {
    const res = await page.goto(`${observatory.base}/country/XXX`);
    assert.equal(res?.status(), 404);
    await settled(page);
    assert.match(await page.locator('main').innerText(), /No country has the code XXX\./);
    await page.goto(`${observatory.base}/`, { waitUntil: 'networkidle' });
    await page.evaluate(
      "history.pushState(null, '', '/country/QQQ'); dispatchEvent(new PopStateEvent('popstate'))",
    );
    await page.getByText('No country has the code QQQ.').waitFor();
    // The title follows the message in the same update, set a moment after it is drawn: wait, within a bound.
    await until(async () => (await page.title()) === 'Country not found — hwmo').catch(() => undefined);
    assert.equal(await page.title(), 'Country not found — hwmo');
  });

  test('a French page preloads the French country names, an English page does not', async () => {
    const names = /<link rel="modulepreload" crossorigin href="\/assets\/fr-[\w-]+\.js">/;
    assert.match(await (await fetch(`${observatory.base}/country/GHA?lang=fr`)).text(), names);
    assert.doesNotMatch(await (await fetch(`${observatory.base}/country/GHA`)).text(), names);
  });

  test('French country names are CLDR’s, the names the importer resolves', async () => {
    for (const [code, name] of [
      ['GBR', 'Royaume-Uni'],
      ['DEU', 'Allemagne'],
      ['ESP', 'Espagne'],
    ] as const) {
      await page.goto(`${observatory.base}/country/${code}?lang=fr`);
      await settled(page);
      assert.equal(await page.locator('main h1').innerText(), name, code);
    }
    await page.goto(`${observatory.base}/?lang=fr`, { waitUntil: 'networkidle' });
    const options = await page
      .locator('select[name="area"] option')
      .evaluateAll((os) => os.map((o) => [o.getAttribute('value') ?? '', o.textContent ?? '']));
    const areas = (await (await fetch(`${observatory.base}/api/areas?kind=country`)).json()) as {
      items: { code: string; name: string; iso2: string | null }[];
    };
    let checked = 0;
    for (const [code, shown] of options) {
      const area = areas.items.find((a) => a.code === code);
      if (!area) continue;
      const expected = (area.iso2 && cldrName(french, area.iso2)) || FRENCH_BEYOND_CLDR[code] || area.name;
      assert.equal(shown, expected, code);
      checked++;
    }
    assert.ok(checked > 150, `${checked} names checked`);
  });

  test('screenshots of profiles and the not-found page on a phone and a laptop, in English and French', async () => {
    for (const width of [390, 1366]) {
      const p = await context.newPage();
      await p.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      for (const lang of ['en', 'fr']) {
        const q = lang === 'fr' ? '?lang=fr' : '';
        for (const code of ['ZWE', 'KEN', 'GHA']) {
          await p.goto(`${observatory.base}/country/${code}${q}`, { waitUntil: 'networkidle' });
          await p.locator('.ssl-card').first().waitFor();
          const overflow = Number(
            await p.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
          );
          assert.ok(overflow <= 1, `${code} ${lang} at ${width}px overflows by ${overflow}px`);
          await p.screenshot({ path: `${SHOTS}profile-${code}-${lang}-${width}.png`, fullPage: true });
          await p
            .locator('section[aria-labelledby="ssl"]')
            .screenshot({ path: `${SHOTS}profile-${code}-${lang}-${width}-ssl.png` });
        }
        await p.goto(`${observatory.base}/nowhere${q}`, { waitUntil: 'networkidle' });
        await p.screenshot({ path: `${SHOTS}not-found-${lang}-${width}.png`, fullPage: true });
      }
      await p.close();
    }
  });

  test('no script error', () => {
    assert.deepEqual(pageErrors, []);
  });
});
