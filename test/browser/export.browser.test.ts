import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { type Observatory, startObservatory } from './harness.ts';

// Exported figures keep their full title, source, years and licences, wrapped to the figure's width, never cut.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));

let observatory: Observatory;
let context: BrowserContext;
const pageErrors: string[] = [];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

async function download(page: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  return (await file.path()) as string;
}

interface Exported {
  width: number;
  height: number;
  lines: { text: string; right: number; length: number; x: number }[];
}

/** The lines an exported SVG writes around its chart, measured in Chromium. */
async function measure(svg: string): Promise<Exported> {
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  // Runs in the page, where the SVG DOM is.
  const out = (await page.evaluate(`(() => {
    const root = document.querySelector('body > svg');
    const lines = [...root.children]
      .filter((el) => el.tagName === 'text')
      .map((el) => {
        const box = el.getBBox();
        return {
          text: el.textContent ?? '',
          right: box.x + box.width,
          length: el.getComputedTextLength(),
          x: Number(el.getAttribute('x')),
        };
      });
    return { width: root.viewBox.baseVal.width, height: root.viewBox.baseVal.height, lines };
  })()`)) as Exported;
  await page.close();
  return out;
}

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  assert.equal(b.subarray(1, 4).toString(), 'PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Exports a page's first figure as SVG and PNG and checks that they carry its whole caption. */
async function checkFigure(page: Page, figure: string, shot: string, licences: string[]) {
  const fig = page
    .locator('figure.figure', { has: page.locator('svg') })
    .filter({ hasText: figure })
    .first();
  const title = squash(await fig.locator('.figure-title').innerText());
  const caption = squash(await fig.locator('figcaption').innerText());
  const svgPath = await download(page, new RegExp(`Download the chart “${reEscape(title)}” as SVG`));
  const svg = readFileSync(svgPath, 'utf8');
  const exported = await measure(svg);
  const text = squash(exported.lines.map((l) => l.text).join(' '));
  assert.ok(text.startsWith(title), `title: ${text}`);
  assert.ok(text.includes(caption), `caption "${caption}" in "${text}"`);
  for (const l of licences) assert.ok(text.includes(l), `licence ${l} in ${text}`);
  for (const line of exported.lines) {
    assert.ok(
      line.x >= 0 && line.right <= exported.width,
      `"${line.text}" ends at ${line.right} > ${exported.width}`,
    );
    assert.ok(line.x + line.length <= exported.width, `"${line.text}" is ${line.length} long`);
  }
  const pngPath = await download(page, new RegExp(`Download the chart “${reEscape(title)}” as PNG`));
  const png = pngSize(pngPath);
  assert.equal(png.width / exported.width, 2, 'PNG at twice the SVG size');
  assert.equal(png.height / exported.height, 2, 'PNG at twice the SVG size');
  copyFileSync(pngPath, `${SHOTS}${shot}.png`);
  return { exported, caption };
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('exported figures', { timeout: 240_000 }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    observatory = await startObservatory();
    context = await observatory.browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));
  });
  after(async () => {
    await observatory?.close();
  });

  test('the map exported as SVG and PNG keeps its whole source line, OECD credit, years and licences', async () => {
    const page = await context.newPage();
    await page.goto(`${observatory.base}/?indicator=density&occupation=medical-doctors`, {
      waitUntil: 'networkidle',
    });
    const { exported, caption } = await checkFigure(page, 'Density', 'export-map', [
      'CC BY-NC-SA 3.0 IGO',
      'CC BY 4.0',
      'OECD terms and conditions',
    ]);
    assert.match(caption, /OECD/);
    assert.match(caption, /\(\d{4}–\d{4}\)$/);
    assert.ok(exported.lines.length >= 4, `${exported.lines.length} lines: the source wraps`);
    await page.close();
  });

  test('on a phone and in French the exported map wraps to its width too', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${observatory.base}/?lang=fr`, { waitUntil: 'networkidle' });
    const fig = page.locator('figure.figure').first();
    const title = squash(await fig.locator('.figure-title').innerText());
    const svgPath = await download(
      page,
      new RegExp(`Télécharger le graphique « ${reEscape(title)} » en SVG`),
    );
    const exported = await measure(readFileSync(svgPath, 'utf8'));
    const text = squash(exported.lines.map((l) => l.text).join(' '));
    assert.ok(text.includes(squash(await fig.locator('figcaption').innerText())), text);
    assert.match(text, /Licences : /);
    for (const line of exported.lines) assert.ok(line.right <= exported.width, line.text);
    const pngPath = await download(
      page,
      new RegExp(`Télécharger le graphique « ${reEscape(title)} » en PNG`),
    );
    copyFileSync(pngPath, `${SHOTS}export-map-fr.png`);
    await page.close();
  });

  test('a profile chart exported as SVG keeps its title, source, years and licences', async () => {
    const page = await context.newPage();
    await page.goto(`${observatory.base}/country/GHA`, { waitUntil: 'networkidle' });
    await page.locator('svg.chart').first().waitFor();
    const { caption } = await checkFigure(
      page,
      'Health workers per 10 000 population, Ghana',
      'export-profile-GHA',
      ['CC BY-NC-SA 3.0 IGO', 'CC BY 4.0'],
    );
    assert.match(caption, /\(\d{4}–\d{4}\)$/);
    // A phone draws the chart narrower: the title and source wrap into more lines, all inside the figure.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('svg.chart').first().waitFor();
    const phone = await checkFigure(
      page,
      'Health workers per 10 000 population, Ghana',
      'export-profile-GHA-phone',
      ['CC BY-NC-SA 3.0 IGO', 'CC BY 4.0'],
    );
    assert.ok(phone.exported.lines.length >= 3, `${phone.exported.lines.length} lines`);
    await page.close();
  });

  test('no script error', () => {
    assert.deepEqual(pageErrors, []);
  });
});
