import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type Observatory, startObservatory } from './harness.ts';

// Phones and laptops: chart text size on a 390 px screen, tables that keep their first column and say they scroll,
// pages no wider than the screen, the comparison's chart and country picker, names sorted in the reader's language.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

let observatory: Observatory;
let browser: Browser;
let base: string;
const pageErrors: string[] = [];

async function open(viewport: { width: number; height: number }, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  return page;
}

interface TextBox {
  text: string;
  px: number;
  left: number;
  right: number;
  svgLeft: number;
  svgRight: number;
}

/** Every text drawn in a chart or map: its size on screen (font size × the SVG's scale) and where it lies. */
async function chartTexts(page: Page): Promise<TextBox[]> {
  return page.evaluate(() => {
    type El = {
      getBoundingClientRect(): { width: number; height: number; left: number; right: number };
      getScreenCTM(): { a: number } | null;
      closest(s: string): El | null;
      textContent: string | null;
    };
    const d = globalThis as unknown as {
      document: { querySelectorAll(s: string): El[] };
      getComputedStyle(e: El): { fontSize: string };
    };
    return [...d.document.querySelectorAll('svg text')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const svg = el.closest('svg');
      const scale = el.getScreenCTM()?.a ?? 1;
      const outer = svg?.getBoundingClientRect();
      return [
        {
          text: (el.textContent ?? '').trim(),
          px: Number.parseFloat(d.getComputedStyle(el).fontSize) * scale,
          left: box.left,
          right: box.right,
          svgLeft: outer?.left ?? 0,
          svgRight: outer?.right ?? 0,
        },
      ];
    });
  });
}

const overflow = (page: Page) =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as {
          document: { scrollingElement: { scrollWidth: number } };
          innerWidth: number;
        }
      ).document.scrollingElement.scrollWidth - (globalThis as unknown as { innerWidth: number }).innerWidth,
  );

