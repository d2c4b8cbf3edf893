import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Observatory, startObservatory } from './harness.ts';

// Every choice the map's and the comparison's menus offer, on the shipped demo data: an offered choice shows values;
// a choice the menus mark "no data loaded" says so; none shows an error. One page, moved by its URL state.

let observatory: Observatory;
let page: Page;
const pageErrors: string[] = [];

interface Option {
  value: string;
  text: string;
  disabled: boolean;
}

async function options(name: string): Promise<Option[]> {
  return page.locator(`select[name="${name}"] option`).evaluateAll((els) =>
    els.map((e) => {
      const o = e as unknown as { value: string; textContent: string | null; disabled: boolean };
      return { value: o.value, text: (o.textContent ?? '').trim(), disabled: o.disabled };
    }),
  );
}

/** Moves the single-page app to another view as its own links do, without reloading. */
async function go(path: string): Promise<void> {
  await page.evaluate((p) => {
    const w = globalThis as unknown as {
      history: { pushState(a: null, b: string, c: string): void };
      dispatchEvent(e: unknown): void;
      PopStateEvent: new (type: string) => unknown;
    };
    w.history.pushState(null, '', p);
    w.dispatchEvent(new w.PopStateEvent('popstate'));
  }, path);
}

/** Waits until the view shows this figure title, or an error. */
async function settle(title: string, heading = 'figure h2'): Promise<void> {
  await page
    .waitForFunction(
      ([sel, want]) => {
        const d = (
          globalThis as unknown as {
            document: { querySelector(s: string): { textContent: string | null } | null };
          }
        ).document;
        return (
          d.querySelector('.status.error') !== null ||
          (d.querySelector(sel as string)?.textContent ?? '') === want
        );
      },
      [heading, title],
      { timeout: 20_000 },
    )
    .catch(async (e: Error) => {
      const shown = await page.locator(heading).allInnerTexts();
      throw new Error(`${e.message}: waited for “${title}” at ${page.url()}, shown: ${shown.join(' | ')}`);
    });
}

async function errorShown(): Promise<string | null> {
  const error = page.locator('.status.error');
  return (await error.count()) > 0 ? await error.innerText() : null;
}

const LATEST = 'Latest within 10 years';
const plain = (text: string) => text.replace(/ \(no data loaded\)$/, '');

