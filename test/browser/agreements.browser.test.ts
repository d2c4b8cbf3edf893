import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { axeViolations, LAPTOP, type Observatory, PHONE, startObservatory } from './harness.ts';

// The agreements registry on the demo data: the public reads the two UK agreements, filters them by a party, and
// opens one; the secretariat imports a file with a bad row (refused, naming row and column), then a good one.
const secretariat: Actor = {
  kind: 'user',
  userId: 7,
  email: 'registry@who.example',
  name: 'Amina Diallo',
  grants: [{ role: 'secretariat', area: null }],
  via: 'session',
};

const HEADER =
  'id,title,type,level,parties,signed_on,in_force_on,expires_on,status,cadres,recruitment_allowed';
const BAD = [
  HEADER,
  'GHA-1,UK–Ghana health workforce agreement,bilateral_agreement,government,"GBR:destination;ZZZ:origin",2023-01-10,2023-03-01,,,,yes',
  '',
].join('\n');
const GOOD = [
  HEADER,
  'GHA-1,UK–Ghana health workforce agreement,bilateral_agreement,government,"GBR:destination;GHA:origin",2023-01-10,2023-03-01,,,nursing-personnel,yes',
  '',
].join('\n');

describe('the agreements registry in Chromium', { timeout: 240_000 }, () => {
  let obs: Observatory;
  let browser: Browser;
  let base = '';
  let actor: Actor = { kind: 'public' };

  before(async () => {
    obs = await startObservatory({ authenticate: async () => actor });
    ({ browser, base } = obs);
  });
  after(async () => {
    await obs?.close();
  });

  const open = async (viewport: { width: number; height: number }) => {
    const page = await browser.newPage({ viewport, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  };
  const titles = (page: Page) => page.locator('.agreement-card h2').allInnerTexts();

  for (const [label, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    test(`the public lists, filters and opens agreements, on a ${label}`, async () => {
      actor = { kind: 'public' };
      const { page, errors } = await open(viewport);
      await page.goto(`${base}/agreements`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'Agreements registry' }).waitFor();
      assert.equal(await page.title(), 'Agreements registry — hwmo');
      assert.deepEqual((await titles(page)).sort(), [
        'UK–Kenya memorandum of understanding',
        'UK–Nepal memorandum of understanding (recruitment pilot)',
      ]);
      assert.equal(await page.getByRole('heading', { name: 'Manage agreements' }).count(), 0);
      // The menu holds the registry where it has room; on a phone, the footer links to it.
      const inMenu = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' });
      const inFooter = page.locator('footer').getByRole('link', { name: 'Agreements registry' });
      assert.equal(await inMenu.isVisible(), label === 'laptop');
      assert.equal(await inFooter.isVisible(), label === 'phone');
      if (label === 'laptop') assert.equal(await inMenu.getAttribute('aria-current'), 'page');
      const kenyaCard = page.locator('.agreement-card', { hasText: 'Kenya' });
      assert.match(await kenyaCard.innerText(), /Kenya \(KEN\) — origin/);
      assert.match(await kenyaCard.innerText(), /In force/);
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: `test-artifacts/browser/agreements-list-${label}.png`, fullPage: true });

      await page.getByLabel('Country (party)').selectOption('KEN');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/area=KEN/);
      await page.getByText('1 agreement', { exact: true }).waitFor();
      assert.deepEqual(await titles(page), ['UK–Kenya memorandum of understanding']);
      await page.getByLabel('Status').selectOption('terminated');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByText('No agreement matches these filters.').waitFor();
      await page.goBack();
      await page.getByText('1 agreement', { exact: true }).waitFor();

      await page.getByRole('link', { name: 'UK–Kenya memorandum of understanding' }).click();
      await page.getByRole('heading', { level: 1, name: 'UK–Kenya memorandum of understanding' }).waitFor();
      assert.match(page.url(), /\/agreements\/view\?id=\d+/);
      const parties = page.getByRole('region', { name: 'Parties' });
      assert.match(await parties.innerText(), /United Kingdom.*\(GBR\) — destination/);
      assert.match(await parties.innerText(), /Kenya \(KEN\) — origin/);
      const history = page.getByRole('region', { name: 'Status history' });
      assert.match(
        await history.innerText(),
        /Status as its source gives it \(dates not recorded\): In force\./,
      );
      await page.getByText('Joint committee and reporting').waitFor();
      const evaluation = page.locator('section.agreement-eval');
      await evaluation.getByRole('heading', { name: 'Did it change the flows?' }).waitFor();
      await evaluation.locator('p').first().waitFor();
      assert.doesNotMatch(await evaluation.innerText(), /Loading/);
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: `test-artifacts/browser/agreements-view-${label}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('in Arabic, right to left, with the codes isolated, on a phone', async () => {
    actor = { kind: 'public' };
    const { page, errors } = await open(PHONE);
    await page.goto(`${base}/agreements?lang=ar&area=NPL`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'سجل الاتفاقات' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('.agreement-card').count(), 1);
    assert.deepEqual(await page.locator('.agreement-card bdi').allInnerTexts(), ['(GBR)', '(NPL)']);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/agreements-list-ar-phone.png', fullPage: true });
    await page.locator('.agreement-card h2 a').click();
    await page.getByRole('heading', { level: 2, name: 'الأطراف' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'هل غيَّر التدفقات؟' }).waitFor();
    await page.screenshot({ path: 'test-artifacts/browser/agreements-view-ar-phone.png', fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the secretariat imports a file: a bad row is refused by row and column, then a good file adds its agreement', async () => {
    actor = secretariat;
    const { page, errors } = await open(PHONE);
    await page.goto(`${base}/agreements`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Manage agreements' }).waitFor();
    await page.getByRole('link', { name: 'New agreement' }).waitFor();
    const file = page.getByLabel('CSV file of agreements');
    await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const alert = page.locator('.agreement-manage [role="alert"]');
    await alert.waitFor();
    const refused = await alert.innerText();
    assert.match(refused, /Row\s*2/i, refused);
    assert.match(refused, /Column\s*parties/i, refused);
    assert.equal((await titles(page)).length, 2, 'nothing imported');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({
      path: 'test-artifacts/browser/agreements-import-refused-phone.png',
      fullPage: true,
    });

    await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await page
      .getByRole('status')
      .getByText('good.csv imported: 1 created, 0 changed, 0 unchanged.')
      .waitFor();
    assert.equal(await alert.count(), 0);
    await page.getByRole('link', { name: 'UK–Ghana health workforce agreement' }).waitFor();
    assert.equal((await titles(page)).length, 3);
    await page.getByRole('link', { name: 'UK–Ghana health workforce agreement' }).click();
    await page.getByRole('heading', { level: 1, name: 'UK–Ghana health workforce agreement' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw from the public registry' }).waitFor();

    await page.getByLabel('What happened', { exact: true }).selectOption('suspended');
    await page.getByLabel('On', { exact: true }).fill('2024-05-01');
    await page.getByLabel('What happened, and the source').fill('Suspended by the joint committee.');
    await page.getByRole('button', { name: 'Record an event' }).click();
    await page.getByRole('status').getByText('The event is recorded.').waitFor();
    const history = page.locator('.agreement-history');
    assert.match(await history.innerText(), /Suspended by the joint committee\./);
    assert.match(await page.locator('h1 + .agreement-tags').innerText(), /Suspended/);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: 'test-artifacts/browser/agreements-manage-phone.png', fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
