import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type Observatory, startObservatory } from './harness.ts';

// A page never contradicts itself or WHO: a profile's Safeguards List headline is WHO's published membership, as on
// the map, and values shown in two forms say which form each is.
const LIST_2023 = fileURLToPath(new URL('../../data/demo/ssl/who_ssl_2023_countries.csv', import.meta.url));
const listed = readFileSync(LIST_2023, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.slice(0, 3));
const NOT_LISTED = ['KEN', 'USA', 'GBR', 'IND', 'BRA', 'ZAF'];

let observatory: Observatory;
let page: Page;
const pageErrors: string[] = [];

/** The map's Safeguards List 2023 status of every country in its table. */
async function mapStatuses(): Promise<Map<string, string>> {
  await page.goto(`${observatory.base}/?indicator=ssl`, { waitUntil: 'networkidle' });
  await page.locator('table tbody tr a[href^="/country/"]').first().waitFor({ state: 'attached' });
  const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      href: tr.querySelector('a[href^="/country/"]')?.getAttribute('href') ?? '',
      text: tr.textContent ?? '',
    })),
  );
  const out = new Map<string, string>();
  for (const r of rows) {
    const code = /\/country\/([A-Z]{3})/.exec(r.href)?.[1];
    if (!code) continue;
    out.set(code, /Not on the list/.test(r.text) ? 'Not on the list' : 'On the list');
  }
  return out;
}

async function sslCard(code: string, edition: number) {
  await page.goto(`${observatory.base}/country/${code}`, { waitUntil: 'networkidle' });
  const card = page.locator(`.ssl-card[data-edition="${edition}"]`);
  await card.waitFor();
  return card;
}