describe('menus offer only what the loaded data can serve', { timeout: 600_000 }, () => {
  before(async () => {
    observatory = await startObservatory();
    const context = await observatory.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${observatory.base}/`, { waitUntil: 'networkidle' });
  });
  after(async () => {
    await observatory?.close();
  });

  test('the SDG gap with the default occupation draws a map, and choosing it resets the occupation', async () => {
    // Straight from a link, before anything else has been asked of the server.
    await go('/?indicator=sdg-gap');
    await settle(`Gap to the SDG index threshold, Doctors, nurses and midwives, ${LATEST}`);
    assert.equal(await errorShown(), null);
    assert.match((await page.locator('.summary-line').textContent()) ?? '', /\d+ countries with a value/);
    assert.deepEqual(
      (await options('occupation')).map((o) => o.value),
      ['medical-doctors,nursing-and-midwifery'],
      'the only occupation sdg-gap accepts',
    );

    await go('/?indicator=density&occupation=dentists&year=2021');
    await settle('Density, Dentists, 2021');
    await page.selectOption('select[name="indicator"]', 'sdg-gap');
    await page.waitForURL((u) => u.searchParams.get('indicator') === 'sdg-gap');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('occupation'), 'medical-doctors,nursing-and-midwifery');
    await settle(`Gap to the SDG index threshold, Doctors, nurses and midwives, ${LATEST}`);
    assert.equal(await errorShown(), null);
  });

  test('every indicator × occupation × year the map offers shows values; marked ones say why they are empty', async () => {
    await go('/');
    await settle(`Density, Medical doctors, ${LATEST}`);
    // The menus narrow once the availability has arrived; the demo data have indicators without values.
    await page.locator('select[name="indicator"] option[disabled]').first().waitFor({ state: 'attached' });
    const indicators = (await options('indicator')).filter((o) => o.value !== 'ssl');
    const marked = indicators.filter((o) => o.disabled).map((o) => o.value);
    for (const seen of ['inflow', 'outflow', 'net-migration', 'foreign-born-share'])
      assert.ok(marked.includes(seen), `${seen} is marked: the demo data have none`);
    let offered = 0;
    for (const ind of indicators) {
      await go(`/?indicator=${ind.value}`);
      await page.waitForFunction(
        (v) =>
          (
            globalThis as unknown as {
              document: { querySelector(s: string): { value: string } | null };
            }
          ).document.querySelector('select[name="indicator"]')?.value === v,
        ind.value,
      );
      for (const occ of await options('occupation')) {
        await go(`/?indicator=${ind.value}&occupation=${occ.value}`);
        await settle(`${plain(ind.text)}, ${plain(occ.text)}, ${LATEST}`);
        const years = await options('year');
        for (const y of years) {
          const view = `/?indicator=${ind.value}&occupation=${occ.value}&year=${y.value}`;
          await go(view);
          await settle(`${plain(ind.text)}, ${plain(occ.text)}, ${y.value === 'latest' ? LATEST : y.value}`);
          assert.equal(await errorShown(), null, view);
          const summary = (await page.locator('.summary-line').textContent()) ?? '';
          const note = page.locator('.empty-note[role="status"]');
          if (ind.disabled || occ.disabled || y.disabled) {
            assert.match(await note.innerText(), /No values are loaded for this choice/, view);
            assert.match(summary, /No country has a value/, view);
          } else {
            offered++;
            assert.equal(await note.count(), 0, view);
            assert.match(summary, /\d+ countr(y|ies) with a value/, view);
          }
        }
      }
    }
    assert.ok(offered > 50, `${offered} choices with values`);
    assert.deepEqual(pageErrors, []);
  });

  test('every column the comparison offers has values; one it cannot compute says why and spares the rest', async () => {
    await go('/compare?columns=sdg-gap:medical-doctors,density:medical-doctors&areas=GHA');
    await settle(`Gap to the SDG index threshold — Medical doctors, ${LATEST}`, '.compare-chart figure h3');
    assert.equal(await errorShown(), null);
    const rows = page.locator('figure table tbody tr');
    const ghana = page.locator('.compare-chart ~ figure table tbody tr', { hasText: 'Ghana' });
    assert.match(
      await ghana.innerText(),
      /Gap to the SDG index threshold is defined for Doctors, nurses and midwives only/,
    );
    assert.match(await ghana.innerText(), /\d\.\d \(20\d\d\)/, 'the density column is computed');
    assert.ok((await rows.count()) > 100);

    await go('/compare');
    await settle(`Density — Medical doctors, ${LATEST}`, '.compare-chart figure h3');
    await page
      .locator('select[name="new-indicator"] option[disabled]')
      .first()
      .waitFor({ state: 'attached' });
    const indicators = await options('new-indicator');
    let offered = 0;
    for (const ind of indicators.filter((o) => !o.disabled)) {
      await page.selectOption('select[name="new-indicator"]', ind.value);
      for (const occ of (await options('new-occupation')).filter((o) => !o.disabled)) {
        const id = `${ind.value}:${occ.value.split(',').join('+')}`;
        await go(`/compare?columns=${encodeURIComponent(id)}&areas=GHA,GBR`);
        await settle(`${plain(ind.text)} — ${plain(occ.text)}, ${LATEST}`, '.compare-chart figure h3');
        assert.equal(await errorShown(), null, id);
        const cells = await page
          .locator('.compare-chart ~ figure table tbody td:nth-child(4)')
          .allInnerTexts();
        assert.ok(
          cells.some((c) => /\(\d{4}\)/.test(c)),
          `${id} has values`,
        );
        assert.ok(
          cells.every((c) => c.trim() !== '' && c.trim() !== '—'),
          `${id}: every cell has a value or a reason`,
        );
        offered++;
      }
    }
    assert.ok(offered >= 8, `${offered} columns`);

    await go('/compare');
    await settle(`Density — Medical doctors, ${LATEST}`, '.compare-chart figure h3');
    for (const y of (await options('year')).filter((o) => !o.disabled)) {
      await go(`/compare?year=${y.value}`);
      await settle(
        `Density — Medical doctors, ${y.value === 'latest' ? LATEST : y.value}`,
        '.compare-chart figure h3',
      );
      assert.equal(await errorShown(), null, y.value);
      // The table is drawn a moment after the chart's title names the year: wait for it, within a bound.
      const complete = await page
        .waitForFunction(
          () => {
            const cells = [
              ...(
                globalThis as unknown as {
                  document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> };
                }
              ).document.querySelectorAll('.compare-chart ~ figure table tbody td.n'),
            ];
            return cells.length > 100 && cells.every((c) => (c.textContent ?? '').trim() !== '');
          },
          undefined,
          { timeout: 15_000 },
        )
        .then(
          () => true,
          () => false,
        );
      assert.ok(complete, `${y.value}: every cell has a value or a reason`);
    }
    assert.deepEqual(pageErrors, []);
  });
});
