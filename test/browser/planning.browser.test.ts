import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { createSetupLink } from '../../src/modules/accounts/index.ts';
import { districtHospital } from '../../src/modules/wisn/domain/fixtures.ts';
import { operatorContext } from '../../src/platform/context.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory, until } from './harness.ts';

// A planner opens Ghana's projection, adds the "Retention + training" scenario beside the baseline, sees it supply more
// health workers at the horizon, reloads the address and finds it again; signed in, saves it shared; anyone then opens
// it by its link; the CSV download holds a row per cadre and year.
const ARTIFACTS = 'test-artifacts/browser';
const PRESET = 'Retention + training';
const THRESHOLD = 'Doctors, nurses and midwives';

interface ComparisonRow {
  group: string;
  scenario: string;
  supply: number;
  closes: string;
}

/** The comparison table's rows as numbers, read from the page as the reader sees them (English digits). */
async function comparison(page: Page): Promise<ComparisonRow[]> {
  const cells = await page
    .locator('.planning-comparison tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  return cells.map((c) => ({
    group: c[0] ?? '',
    scenario: c[1] ?? '',
    supply: Number((c[2] ?? '').replace(/,/g, '')),
    closes: c[6] ?? '',
  }));
}

async function waitForScenarios(page: Page, names: string[]): Promise<ComparisonRow[]> {
  let rows: ComparisonRow[] = [];
  try {
    await until(async () => {
      rows = await comparison(page);
      return names.every((n) => rows.some((r) => r.group === THRESHOLD && r.scenario === n));
    }, 60_000);
  } catch (e) {
    await page.screenshot({ path: `${ARTIFACTS}/planning-failed.png`, fullPage: true });
    throw new Error(`${names.join(', ')} not in ${JSON.stringify(rows)} at ${page.url()}`, { cause: e });
  }
  return rows;
}

