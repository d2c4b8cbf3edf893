import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import { wideWorkbook } from '../../src/modules/observations/uploads-fixtures.test-helper.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { testDatabase } from '../db.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

// A data manager for Ghana imports a ministry's wide workbook through every step of the import page, on a laptop and
// a phone, with axe's WCAG 2.2 AA rules at each step; a file naming an unknown area shows where; a rollback asks first.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ghanaManager: Actor = {
  kind: 'user',
  userId: 41,
  email: 'ama@moh.gov.gh',
  name: 'Ama Mensah',
  grants: [{ role: 'data_manager', area: 'GHA' }],
  via: 'session',
};

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) => r.violations)`,
  )) as Array<{ id: string; help: string; nodes: { target: string[] }[] }>;
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the import page in Chromium', { timeout: 300_000 }, () => {
  let db: Database;
  let browser: Browser;
  let base: string;
  let server: ReturnType<typeof serve>;
  const errors: string[] = [];
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = await testDatabase();
    const app = createApp({
      db,
      config: loadConfig({}),
      log: () => {},
      authenticate: async () => ghanaManager,
    });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });

  async function open(width: number, lang = 'en'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/import${lang === 'en' ? '' : `?lang=${lang}`}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    return page;
  }
  const shot = (page: Page, name: string, width: number) =>
    page.screenshot({ path: `${SHOTS}import-${name}-${width}.png`, fullPage: true });
  async function upload(page: Page, name: string, buffer: Buffer) {
    await page.setInputFiles('input[type=file]', { name, mimeType: XLSX, buffer });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
  }

  test('a wide workbook: mapping, preview, dry run, commit, then in GET /api/observations', async () => {
    const page = await open(1366);
    assert.deepEqual(await violations(page), []);
    const file = Buffer.from(await wideWorkbook([['Ghana', 1100, 'abc', 1300]], ['2018', '2019', '2020']));
    await upload(page, 'moh-doctors.xlsx', file);

    const table = page.getByRole('table', { name: 'Columns and how they are read' });
    await table.waitFor();
    assert.equal(await page.getByLabel('Role of the column Country').inputValue(), 'area');
    assert.match((await table.locator('tbody tr').first().textContent()) ?? '', /100 %/);
    assert.equal(await page.getByLabel('Worksheet').inputValue(), 'Doctors');
    assert.equal(await page.getByLabel('Occupation', { exact: true }).inputValue(), 'medical-doctors');
    assert.deepEqual(await violations(page), []);
    await shot(page, 'mapping', 1366);

    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('table', { name: 'Values as they will be stored' });
    await preview.waitFor();
    const cells = await preview
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent?.trim())),
      );
    assert.equal(cells.length, 2);
    assert.deepEqual(
      cells.map((r) => [r[0], r[1], r[2], r[7]]),
      [
        ['4', 'Ghana GHA', '2018', '1,100'],
        ['4', 'Ghana GHA', '2020', '1,300'],
      ],
    );
    assert.match(await page.locator('main').innerText(), /row 4, column 2019: value "abc" is not a number/);
    assert.deepEqual(await violations(page), []);
    await shot(page, 'preview', 1366);

    await page.getByRole('button', { name: 'See what would change' }).click();
    const counts = page.locator('dl.counts');
    await counts.waitFor();
    assert.match(await counts.innerText(), /New\s+2/);
    assert.match(await counts.innerText(), /Skipped\s+1/);
    assert.deepEqual(await violations(page), []);
    await shot(page, 'dry-run', 1366);
    const before = (await (await fetch(`${base}/api/observations?area=GHA&source=USER`)).json()) as {
      total: number;
    };
    assert.equal(before.total, 0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Batch \d+ imported from moh-doctors\.xlsx/).waitFor();
    const stored = (await (await fetch(`${base}/api/observations?area=GHA&source=USER`)).json()) as {
      items: Array<{ year: number; value: number; occupation: string; file: string }>;
    };
    assert.deepEqual(stored.items.map((o) => [o.year, o.value, o.occupation, o.file]).sort(), [
      [2018, 1100, 'medical-doctors', 'moh-doctors.xlsx'],
      [2020, 1300, 'medical-doctors', 'moh-doctors.xlsx'],
    ]);
    assert.equal(await page.getByRole('link', { name: 'Ghana' }).getAttribute('href'), '/country/GHA');
    await page.getByRole('cell', { name: 'moh-doctors.xlsx', exact: true }).waitFor();
    assert.deepEqual(await violations(page), []);
    await shot(page, 'done', 1366);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('on a phone: the steps fit, and a revision of the first batch makes its rollback refused, then allowed', async () => {
    const page = await open(390);
    const file = Buffer.from(await wideWorkbook([['Ghana', 1350]], ['2020']));
    await upload(page, 'moh-revised.xlsx', file);
    await page.getByRole('table', { name: 'Columns and how they are read' }).waitFor();
    await shot(page, 'mapping', 390);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('table', { name: 'Values as they will be stored' }).waitFor();
    await shot(page, 'preview', 390);
    await page.getByRole('button', { name: 'See what would change' }).click();
    assert.match(await page.locator('dl.counts').innerText(), /Revised\s+1/);
    assert.deepEqual(await violations(page), []);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Batch \d+ imported from moh-revised\.xlsx/).waitFor();
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - window.innerWidth',
    )) as number;
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    await shot(page, 'done', 390);

    const first = page.getByRole('button', { name: /^Roll back batch \d+ \(moh-doctors\.xlsx\)$/ });
    await first.click();
    await page.getByRole('button', { name: /^Yes, roll back batch/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Conflict/);
    assert.match(await alert.innerText(), /revised/);
    assert.deepEqual(await violations(page), []);
    await shot(page, 'rollback-refused', 390);

    await page.getByRole('button', { name: /^Roll back batch \d+ \(moh-revised\.xlsx\)$/ }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.getByRole('button', { name: /^Yes, roll back/ }).count(), 0);
    await page.getByRole('button', { name: /^Roll back batch \d+ \(moh-revised\.xlsx\)$/ }).click();
    await page.getByRole('button', { name: /^Yes, roll back batch/ }).click();
    await page.getByText(/Batch \d+ rolled back: 1 values removed, 1 restored/).waitFor();
    const current = (await (
      await fetch(`${base}/api/observations?area=GHA&source=USER&year=2020`)
    ).json()) as {
      items: Array<{ value: number }>;
    };
    assert.deepEqual(
      current.items.map((o) => o.value),
      [1300],
    );
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('an unknown area is shown with its row and column; skipping such rows reads the rest', async () => {
    const page = await open(1366, 'fr');
    const file = Buffer.from(
      await wideWorkbook([
        ['Ghana', 10, 11],
        ['Atlantide <script>x</script>', 5, 6],
      ]),
    );
    await page.setInputFiles('input[type=file]', { name: 'atlantide.xlsx', mimeType: XLSX, buffer: file });
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByRole('table', { name: 'Colonnes et leur lecture' }).waitFor();
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /Ligne\s+5/);
    assert.match(text, /Colonne\s+Country/);
    // The problem comes in the page's language, naming the place once.
    assert.match(
      text,
      /zone inconnue "Atlantide <script>x<\/script>" \(atlantide\.xlsx \[Doctors\], ligne 5, colonne « Country »\) 2 lignes/,
    );
    assert.equal(await page.locator('main script').count(), 0);
    assert.deepEqual(await violations(page), []);
    await shot(page, 'unknown-area', 1366);
    await page.getByLabel(/Ignorer les lignes/).check();
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    await page.getByRole('table', { name: 'Valeurs telles qu’elles seront enregistrées' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('a large upload shows its progress as it is sent', async () => {
    const page = await open(1366);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 60_000,
    });
    const rows: Array<[string, number]> = [];
    for (let i = 0; i < 12_000; i++) rows.push([`Ghana ${i}`, i]);
    const file = Buffer.from(await wideWorkbook(rows, ['2020']));
    assert.ok(file.byteLength > 150_000, `${file.byteLength} bytes`);
    await upload(page, 'large.xlsx', file);
    const bar = page.getByRole('progressbar', { name: /Sending large\.xlsx/ });
    await bar.waitFor();
    await page.waitForFunction(
      "(() => { const p = document.querySelector('progress'); return p !== null && p.value > 0 && p.value < p.max; })()",
    );
    assert.match(await page.locator('.progress').innerText(), /of .* sent \(\d+ %\)/);
    assert.deepEqual(await violations(page), []);
    await shot(page, 'progress', 1366);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByRole('button', { name: 'Back', exact: true }).waitFor({ timeout: 120_000 });
    await page.close();
  });
});
