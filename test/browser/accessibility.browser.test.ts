import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Observatory, startObservatory } from './harness.ts';

// WCAG 2.2 A and AA rules that axe-core can decide automatically, on every page, in English and French,
// on a desktop and a phone; then the keyboard: every control reachable, focus visible, the country list opens a profile.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) => r.violations)`,
  )) as Violation[];
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

const PAGES = [
  ['map', '/'],
  ['map, Safeguards List', '/?indicator=ssl'],
  ['country profile', '/country/GHA'],
  ['flows', '/flows?mode=destination&area=USA'],
  ['comparison', '/compare?region=AFR'],
  ['data', '/data'],
  ['API documentation', '/api-docs'],
] as const;

describe('accessibility in Chromium', { timeout: 300_000 }, () => {
  let obs: Observatory;
  before(async () => {
    obs = await startObservatory();
  });
  after(async () => {
    await obs?.close();
  });

  for (const [viewport, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const lang of ['en', 'fr']) {
      test(`no WCAG 2.2 AA violation axe can find, ${viewport}, ${lang}`, async () => {
        const page = await obs.browser.newPage({ viewport: size, bypassCSP: true });
        const problems: string[] = [];
        for (const [name, path] of PAGES) {
          const url = `${obs.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
          await page.goto(url, { waitUntil: 'networkidle' });
          await page.locator('main h1').first().waitFor();
          for (const v of await violations(page)) problems.push(`${name}: ${v}`);
        }
        await page.close();
        assert.deepEqual(problems, []);
      });
    }
  }

  test('the keyboard reaches every control with a visible focus, and the country list opens a profile', async () => {
    const page = await obs.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${obs.base}/`, { waitUntil: 'networkidle' });
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = (await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { id: el.tagName + ':' + (el.getAttribute('name') ?? el.textContent.trim().slice(0, 30)), ring };
      })()`)) as { id: string; ring: boolean } | null;
      if (!focused) continue;
      assert.ok(focused.ring, `no visible focus on ${focused.id}`);
      reached.add(focused.id);
    }
    for (const control of [
      'SELECT:indicator',
      'SELECT:occupation',
      'SELECT:year',
      'SELECT:region',
      'SELECT:income',
      'SELECT:area',
    ])
      assert.ok(reached.has(control), `${control} not reached; reached ${[...reached].join(', ')}`);

    await page.locator('select[name="area"]').focus();
    await page.locator('select[name="area"]').selectOption('GHA');
    await page
      .getByRole('link', { name: /Open the profile of Ghana|Ghana/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/country\/GHA/);
    assert.equal(await page.locator('h1').innerText(), 'Ghana');
    await page.close();
  });
});