describe('the planning page in Chromium', { timeout: 400_000 }, () => {
  let obs: Observatory;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    obs = await startObservatory({ accounts: true });
    context = await obs.browser.newContext({ viewport: LAPTOP, bypassCSP: true, acceptDownloads: true });
    context.setDefaultTimeout(60_000);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  after(async () => {
    await context?.close();
    await obs?.close();
  });

  /** The API from inside a signed-in page: its cookie and its session's CSRF token. */
  async function api<T>(
    p: Page,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }> {
    return (await p.evaluate(
      async ([m, u, b]) => {
        const s = (await (await fetch('/api/session')).json()) as { csrfToken?: string };
        const r = await fetch(u as string, {
          method: m as string,
          headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken ?? '' },
          ...(b === undefined ? {} : { body: JSON.stringify(b) }),
        });
        return { status: r.status, json: await r.json().catch(() => null) };
      },
      [method, path, body] as const,
    )) as { status: number; json: T };
  }

  async function shots(name: string, on: Page = page): Promise<void> {
    const page = on;
    for (const [size, viewport] of [
      ['1366', LAPTOP],
      ['390', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: `${ARTIFACTS}/planning-${name}-${size}.png`, fullPage: true });
      if (size === '390') {
        const overflow = (await page.evaluate(
          'document.documentElement.scrollWidth - window.innerWidth',
        )) as number;
        assert.ok(overflow <= 0, `${name}: the phone page scrolls sideways by ${overflow}px`);
      }
      assert.deepEqual(await axeViolations(page), [], `${name} at ${size}`);
    }
    await page.setViewportSize(LAPTOP);
  }

  test('the baseline and "Retention + training" side by side, kept in the address', async () => {
    await page.goto(`${obs.base}/planning?area=GHA`);
    await page.getByRole('heading', { level: 1, name: 'Health workforce planning' }).waitFor();
    const inMenu = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planning' });
    assert.equal(await inMenu.getAttribute('aria-current'), 'page');
    assert.equal(await page.title(), 'Health workforce planning — hwmo');
    const baseline = await waitForScenarios(page, ['Baseline']);
    assert.ok(baseline.some((r) => r.group === 'Medical doctors' && r.scenario === 'Baseline'));

    await page.getByRole('button', { name: `Add “${PRESET}”` }).click();
    const rows = await waitForScenarios(page, ['Baseline', PRESET]);
    const supply = (s: string) =>
      rows.find((r) => r.group === THRESHOLD && r.scenario === s)?.supply ?? Number.NaN;
    assert.ok(Number.isFinite(supply('Baseline')) && supply('Baseline') > 0, JSON.stringify(rows));
    assert.ok(
      supply(PRESET) > supply('Baseline'),
      `${PRESET} ${supply(PRESET)} is not above the baseline's ${supply('Baseline')}`,
    );
    for (const r of rows.filter((x) => x.group === THRESHOLD))
      assert.match(r.closes, /^(in \d{4}|does not close by 2030)$/);

    // The threshold's chart comes first, with a shaded band and a median for each scenario, and the need.
    const first = page.locator('.planning-figure').first();
    assert.equal(await first.getAttribute('data-group'), 'threshold');
    const bands = await first
      .locator('path.fan-band')
      .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('L').length));
    assert.equal(bands.length, 2);
    // Eleven years along the top and eleven back along the bottom.
    for (const points of bands) assert.equal(points, 22);
    assert.equal(await first.locator('path.fan-median').count(), 2);
    assert.equal(await first.locator('path.fan-need').count(), 1);

    const url = new URL(page.url());
    assert.equal(url.searchParams.get('area'), 'GHA');
    assert.equal(url.searchParams.get('s1'), 'Retention%20%2B%20training;trainingScale=1.3;retention=0.25');

    await page.reload();
    const again = await waitForScenarios(page, ['Baseline', PRESET]);
    assert.deepEqual(again, rows);

    // The inputs say where each value comes from.
    const doctors = page.locator('.planning-inputs').first();
    const stockRow = doctors.locator('tbody tr', { hasText: 'Starting stock' });
    await stockRow.waitFor();
    const stock = (await stockRow.textContent()) ?? '';
    assert.match(stock, /data/);
    assert.match(stock, /WHO\.GHO, cghss_medical_doctors_HWF_0001-0005\.csv, row \d+ \(20\d\d\)/);
    await shots('en');
  });

  test('a lever edited changes the projection and the address', async () => {
    const retention = page
      .locator('.planning-scenario')
      .first()
      .getByLabel('Retention (% of emigration and other exits avoided)');
    assert.equal(await retention.inputValue(), '25');
    const supply = async () =>
      (await comparison(page)).find((r) => r.group === THRESHOLD && r.scenario === PRESET)?.supply ?? 0;
    const before = await supply();
    await retention.fill('50');
    await retention.press('Tab');
    await until(async () => (new URL(page.url()).searchParams.get('s1') ?? '').includes('retention=0.5'));
    await until(async () => (await supply()) !== before && (await supply()) > 0, 60_000);
    const after = await supply();
    assert.ok(after > before, `${after} after, ${before} before`);
    await page.goBack();
    await until(async () => (await supply()) === before, 60_000);
    await page.goForward();
    await until(async () => (await supply()) === after, 60_000);
  });

  test('the CSV download holds a row per projected cadre and year, and the threshold', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `CSV of ${PRESET}` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'hwmo-projection-GHA.csv');
    const path = await download.path();
    const records = parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const cadres = new Set(records.map((r) => r.cadre));
    assert.ok(
      cadres.has('medical-doctors') &&
        cadres.has('nursing-personnel') &&
        [...cadres].some((c) => c?.startsWith('threshold')),
      [...cadres].join(),
    );
    const doctors = records.filter((r) => r.cadre === 'medical-doctors');
    assert.deepEqual(
      doctors.map((r) => Number(r.year)),
      Array.from({ length: 11 }, (_, i) => 2020 + i),
    );
    for (const r of doctors)
      assert.ok(Number(r.fte) > 0 && Number(r.fte_p05) <= Number(r.fte_p95), JSON.stringify(r));
  });

  test('Arabic, right to left, on a laptop and a phone', async () => {
    await page.goto(`${page.url()}&lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'تخطيط القوى العاملة الصحية' }).waitFor();
    await until(async () => (await page.locator('.planning-comparison tbody tr').count()) > 0, 60_000);
    assert.equal(await page.evaluate('document.documentElement.dir'), 'rtl');
    await shots('ar');
    await page.goto(page.url().replace('&lang=ar', '&lang=en'));
  });

  test('signed in, the scenario is saved shared and opens for anyone by its link', async () => {
    const setup = await createSetupLink(operatorContext(obs.db), { baseUrl: obs.base, onlyIfNeeded: true });
    assert.ok(setup, 'a fresh observatory asks for its first administrator');
    const token = new URL(setup.link).searchParams.get('token');
    const r = await context.request.post(`${obs.base}/api/setup`, {
      data: {
        token,
        name: 'Ama Owusu',
        email: 'planner@health.example',
        password: 'long enough planner secret',
      },
    });
    assert.ok(r.ok(), `setup: ${r.status()} ${await r.text()}`);
    await page.reload();
    await waitForScenarios(page, ['Baseline', PRESET]);

    const card = page.locator('.planning-card').nth(1);
    await card.getByLabel('Shared: anyone with its link may open it').check();
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    const link = card.locator('a.planning-link');
    await link.waitFor();
    const saved = new URL((await link.textContent()) ?? '');
    const id = saved.searchParams.get('scenario');
    assert.match(id ?? '', /^\d+$/);
    await until(async () => new URL(page.url()).searchParams.get('scenario') === id);
    // Signed in, the downloads carry the session's CSRF token like every other request that sends a body.
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Excel workbook of ${PRESET}` }).click(),
    ]);
    assert.equal(workbook.suggestedFilename(), 'hwmo-projection-GHA.xlsx');
    assert.equal(
      readFileSync(await workbook.path())
        .subarray(0, 2)
        .toString(),
      'PK',
    );
    await page.getByRole('heading', { name: 'My saved scenarios' }).waitFor();
    await page.getByRole('link', { name: PRESET }).waitFor();

    const anonymous = await obs.browser.newContext({ viewport: PHONE, bypassCSP: true });
    try {
      const other = await anonymous.newPage();
      other.on('pageerror', (e) => errors.push(e.message));
      await other.goto(`${obs.base}/planning?scenario=${id}`);
      const rows = await waitForScenarios(other, ['Baseline', PRESET]);
      const url = new URL(other.url());
      assert.equal(url.searchParams.get('scenario'), id);
      assert.match(url.searchParams.get('s1') ?? '', /retention=0\.5/);
      assert.ok(rows.length >= 2);
      await other.getByRole('link', { name: 'Sign in to save scenarios.' }).waitFor();
      await other.screenshot({ path: `${ARTIFACTS}/planning-shared-anonymous-390.png`, fullPage: true });
    } finally {
      await anonymous.close();
    }

    // Its owner derives a second scenario from it, then deletes the first.
    await card.getByRole('button', { name: 'Save as a new scenario' }).click();
    await until(async () => {
      const id2 = new URL(page.url()).searchParams.get('scenario');
      return id2 !== null && id2 !== id;
    });
    const mine = page.locator('section[aria-labelledby="planning-mine"]');
    await until(async () => (await mine.locator('tbody tr').count()) === 2);
    await mine
      .getByRole('row')
      .filter({ has: page.locator(`a[href*="scenario=${id}"]`) })
      .getByRole('button')
      .click();
    await until(async () => (await mine.locator('tbody tr').count()) === 1);
    const left = await mine.locator('tbody a').getAttribute('href');
    assert.ok(left?.includes(`scenario=${new URL(page.url()).searchParams.get('scenario')}`), left ?? '');
    const gone = await fetch(`${obs.base}/api/planning/scenarios/${id}`);
    assert.equal(gone.status, 404);
    assert.deepEqual(errors, []);
  });

  test('a national authority of Ghana sets the need by a ratio and by a WISN study, and projects every Member State', async () => {
    const invited = await api<{ link: string }>(page, 'POST', '/api/invitations', {
      email: 'authority@health.example',
      role: 'national_authority',
      area: 'GHA',
    });
    assert.equal(invited.status, 201, JSON.stringify(invited.json));
    const authority = await obs.browser.newContext({
      viewport: LAPTOP,
      bypassCSP: true,
      acceptDownloads: true,
    });
    authority.setDefaultTimeout(60_000);
    try {
      const accepted = await authority.request.post(`${obs.base}/api/invitations/accept`, {
        data: {
          token: new URL(invited.json.link).searchParams.get('token'),
          name: 'Kofi Boateng',
          password: 'long enough authority secret',
        },
      });
      assert.ok(accepted.ok(), await accepted.text());
      const p = await authority.newPage();
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${obs.base}/planning?area=GHA&draws=50`);
      const study = await api<{ id: number }>(p, 'POST', '/api/wisn/studies', districtHospital());
      assert.equal(study.status, 201, JSON.stringify(study.json));
      const results = await api<{ results: { totals: Array<{ cadre: string; required: number }> } }>(
        p,
        'GET',
        `/api/wisn/studies/${study.json.id}/results`,
      );
      const required = results.json.results.totals.find((c) => c.cadre === 'NUR')?.required ?? Number.NaN;
      assert.ok(required > 0, JSON.stringify(results.json));
      await p.reload();
      await waitForScenarios(p, ['Baseline']);

      // A ratio of doctors: their chart draws the need and the comparison shows a gap.
      const ratio = p.getByLabel('Workers per 10 000 population needed: Medical doctors');
      await ratio.fill('10');
      await ratio.press('Tab');
      await until(async () => new URL(p.url()).searchParams.get('ratio') === 'medical-doctors=10');
      const doctorsChart = p.locator('.planning-figure[data-group="medical-doctors"]');
      await until(async () => (await doctorsChart.locator('path.fan-need').count()) === 1, 60_000);
      const doctorsRow = async () =>
        (
          await p
            .locator('.planning-comparison tbody tr')
            .evaluateAll((rows) =>
              rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
            )
        ).find((c) => c[0] === 'Medical doctors' && c[1] === 'Baseline');
      await until(async () => ((await doctorsRow())?.[5] ?? '') !== '', 60_000);
      const gap = Number(((await doctorsRow())?.[5] ?? '').replace(/,/g, ''));
      assert.ok(Number.isFinite(gap) && gap !== 0, JSON.stringify(await doctorsRow()));
      const needRow = (cadre: string) => p.locator('.planning-need tbody tr', { hasText: cadre }).first();
      await until(async () =>
        /a ratio per 10 000 population/.test((await needRow('Medical doctors').textContent()) ?? ''),
      );

      // Service targets set the dentists' need: everyone, 80 % covered, one 15-minute service a year, 1800 hours an FTE.
      await p.getByLabel('Add service targets for').selectOption('dentists');
      await p.getByRole('group', { name: 'Service targets of Dentists' }).waitFor();
      await until(async () => (new URL(p.url()).searchParams.get('svc') ?? '').startsWith('dentists;1800;'));
      await until(
        async () => /service targets\s*[\d,]+/.test((await needRow('Dentists').innerText()) ?? ''),
        60_000,
      );

      // The WISN study, its nurses counted as nursing personnel, over 250 such hospitals.
      await p.getByLabel('Study of the country').selectOption(String(study.json.id));
      const nur = p.getByLabel('Planning cadre of NUR Nurses');
      await nur.waitFor();
      await until(async () => (await nur.inputValue()) === 'nursing-personnel');
      assert.equal(await p.getByLabel('Planning cadre of MID Midwives').inputValue(), 'midwifery-personnel');
      await nur.selectOption('nursing-personnel');
      const scale = p.getByLabel('Facilities of this kind in the country');
      await scale.fill('250');
      await scale.press('Tab');
      await until(async () => (new URL(p.url()).searchParams.get('wisn') ?? '').includes('scale=250'));
      const expected = Math.round(required * 250).toLocaleString('en-US');
      let nursing = '';
      try {
        await until(async () => {
          nursing = (await needRow('Nursing personnel').innerText()) ?? '';
          return nursing.includes('a WISN study') && nursing.includes(expected);
        }, 60_000);
      } catch (e) {
        throw new Error(`nursing need ${nursing}, not ${expected}`, { cause: e });
      }
      await until(
        async () =>
          (await p.locator('.planning-figure[data-group="nursing-personnel"] path.fan-need').count()) === 1,
      );

      // Every Member State in the background, with its progress, then its rows and CSV.
      await p.getByRole('button', { name: 'Project every Member State' }).click();
      const run = p.locator('.planning-run');
      await run.waitFor();
      await until(async () => (await run.getAttribute('data-state')) === 'done', 300_000);
      assert.match((await run.getByRole('status').textContent()) ?? '', /(\d+) of \1 countries projected/);
      const ghana = run.locator('tbody tr', { hasText: 'Ghana' });
      await until(async () => (await ghana.count()) > 0);
      const ghanaDoctors = await ghana
        .filter({ hasText: 'Medical doctors' })
        .first()
        .locator('td, th')
        .allInnerTexts();
      assert.ok(Number((ghanaDoctors[4] ?? '').replace(/,/g, '')) > 0, JSON.stringify(ghanaDoctors));
      const [csv] = await Promise.all([
        p.waitForEvent('download'),
        run.getByRole('link', { name: 'Download the rows (CSV)' }).click(),
      ]);
      const records = parse(readFileSync(await csv.path(), 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      assert.ok(
        records.some((r) => Object.values(r).includes('GHA')),
        JSON.stringify(records.slice(0, 2)),
      );
      assert.ok(new URL(p.url()).searchParams.get('run'));
      await p.getByRole('heading', { name: 'My runs' }).waitFor();
      await shots('need-en', p);
      await p.goto(`${p.url()}&lang=ar`);
      await p.getByRole('heading', { level: 1, name: 'تخطيط القوى العاملة الصحية' }).waitFor();
      await until(async () => (await p.locator('.planning-run[data-state="done"]').count()) === 1, 60_000);
      await until(async () => (await p.locator('.planning-comparison tbody tr').count()) > 0, 60_000);
      await shots('need-ar', p);
      assert.deepEqual(errors, []);
    } finally {
      await authority.close();
    }
  });
});
