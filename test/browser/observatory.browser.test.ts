import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { estimateStoredFlows } from '../../src/modules/flows/estimate-stored.ts';
import { EstimateRequestSchema } from '../../src/modules/flows/schemas.ts';
import { importFile } from '../../src/modules/observations/import-file.ts';
import { rollbackBatch } from '../../src/modules/observations/rollback-batch.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { ABEL_STOCKS_CSV, ABEL_STORED_AREAS } from '../abel-2013.ts';
import { type Observatory, startObservatory } from './harness.ts';

// The observatory in Debian's Chromium against an in-process hwmo holding the shipped demo data.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));

let observatory: Observatory;
let db: Database;
let base: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

async function download(button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r\n/)
    .map((line) => line.split(','));
}

describe('observatory in Chromium', { timeout: 180_000 }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    observatory = await startObservatory();
    ({ db, base } = observatory);
    context = await observatory.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== base) foreignRequests.push(r.url());
    });
  });

  after(async () => {
    await observatory?.close();
  });

  test('the map draws every country shape, with a legend and distinct missing data', async () => {
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const shapes = await page.locator('svg.map path.country').count();
    assert.ok(shapes >= 170, `${shapes} shapes`);
    assert.match(
      (await page.locator('.summary-line').textContent()) ?? '',
      /\d+ countries with a value; data years \d{4}(–\d{4})?\./,
    );
    const map = page.locator('svg.map');
    assert.match((await map.textContent()) ?? '', /Legend \(per 10 000 population\)/);
    assert.ok(
      (await page.locator('svg.map path[fill="url(#nodata)"]').count()) > 0,
      'some countries drawn as no data',
    );
    await shot('map');
  });

  test('changing indicator and year updates the map and the URL', async () => {
    await page.selectOption('select[name="indicator"]', 'foreign-trained-share');
    await page.waitForURL(/indicator=foreign-trained-share/);
    await page.waitForLoadState('networkidle');
    await page.selectOption('select[name="year"]', '2018');
    await page.waitForURL(/year=2018/);
    await page.waitForLoadState('networkidle');
    assert.match(
      await page.locator('figure h2').first().innerText(),
      /Foreign-trained share, Medical doctors, 2018/,
    );
    assert.match(
      (await page.locator('.summary-line').textContent()) ?? '',
      /countries? with a value; data years (\d{4}–)?2018\./,
    );
    await shot('map-foreign-trained-2018');

    // The state is in the URL: reloading shows the same view.
    await page.reload({ waitUntil: 'networkidle' });
    assert.equal(await page.locator('select[name="indicator"]').inputValue(), 'foreign-trained-share');
    assert.equal(await page.locator('select[name="year"]').inputValue(), '2018');

    const csv = csvRows(
      await download('Download the data of “Foreign-trained share, Medical doctors, 2018” as CSV'),
    );
    assert.deepEqual(csv[0]?.slice(0, 8), [
      'Country or area',
      'Name',
      'WHO region',
      'Income group',
      'Indicator',
      'Occupation',
      'Year',
      'Value',
    ]);
    const gbr = csv.find((r) => r[0] === 'GBR');
    assert.equal(gbr?.[6], '2018');
    assert.ok(Number(gbr?.[7]) > 0 && Number(gbr?.[7]) < 100, `GBR share ${gbr?.[7]}`);
  });

  test('clicking a country opens its profile with years and sources', async () => {
    await page.goto(`${base}/?indicator=density&occupation=medical-doctors`, { waitUntil: 'networkidle' });
    await page.locator('svg.map path[data-code="GHA"]').click();
    await page.waitForURL(/\/country\/GHA/);
    await page.locator('.cards .card').first().waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Ghana');
    const cards = page.locator('.cards .card');
    assert.ok((await cards.count()) >= 4);
    const density = cards.filter({ hasText: 'Density — Medical doctors' });
    assert.match(
      await density.innerText(),
      /per 10 000 population[\s\S]*20\d\d · .*World Health Organization/,
    );
    assert.ok((await page.locator('svg.chart').count()) >= 2, 'density series and emigrants charts');
    await shot('profile-GHA');

    const series = csvRows(
      await download('Download the data of “Health workers per 10 000 population, Ghana” as CSV'),
    );
    assert.deepEqual(series[0], [
      'Country or area',
      'Occupation',
      'Year',
      'Value',
      'Unit',
      'Method',
      'Source',
    ]);
    const doctors2020 = series.find((r) => r[1] === 'medical-doctors' && r[2] === '2020');
    assert.ok(doctors2020, 'a 2020 doctors value');
    assert.ok(Math.abs(Number(doctors2020[3]) - 1.657) < 0.01, `doctors density ${doctors2020[3]}`);
  });

  test('the interface switches to French and keeps the language in the URL', async () => {
    await page.locator('.langs select').selectOption('fr');
    await page.waitForURL(/lang=fr/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('h1').innerText(), 'Ghana');
    assert.match(
      await page.locator('nav').first().innerText(),
      /Carte[\s\S]*Comparer[\s\S]*Flux[\s\S]*Données/,
    );
    assert.match(await page.locator('#headline').innerText(), /Indicateurs clés/);
    const emigration = page.locator('.cards .card').filter({ hasText: 'Taux d’émigration — Médecins' });
    assert.match(
      await emigration.innerText(),
      /Remarque : l’effectif à l’étranger ne compte que les 7 destinations/,
    );
    assert.match(await emigration.innerText(), /États-Unis/);
    const pharmacists = page.locator('.cards .card').filter({ hasText: 'Densité — Pharmaciens' });
    assert.match(await pharmacists.innerText(), /Aucun effectif de pharmaciens quelle que soit l’année/);
    const ssl = await page.locator('.card.ssl-on').last().innerText();
    assert.match(ssl, /les deux critères sont remplis : sur la liste/);
    assert.match(ssl, /Concorde avec la liste publiée par l’OMS/);
    const english = /\b(no headcount|destinations report|both criteria|published list|is below)\b/;
    assert.doesNotMatch(await page.locator('main').innerText(), english);
    await shot('profile-GHA-fr');
    await page.getByRole('link', { name: 'Carte', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('lang') === 'fr');
    await page.locator('.summary-line').waitFor();
    assert.match(await page.locator('h1').innerText(), /Carte du monde/);
    assert.match((await page.locator('.summary-line').textContent()) ?? '', /pays avec une valeur/);
    await shot('map-fr');
    // The choice is remembered for visits without ?lang=; the later tests read English.
    await page.context().clearCookies({ name: 'hwmo_lang' });
  });

  test('the flows view shows the USA foreign-trained doctors by country of training', async () => {
    await page.goto(`${base}/flows?mode=destination&area=USA`, { waitUntil: 'networkidle' });
    assert.match(
      await page.locator('figure h3').innerText(),
      /United States of America by country of training, 2016/,
    );
    const india = page.locator('table tbody tr').filter({ hasText: 'India' });
    assert.match(await india.innerText(), /45,830/);
    await shot('flows-USA');
  });

  test('the flows view shows flows estimated from two stored stock tables, in English and French', async () => {
    await page.goto(`${base}/flows`, { waitUntil: 'networkidle' });
    await page.selectOption('select[name="data"]', 'estimated');
    await page.waitForURL(/data=estimated/);
    await page.getByText('No estimated flows are stored.').waitFor();
    const empty = await page.locator('main').innerText();
    assert.match(empty, /No estimated flows are stored/);
    assert.match(
      empty,
      /npx hwmo flows estimate --measure foreign-trained-stock --occupation medical-doctors/,
    );
    await shot('flows-estimated-none');

    const imported = await importFile(operatorContext(db), {
      input: { fileName: 'abel-2013-stocks.csv', bytes: readFileSync(ABEL_STOCKS_CSV) },
    });
    assert.equal(imported.skipped, 0);
    const estimate = await estimateStoredFlows(
      operatorContext(db),
      EstimateRequestSchema.parse({
        method: 'ffs-demo',
        measure: 'foreign-trained-stock',
        occupation: 'medical-doctors',
        startYear: 2015,
        endYear: 2020,
        areas: ABEL_STORED_AREAS,
        source: 'USER',
        totalSource: 'USER',
      }),
    );
    assert.deepEqual(estimate.areas, ABEL_STORED_AREAS);
    assert.deepEqual(estimate.dropped, []);
    assert.equal(estimate.stored, 12);
    assert.equal(estimate.outputSource, 'HWMO.FFS_DEMO.2015-2020');
    const flows = await db.query<{ partner: string; value: number; flags: string; batch_id: number }>(
      `SELECT partner, value, flags, batch_id FROM observation
       WHERE measure = 'migration-flow' AND source = $1 AND area = 'NGA' AND superseded_by IS NULL`,
      [estimate.outputSource],
    );
    assert.deepEqual(flows.map((f) => f.partner).sort(), ['GHA', 'KEN', 'ZAF']);
    const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

    await page.goto(`${base}/flows?data=estimated&area=NGA`, { waitUntil: 'networkidle' });
    assert.equal(await page.locator('select[name="data"]').inputValue(), 'estimated');
    assert.equal(
      await page.locator('select[name="estimate"] option:checked').innerText(),
      '2015–2020, flows from two stock tables by demographic accounting (ffs-demo)',
    );
    const title = 'Medical doctors: estimated flows into Nigeria by origin over 2015–2020';
    assert.equal(await page.locator('figure h3').innerText(), title);
    const note = await page.locator('figure figcaption').innerText();
    assert.match(note, /These are estimates derived from stock differences, not counts/);
    assert.match(note, /Method: flows from two stock tables by demographic accounting \(ffs-demo\)\./);
    assert.match(note, /Input measure: Foreign-trained health workers \(stock\), 2015 and 2020\./);
    assert.match(note, /HWMO\.FFS_DEMO\.2015-2020/);
    // Which data the estimate stands on: here the stocks a user entered.
    assert.match(note, /Input stocks: this installation, Data entered by this installation\./);
    const shown = await page.locator('figure table tbody tr').allInnerTexts();
    assert.equal(shown.length, flows.length);
    const names: Record<string, string> = { GHA: 'Ghana', KEN: 'Kenya', ZAF: 'South Africa' };
    for (const f of flows) {
      const row = shown.find((r) => r.startsWith(names[f.partner] ?? f.partner));
      assert.ok(row, f.partner);
      assert.equal(row.split('\t')[1], whole.format(f.value), `${f.partner} → NGA`);
    }
    const zeros = flows.filter((f) => Math.round(f.value) === 0).length;
    const bands = flows.length - zeros;
    assert.equal(await page.locator('figure svg.chart g path').count(), bands);
    assert.equal(zeros, 1, 'the Abel tables give no flow from South Africa to Nigeria');
    assert.match(note, /1 flow shown as 0 is in the table but not drawn/);
    await shot('flows-estimated');

    const csv = csvRows(await download(`Download the data of “${title}” as CSV`));
    assert.deepEqual(csv[0], [
      'Destination country',
      'Destination name',
      'Country of training',
      'Name of the country of training',
      'Occupation',
      'First year',
      'Last year',
      'Method',
      'Input measure',
      'Value',
      'Share (%)',
      'Unit',
      'Flags',
      'Source',
      'Import batch',
    ]);
    assert.equal(csv.length, flows.length + 1);
    for (const f of flows) {
      const row = csv.find((r) => r[2] === f.partner);
      assert.deepEqual(row?.slice(0, 10), [
        'NGA',
        'Nigeria',
        f.partner,
        names[f.partner],
        'medical-doctors',
        '2015',
        '2020',
        'ffs-demo',
        'foreign-trained-stock',
        String(f.value),
      ]);
      assert.deepEqual(row?.slice(12), [f.flags, estimate.outputSource, String(f.batch_id)]);
    }

    await page.selectOption('select[name="mode"]', 'origin');
    await page.waitForURL(/mode=origin/);
    await page
      .locator('figure h3', {
        hasText: 'Medical doctors: estimated flows out of Nigeria by destination over 2015–2020',
      })
      .waitFor();
    const outflows = await db.query<{ area: string; value: number }>(
      `SELECT area, value FROM observation
       WHERE measure = 'migration-flow' AND source = $1 AND partner = 'NGA' AND superseded_by IS NULL`,
      [estimate.outputSource],
    );
    await page
      .locator('figure table tbody tr')
      .nth(outflows.length - 1)
      .waitFor();
    const shownOut = await page.locator('figure table tbody tr').allInnerTexts();
    assert.equal(shownOut.length, outflows.length);
    for (const f of outflows) {
      const row = shownOut.find((r) => r.startsWith(names[f.area] ?? f.area));
      assert.equal(row?.split('\t')[1], whole.format(f.value), `NGA → ${f.area}`);
    }
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('mode') === null);
    await page.locator('figure h3', { hasText: title }).waitFor();

    await page.locator('.langs select').selectOption('fr');
    await page.waitForURL(/lang=fr/);
    const frenchTitle = /^Médecins : flux estimés sur la période 2015–2020, destination .+, par origine$/;
    await page.locator('figure h3', { hasText: frenchTitle }).waitFor();
    const french = await page.locator('figure figcaption').innerText();
    assert.match(french, /Ce sont des estimations tirées des différences de stocks, et non des décomptes/);
    assert.match(
      french,
      /Méthode : flux tirés de deux tableaux de stocks par comptabilité démographique \(ffs-demo\)\./,
    );
    assert.match(
      french,
      /Mesure utilisée : Personnels de santé formés à l’étranger \(effectif\), 2015 et 2020\./,
    );
    assert.equal(await page.locator('select[name="data"] option:checked').innerText(), 'Flux estimés');
    assert.doesNotMatch(await page.locator('main').innerText(), /\b(estimated|not counts|Method:|Origin)\b/);
    await shot('flows-estimated-fr');
    // The later tests read the demo data alone.
    await rollbackBatch(operatorContext(db), estimate.batchId as number);
    await rollbackBatch(operatorContext(db), imported.batchId as number);
    await page.locator('.langs select').selectOption('en');
  });

  test('the comparison table sorts and filters, with the data year in each cell', async () => {
    await page.goto(`${base}/compare?region=AFR`, { waitUntil: 'networkidle' });
    await page.locator('th button.sort', { hasText: 'Density — Medical doctors' }).click();
    await page.waitForURL(/sort=density/);
    // The comparison table, after the chart of the chosen countries.
    const table = page.locator('.compare-chart ~ figure table');
    const first = table.locator('tbody tr').first();
    assert.match(await first.innerText(), /\(\d{4}\)/);
    const regions = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(regions.length > 30 && regions.every((r) => r === 'African Region'), 'only the African Region');
    await shot('compare-AFR');
  });

  test('the data page credits publishers and links the API documentation', async () => {
    await page.goto(`${base}/data`, { waitUntil: 'networkidle' });
    const text = await page.locator('main').innerText();
    for (const credit of ['World Health Organization', 'World Bank', 'OECD', 'CC BY-NC-SA 3.0 IGO']) {
      assert.ok(text.includes(credit), credit);
    }
    await shot('data');
    // Both templates are offered, and the workbook is one.
    for (const [name, type] of [
      ['CSV', /text\/csv/],
      ['Excel workbook with drop-down lists', /spreadsheetml/],
    ] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const answer = await page.request.get(`${base}${href}`);
      assert.equal(answer.status(), 200, name);
      assert.match(answer.headers()['content-type'] ?? '', type, name);
    }
    await page.getByRole('link', { name: 'API documentation' }).click();
    await page.waitForURL(/\/api-docs/);
    await page.locator('.endpoint').first().waitFor();
    assert.match(await page.locator('main').innerText(), /\/api\/observations/);
    await shot('api-docs');
  });

  test('on a phone the map page fits the screen width', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${base}/`, { waitUntil: 'networkidle' });
    const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    assert.ok(overflow <= 1, `overflows by ${overflow}px`);
    assert.ok(await phone.locator('.legend-html').isVisible(), 'the legend is drawn in the page');
    assert.ok(!(await phone.locator('svg.map .legend-svg').isVisible()), 'not shrunk inside the map');
    type Styles = { getComputedStyle(el: unknown): { fontSize: string } };
    const legendFont = Number.parseFloat(
      await phone
        .locator('.legend-html li')
        .first()
        .evaluate((el) => (globalThis as unknown as Styles).getComputedStyle(el).fontSize),
    );
    assert.ok(legendFont >= 12, `legend text ${legendFont}px`);
    await phone.screenshot({ path: `${SHOTS}map-phone.png`, fullPage: true });
    await phone.close();
  });

  test('a printed profile drops the controls, opens every data table and says where it came from', async () => {
    await page.goto(`${base}/country/USA`, { waitUntil: 'networkidle' });
    await page.locator('.cards .card').first().waitFor();
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    await page.emulateMedia({ media: 'print' });
    assert.ok(!(await page.locator('header.top').isVisible()), 'no navigation on paper');
    assert.ok(!(await page.locator('.downloads').first().isVisible()), 'no download buttons on paper');
    assert.match(
      await page.locator('.print-only').innerText(),
      /Printed from the Health Worker Migration Observatory, http:\/\/127\.0\.0\.1:\d+\/country\/USA/,
    );
    const tables = page.locator('details.table-alt');
    for (let i = 0; i < (await tables.count()); i++)
      assert.equal(await tables.nth(i).getAttribute('open'), '', `table ${i} open on paper`);
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  test('each page of the real build preloads its own code, and the map its world shapes', async () => {
    const pages: Record<string, RegExp[]> = {
      '/': [/MapPage-[\w-]+\.js/, /countries-110m-[\w-]+\.json/],
      '/country/GHA': [/ProfilePage-[\w-]+\.js/],
      '/compare': [/ComparePage-[\w-]+\.js/],
      '/flows': [/FlowsPage-[\w-]+\.js/],
      '/data': [/DataPage-[\w-]+\.js/],
      '/api-docs': [/ApiDocsPage-[\w-]+\.js/],
    };
    for (const [path, files] of Object.entries(pages)) {
      const html = await (await fetch(`${base}${path}`)).text();
      const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      for (const file of files)
        assert.ok(
          preloads.some((p) => file.test(p)),
          `${path} preloads ${file}: ${preloads.join(' ')}`,
        );
    }
  });

  test('no script error and nothing fetched from another server', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(foreignRequests, []);
  });
});
