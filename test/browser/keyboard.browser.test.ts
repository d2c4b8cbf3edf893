import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { type Observatory, startObservatory } from './harness.ts';

// The keyboard on the map page: every control reachable, focus visible, the country list opens a profile. (axe-core on
// every page in every language: languages-*.browser.test.ts.)
describe('the keyboard in Chromium', { timeout: 300_000 }, () => {
  let obs: Observatory;
  before(async () => {
    obs = await startObservatory();
  });
  after(async () => {
    await obs?.close();
  });

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