describe('phones and laptops', { timeout: 300_000 }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    observatory = await startObservatory();
    ({ browser, base } = observatory);
  });
  after(async () => {
    await observatory?.close();
  });

  test('on a 390 px phone every chart text is at least 12 px and inside its chart', async () => {
    const pages: Array<[string, string]> = [
      ['/', 'svg.map path.country'],
      ['/?indicator=ssl', 'svg.map path.country'],
      ['/country/GHA', 'svg.chart text'],
      ['/country/USA', 'svg.chart text'],
      ['/flows?mode=destination&area=USA', 'svg.chart text'],
      ['/flows?mode=origin&area=IND', 'svg.chart text'],
      ['/compare', 'svg.chart text'],
    ];
    for (const [path, ready] of pages) {
      const page = await open(PHONE, path, ready);
      const texts = await chartTexts(page);
      const charts = await page.locator('svg.chart').count();
      // On a phone the map's legend is written in the page, not drawn in the map.
      assert.ok(
        path.startsWith('/?') || path === '/' || (charts > 0 && texts.length > 0),
        `${path}: ${charts} charts`,
      );
      const small = texts.filter((t) => t.px < 11.95).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      assert.deepEqual(small, [], `${path}: text under 12 px`);
      const outside = texts
        .filter((t) => t.left < t.svgLeft - 1 || t.right > t.svgRight + 1)
        .map((t) => t.text);
      assert.deepEqual(outside, [], `${path}: text cut at the chart's edge`);
      assert.ok((await overflow(page)) <= 0, `${path} is wider than the phone`);
      await page.close();
    }
  });

  test('on a phone the footer names the pages the menu leaves out, one separated from the next', async () => {
    const page = await open(PHONE, '/data', 'footer .nav-narrow a');
    const links = await page.locator('footer .nav-narrow a').allTextContents();
    assert.ok(links.length >= 3, links.join(' | '));
    const text = ((await page.locator('footer .nav-narrow').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    assert.equal(text, links.join(' · '));
    await page.close();
  });

  test('the legend drawn in the map is at least 12 px where it is shown', async () => {
    for (const width of [961, 1366]) {
      const page = await open({ width, height: 800 }, '/', 'svg.map path.country');
      const texts = await chartTexts(page);
      assert.ok(texts.length > 0, `${width} px: the legend is drawn in the map`);
      const small = texts.filter((t) => t.px < 11.95).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      assert.deepEqual(small, [], `${width} px`);
      await page.close();
    }
  });

  test('a long bar label wraps and keeps its year', async () => {
    const page = await open(PHONE, '/country/GHA', 'svg.chart text');
    const texts = await chartTexts(page);
    const uk = texts.find((t) => /United Kingdom of Great/.test(t.text));
    assert.ok(uk, texts.map((t) => t.text).join(' | '));
    assert.match(uk.text, /United Kingdom of Great Britain and Northern Ireland \(20\d\d\)/);
    const lines = await page
      .locator('svg.chart text', { hasText: 'United Kingdom of Great' })
      .locator('tspan')
      .count();
    assert.ok(lines >= 2, `${lines} lines`);
    await page.close();
  });

  test('the Data page fits a phone and a laptop; its tables keep their first column and say they scroll', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await open(viewport, '/data', 'table');
      assert.ok((await overflow(page)) <= 0, `${viewport.width} px: the page scrolls sideways`);
      await page.screenshot({ path: `${SHOTS}layout-data-${viewport.width}.png`, fullPage: true });
      await page.goto(`${base}/data?lang=fr`, { waitUntil: 'networkidle' });
      await page.locator('table').first().waitFor();
      assert.ok((await overflow(page)) <= 0, `${viewport.width} px, French: the page scrolls sideways`);
      await page.screenshot({ path: `${SHOTS}layout-data-${viewport.width}-fr.png`, fullPage: true });
      await page.close();
    }
    const page = await open(PHONE, '/data', 'table');
    const wrap = page.locator('.table-wrap').first();
    assert.ok(await page.locator('.table-scroll.more-end').first().isVisible(), 'a shadow at the right edge');
    assert.match(await page.locator('.scroll-hint').first().innerText(), /Scroll sideways for more columns/);
    const firstCell = page.locator('.table-wrap tbody tr').first().locator('th');
    const before = (await firstCell.boundingBox())?.x ?? 0;
    await wrap.evaluate((el) => {
      (el as unknown as { scrollLeft: number }).scrollLeft = 10_000;
    });
    await page.waitForTimeout(100);
    const afterScroll = (await firstCell.boundingBox())?.x ?? -1;
    assert.ok(Math.abs(afterScroll - before) < 1, `first column moved from ${before} to ${afterScroll}`);
    assert.ok(
      await page.locator('.table-scroll.more-start').first().isVisible(),
      'a shadow at the left edge',
    );
    await page.close();
  });

  test('on a 1366 px laptop the comparison shows its four default columns', async () => {
    const page = await open(LAPTOP, '/compare', '.compare-chart ~ figure table');
    const wrap = await page.locator('.compare-chart ~ figure .table-wrap').boundingBox();
    const heads = await page.locator('.compare-chart ~ figure thead th').all();
    assert.equal(heads.length, 7);
    for (const h of heads) {
      const box = await h.boundingBox();
      assert.ok(
        box && wrap && box.x + box.width <= wrap.x + wrap.width + 1,
        `${await h.innerText()} is cut off`,
      );
    }
    assert.ok((await overflow(page)) <= 0);
    await page.close();
  });

  test('the comparison charts the countries a reader picks, keeps them in the URL, and downloads them', async () => {
    const page = await open(LAPTOP, '/compare?areas=GHA,KEN', '.compare-chart svg.chart text');
    const bars = () => page.locator('.compare-chart svg.chart rect').count();
    assert.equal(await bars(), 2);
    await page.locator('input[name="add-country"]').fill('Philippines');
    await page.waitForURL((u) => u.searchParams.get('areas') === 'GHA,KEN,PHL');
    await page.locator('.compare-chart svg.chart text', { hasText: 'Philippines' }).waitFor();
    assert.equal(await bars(), 3);
    await page.locator('input[name="add-country"]').fill('Franc');
    await page.keyboard.press('Enter');
    assert.match(
      await page.locator('.compare-chart [role="status"]').innerText(),
      /No country is called “Franc”/,
    );
    await page.locator('input[name="add-country"]').fill('france');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('areas') === 'GHA,KEN,PHL,FRA');
    await page.getByRole('button', { name: 'Remove Kenya' }).click();
    await page.waitForURL((u) => u.searchParams.get('areas') === 'GHA,PHL,FRA');
    await page.selectOption('select[name="chart"]', 'foreign-trained-share:medical-doctors');
    await page.waitForURL((u) => u.searchParams.get('chart') === 'foreign-trained-share:medical-doctors');
    const title = `Foreign-trained share — Medical doctors, Latest within 10 years`;
    await page.locator('.compare-chart figure h3', { hasText: title }).waitFor();
    // Countries without a value are drawn with the reason, not dropped.
    const chart = await page.locator('.compare-chart svg.chart').textContent();
    assert.match(chart ?? '', /Ghana.*No foreign-trained medical doctors/s);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.compare-chart figure h3', { hasText: title }).waitFor();
    const chips = await page.locator('.compare-chart .chips li').allInnerTexts();
    assert.deepEqual(
      chips.map((c) => c.replace(/\s+/g, ' ')),
      ['Ghana ×', 'Philippines ×', 'France ×'],
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download the data of “${title}” as CSV` }).click(),
    ]);
    const csv = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    assert.equal(csv[0], 'Country or area,Name,Indicator,Occupation,Year,Value,Unit,Source');
    assert.deepEqual(
      csv.slice(1).map((r) => r.split(',')[0]),
      ['GHA', 'PHL', 'FRA'],
    );
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download the chart “${title}” as SVG` }).click(),
    ]);
    assert.match(readFileSync(await svg.path(), 'utf8'), /France/);
    await page.close();
  });

  test("the map's table lists countries in the reader's language order", async () => {
    const page = await open(LAPTOP, '/?lang=fr', 'svg.map path.country');
    await page.locator('details.table-alt summary').click();
    const names = await page.locator('details.table-alt tbody th').allInnerTexts();
    assert.ok(names.length > 150);
    const sorted = [...names].sort(new Intl.Collator('fr').compare);
    assert.deepEqual(names, sorted);
    assert.ok(names.indexOf('Égypte') < names.indexOf('Espagne'), 'É sorts with E');
    assert.ok(names.indexOf('Égypte') > names.indexOf('Dominique'));
    await page.close();
  });

  test('screenshots of the map, the comparison and the Data page on a phone and a laptop, in English and French', async () => {
    for (const viewport of [PHONE, LAPTOP])
      for (const lang of ['en', 'fr'])
        for (const [name, path, ready] of [
          ['map', '/', 'svg.map path.country'],
          ['compare', '/compare', '.compare-chart svg.chart text'],
        ] as const) {
          const page = await open(viewport, `${path}?lang=${lang}`, ready);
          await page.screenshot({
            path: `${SHOTS}layout-${name}-${viewport.width}-${lang}.png`,
            fullPage: false,
          });
          if (name === 'compare') {
            await page
              .locator('.compare-chart')
              .screenshot({ path: `${SHOTS}layout-${name}-chart-${viewport.width}-${lang}.png` });
            await page
              .locator('.compare-chart ~ figure')
              .evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
            await page.screenshot({ path: `${SHOTS}layout-${name}-table-${viewport.width}-${lang}.png` });
          }
          await page.close();
        }
    assert.deepEqual(pageErrors, []);
  });
});