describe('pages agree with each other and with WHO', { timeout: 300_000 }, () => {
  before(async () => {
    observatory = await startObservatory();
    page = await observatory.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  after(async () => {
    await observatory?.close();
  });

  test("each profile's 2023 Safeguards List headline is WHO's published membership, as the map shows it", async () => {
    assert.equal(listed.length, 55);
    assert.ok(listed.includes('ZWE') && listed.includes('GHA') && listed.includes('NGA'));
    assert.ok(!listed.includes('KEN'));
    const map = await mapStatuses();
    for (const code of [...listed, ...NOT_LISTED]) {
      const expected = listed.includes(code) ? 'On the list' : 'Not on the list';
      assert.equal(map.get(code), expected, `map: ${code}`);
      const card = await sslCard(code, 2023);
      const headline = (await card.locator('.ssl-headline').innerText()).trim();
      assert.equal(headline, expected, `profile headline: ${code}`);
      const text = await card.innerText();
      assert.match(text, /Published by WHO/, code);
      // The recomputation is beneath, labelled, with agreement or the reason it differs.
      const recomputed = await card.locator('.ssl-recomputed').innerText();
      assert.match(recomputed, /hwmo’s recomputation from the data loaded/, code);
      assert.match(
        recomputed,
        /(Agrees with|Differs from|Cannot be compared with) WHO’s published list/,
        code,
      );
    }
  });

  test('Zimbabwe: WHO lists it, the recomputation does not, and the card says why', async () => {
    const card = await sslCard('ZWE', 2023);
    assert.equal((await card.locator('.ssl-headline').innerText()).trim(), 'On the list');
    const recomputed = await card.locator('.ssl-recomputed').innerText();
    assert.match(recomputed, /Recomputed: not on the list/);
    assert.match(recomputed, /Differs from WHO’s published list/);
    assert.match(recomputed, /UHC service coverage index 55\.38 \(2019, OWID\) is not below 55/);
  });

  test('Kenya: WHO does not list it, the recomputation does, and the card says why', async () => {
    const card = await sslCard('KEN', 2023);
    assert.equal((await card.locator('.ssl-headline').innerText()).trim(), 'Not on the list');
    const recomputed = await card.locator('.ssl-recomputed').innerText();
    assert.match(recomputed, /Recomputed: on the list/);
    assert.match(recomputed, /Differs from WHO’s published list/);
  });

  test('an edition whose published list is not loaded says so and shows only the recomputation', async () => {
    const card = await sslCard('GHA', 2020);
    assert.match(await card.locator('.ssl-headline').innerText(), /WHO’s published list is not loaded/);
    assert.match(await card.locator('.ssl-recomputed').innerText(), /Recomputed: on the list/);
  });

  test('Ghana 2020: the two densities on the profile say which form each is, and why they differ', async () => {
    await page.goto(`${observatory.base}/country/GHA`, { waitUntil: 'networkidle' });
    const headline = page
      .locator('.cards .card')
      .filter({ hasText: 'Density — Doctors, nurses and midwives' })
      .first();
    const headlineText = await headline.innerText();
    const ssl = await page.locator('.ssl-card[data-edition="2023"]').innerText();
    const value = (text: string, after: RegExp) => {
      const m = new RegExp(`${after.source}[^\\d]*(\\d+\\.\\d)`).exec(text);
      return m?.[1];
    };
    const a = value(headlineText, /Doctors, nurses and midwives/);
    const b = value(ssl, /Density of doctors, nurses and midwives/);
    assert.ok(a && b, `${headlineText} / ${ssl}`);
    assert.equal(a, '36.9');
    assert.equal(b, '37.9');
    // Different values: each says its form, and the later one why it differs from the headline.
    assert.match(
      headlineText,
      /computed from .*World Health Organization.* headcounts and .*World Bank.* population/,
    );
    assert.match(ssl, /as published by WHO \(.*World Health Organization/);
    assert.match(
      ssl,
      /differs from the headline’s 36\.9 [^(]*\(2020, computed from .*\): WHO’s published density divides by the UN’s population estimates/,
    );
  });

  test('the map and the comparison say which form of density they show, as the profile does', async () => {
    await page.goto(`${observatory.base}/?indicator=density&occupation=medical-doctors&area=GHA`, {
      waitUntil: 'networkidle',
    });
    const panel = page.locator('aside.selected');
    await panel.waitFor();
    assert.match(
      await panel.innerText(),
      /computed from .*World Health Organization.* headcounts and .*World Bank.* population/,
    );
    await page.goto(`${observatory.base}/compare`, { waitUntil: 'networkidle' });
    const cell = page.locator('table tbody tr', { hasText: 'Ghana' }).locator('td span[title]').first();
    await cell.waitFor();
    assert.match((await cell.getAttribute('title')) ?? '', /computed from .* headcounts and .* population/);
  });

  test('the same holds in French', async () => {
    await page.goto(`${observatory.base}/country/ZWE?lang=fr`, { waitUntil: 'networkidle' });
    const card = page.locator('.ssl-card[data-edition="2023"]');
    await card.waitFor();
    assert.equal((await card.locator('.ssl-headline').innerText()).trim(), 'Sur la liste');
    const recomputed = await card.locator('.ssl-recomputed').innerText();
    assert.match(recomputed, /Recalcul : hors de la liste/);
    assert.match(recomputed, /Diffère de la liste publiée par l’OMS/);
  });

  test('a country the recomputation cannot assess is not said to agree with WHO', async () => {
    // The last test: it removes Kenya's service coverage index from this test's database.
    await observatory.db.query(`DELETE FROM observation WHERE area = 'KEN' AND measure = 'uhc-sci'`);
    const card = await sslCard('KEN', 2023);
    assert.equal((await card.locator('.ssl-headline').innerText()).trim(), 'Not on the list');
    const recomputed = await card.locator('.ssl-recomputed').innerText();
    assert.match(recomputed, /Recomputed: cannot be assessed/);
    assert.match(recomputed, /Cannot be compared with WHO’s published list/);
    assert.doesNotMatch(recomputed, /Agrees with/);
  });

  test('no script error', () => {
    assert.deepEqual(pageErrors, []);
  });
});
