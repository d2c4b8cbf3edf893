import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ar } from '../../web/src/i18n/ar.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fr } from '../../web/src/i18n/fr.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory, until } from './harness.ts';

// The recruitment status as an employer and a health worker find it, on the demo data (the UK configuration loaded):
// Nigeria is red for the United Kingdom, Kenya amber from 2021-11-11 under the UK–Kenya memorandum.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const CATALOGUES = { en, fr, ar } as const;
type Lang = keyof typeof CATALOGUES;
const NGA = '/recruitment?destination=GBR&origin=NGA&occupation=nursing-personnel';
const WORKER = '/health-workers?origin=NGA&destination=GBR&occupation=nursing-personnel';

describe('recruitment status pages', { timeout: 300_000 }, () => {
  let obs: Observatory;
  before(async () => {
    obs = await startObservatory();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await obs?.close();
  });

  async function open(path: string, ready: string, viewport = LAPTOP, lang: Lang = 'en'): Promise<Page> {
    // The CSP is set aside only so that axe-core's script can be injected.
    const ctx = await obs.browser.newContext({ viewport, locale: lang, bypassCSP: true });
    const page = await ctx.newPage();
    const sep = path.includes('?') ? '&' : '?';
    await page.goto(`${obs.base}${path}${lang === 'en' ? '' : `${sep}lang=${lang}`}`);
    await page.waitForSelector(ready);
    return page;
  }
  const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

  test('Nigeria is red for the UK for nurses, with its reasons, WHO Code articles, national rules and timeline', async () => {
    const page = await open(NGA, '.verdict');
    assert.equal(await page.getAttribute('.verdict', 'data-status'), 'red');
    assert.equal(await page.getAttribute('.verdict', 'data-may'), 'no');
    assert.match(await text(page, '.verdict .rstatus'), /Red/);
    assert.match(await text(page, '.verdict-may'), /^Not allowed$/);
    assert.match(await text(page, '.verdict-summary'), /Nigeria is red for United Kingdom/);
    const onList = await text(page, '.reasons li[data-reason="on_list"]');
    assert.match(onList, /Nigeria is on the 2023 edition/);
    assert.match(onList, /WHO Code, article 5\.1/);
    assert.match(onList, /National rule: Code of practice .* red list/);
    assert.match(
      await text(page, '.reasons li[data-reason="candidate_fees_forbidden"]'),
      /Employment Agencies Act/,
    );
    const rows = page.locator('table.timeline tbody tr');
    assert.equal(await rows.count(), 2);
    assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))), [
      'red',
      'red',
    ]);
    assert.match(await rows.nth(1).innerText(), /2020 edition to the 2023 edition/);
    assert.equal(
      await page.getAttribute('.configuration a', 'href'),
      'https://www.gov.uk/government/publications/code-of-practice-for-the-international-recruitment-of-health-and-social-care-personnel',
    );
    assert.match(await text(page, '.configuration'), /NHS Employers, Quick guide/);
    await page.context().close();
  });

  test('the form asks about Kenya on 2022-01-01: amber, and its URL gives the same verdict to whoever opens it', async () => {
    const page = await open(NGA, '.verdict');
    await page.selectOption('#recruitment-origin', 'KEN');
    await page.fill('#recruitment-date', '2022-01-01');
    await page.click('.recruitment-form button[type="submit"]');
    await page.waitForSelector('.verdict[data-status="amber"]');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('origin'), 'KEN');
    assert.equal(url.searchParams.get('date'), '2022-01-01');
    assert.equal(await page.getAttribute('.verdict', 'data-may'), 'only_on_terms');
    assert.match(await text(page, '.verdict .rstatus'), /Amber/);
    assert.match(await text(page, '.verdict'), /UK–Kenya memorandum/);
    assert.match(await text(page, '#agreements-title + *'), /UK–Kenya memorandum of understanding/);
    const shared = await open(`${url.pathname}${url.search}`, '.verdict');
    assert.equal(await shared.getAttribute('.verdict', 'data-status'), 'amber');
    assert.equal(await shared.inputValue('#recruitment-origin'), 'KEN');
    assert.equal(await shared.inputValue('#recruitment-date'), '2022-01-01');
    assert.equal(await text(shared, '.verdict-summary'), await text(page, '.verdict-summary'));
    await page.context().close();
    await shared.context().close();
  });

  test('a direct application by the health worker is allowed, even from a red country', async () => {
    const page = await open(NGA, '.verdict');
    await page.selectOption('#recruitment-how', 'direct_application');
    await page.click('.recruitment-form button[type="submit"]');
    await page.waitForSelector('.verdict[data-may="yes"]');
    assert.equal(new URL(page.url()).searchParams.get('how'), 'direct_application');
    assert.equal(await page.getAttribute('.verdict', 'data-status'), 'red');
    assert.match(await text(page, '.verdict-may'), /^Allowed$/);
    await page.context().close();
  });

  test('the overview counts every origin, its filter shows only the red ones, and each row opens its verdict', async () => {
    const page = await open(NGA, 'table.overview tbody tr');
    const all = await page.locator('table.overview tbody tr').count();
    const redCount = Number(await text(page, 'a[data-filter="red"] .count'));
    const amberCount = Number(await text(page, 'a[data-filter="amber"] .count'));
    const greenCount = Number(await text(page, 'a[data-filter="green"] .count'));
    assert.equal(redCount + amberCount + greenCount, all);
    assert.ok(redCount > 40 && amberCount === 2, `${redCount} red, ${amberCount} amber`);
    await page.click('a[data-filter="red"]');
    await page.waitForURL(/status=red/);
    await until(async () => (await page.locator('table.overview tbody tr').count()) === redCount, 30_000);
    const statuses = await page
      .locator('table.overview tbody tr')
      .evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-status')))]);
    assert.deepEqual(statuses, ['red']);
    assert.equal(await page.getAttribute('a[data-filter="red"]', 'aria-current'), 'true');
    await page.click('table.overview tr[data-origin="GHA"] th a');
    await page.waitForURL(/origin=GHA/);
    await page.waitForSelector('.verdict');
    assert.match(await text(page, '.verdict-summary'), /Ghana is red/);
    assert.equal(new URL(page.url()).searchParams.get('status'), 'red');
    await page.context().close();
  });

  test('the health worker from Nigeria reads that the UK is red, that applying themselves is their right, and no fees', async () => {
    const page = await open(WORKER, '.hw-answer');
    assert.equal(await page.getAttribute('.hw-answer', 'data-status'), 'red');
    assert.match(await text(page, '.hw-answer .rstatus'), /Red/);
    assert.match(
      await text(page, '.hw-answer'),
      /should not advertise to you, pay referral bonuses or use agencies/,
    );
    assert.equal(await text(page, '[data-right="apply"]'), en['hw.right.apply']);
    assert.equal(await text(page, '[data-right="fees"]'), en['hw.right.fees']);
    assert.match(
      (await page.getAttribute('a[href^="/recruiters?"], a[href="/recruiters"]', 'href')) ?? '',
      /^\/recruiters/,
    );
    assert.equal(await page.locator('.hw-help a[href^="https://www.gov.uk/"]').count(), 1);
    // The page is light: no chart, and its own code small beside the shared entry.
    assert.equal(await page.locator('svg').count(), 0);
    // Its way to complain leads to the recruiters' complaint form.
    await page.getByRole('link', { name: en['hw.complain.link'] }).click();
    await page.getByRole('heading', { name: 'File a complaint' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/recruiters');
    await page.context().close();
  });

  test('Kenya on the worker page: amber, and the agreement that covers their cadre', async () => {
    const page = await open('/health-workers?origin=KEN&destination=GBR', '.hw-answer');
    assert.equal(await page.getAttribute('.hw-answer', 'data-status'), 'amber');
    assert.match(await text(page, '.hw-answer'), /UK–Kenya memorandum of understanding/);
    await page.context().close();
  });

  for (const lang of ['fr', 'ar'] as const) {
    test(`in ${lang}: the verdict and the worker page speak the language, Arabic right to left`, async () => {
      const m = CATALOGUES[lang];
      const page = await open(NGA, '.verdict', LAPTOP, lang);
      assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.match(await text(page, '.verdict .rstatus'), new RegExp(m['recruitment.status.red']));
      assert.equal(await text(page, '.verdict-may'), m['recruitment.may.no']);
      assert.equal(await text(page, 'h1'), m['recruitment.title']);
      // The API's sentence is in the page's language too.
      assert.doesNotMatch(await text(page, '.verdict-summary'), /Employers there|Nursing personnel/);
      assert.equal(await page.title(), m['title.recruitment']);
      const worker = await open(WORKER, '.hw-answer', PHONE, lang);
      assert.match(await text(worker, '.hw-answer .rstatus'), new RegExp(m['recruitment.status.red']));
      assert.equal(await text(worker, '.hw-lead'), m['hw.red.title']);
      assert.equal(await text(worker, '[data-right="apply"]'), m['hw.right.apply']);
      assert.equal(await text(worker, '[data-right="fees"]'), m['hw.right.fees']);
      assert.equal(await worker.title(), m['title.health-workers']);
      assert.ok((await worker.getAttribute('a[href*="view=complain"]', 'href'))?.includes(`lang=${lang}`));
      await page.context().close();
      await worker.context().close();
    });
  }

  test('axe finds no WCAG 2.2 AA violation on either page, phone and laptop, English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const)
      for (const viewport of [PHONE, LAPTOP])
        for (const [path, ready] of [
          [NGA, 'table.overview tbody tr'],
          ['/recruitment?destination=GBR&origin=KEN&date=2022-01-01', '.verdict'],
          [WORKER, '.hw-answer'],
          ['/health-workers', '.hw-form'],
        ] as const) {
          const page = await open(path, ready, viewport, lang);
          assert.deepEqual(await axeViolations(page), [], `${lang} ${viewport.width} ${path}`);
          await page.context().close();
        }
  });

  test('nothing is wider than a 390 px phone, and screenshots at 390 and 1366 px', async () => {
    for (const [name, path, ready] of [
      ['recruitment', NGA, 'table.overview tbody tr'],
      ['health-workers', WORKER, '.hw-answer'],
    ] as const)
      for (const [size, viewport] of [
        ['phone', PHONE],
        ['laptop', LAPTOP],
      ] as const)
        for (const lang of ['en', 'ar'] as const) {
          const page = await open(path, ready, viewport, lang);
          const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
          assert.ok(width <= viewport.width, `${name} ${size} ${lang}: ${width} px wide`);
          const file = `${SHOTS}${name}-${size}${lang === 'en' ? '' : `-${lang}`}`;
          await page.screenshot({ path: `${file}.png`, fullPage: true });
          // The overview makes the whole page long: its first part, the verdict, is also kept on its own.
          if (name === 'recruitment')
            await page.screenshot({
              path: `${file}-verdict.png`,
              fullPage: true,
              clip: { x: 0, y: 0, width: viewport.width, height: 3200 },
            });
          await page.context().close();
        }
  });
});
