import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import '../../src/main/data-guards.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import { authenticate, configureAccounts, createSetupLink } from '../../src/modules/accounts/index.ts';
import { loadShippedQuestionnaires } from '../../src/modules/questionnaires/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { testDatabase } from '../db.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

// A round of WHO Code reporting as its users run it, through the pages, against the server as `serve` wires it: the
// secretariat plans and opens the 2027/28 round on the shipped questionnaires and designates Ghana's and Kenya's
// national authorities, whose contacts are invited by e-mail; Ghana's authority accepts and starts its report.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const ADMIN = {
  name: 'Ana Silva',
  email: 'admin@observatory.example',
  password: 'first administrator secret',
};
const SECRETARIAT = {
  name: 'Ibrahim Diallo',
  email: 'i.diallo@secretariat.example',
  password: 'code secretariat secret',
};
const GHANA = { name: 'Yaw Asante', email: 'yaw.asante@moh.gov.gh', password: 'ghana authority secret' };
const KENYA = { name: 'Wanjiru Kamau', email: 'w.kamau@health.go.ke', password: 'kenya authority secret' };

describe('a round of WHO Code reporting, end to end in the browser', { timeout: 600_000 }, () => {
  let db: Database;
  let browser: Browser;
  let base: string;
  let server: ReturnType<typeof serve>;
  const errors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = await testDatabase();
    await seedDemo(db);
    await loadShippedQuestionnaires(db);
    const config = loadConfig({});
    configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });
    const app = createApp({ db, config, log: () => {}, authenticate });
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

  async function person(width = 1366): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page };
  }

  async function accept(page: Page, link: string, who: { name: string; password: string }) {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept an invitation' }).waitFor();
    await page.getByLabel('Name').fill(who.name);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByLabel('Confirm the password').fill(who.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account$/);
  }

  /** The link of the latest e-mail sent to an address, as the outbox holds it. */
  async function mailedLink(email: string): Promise<string> {
    const rows = await db.query<{ body: string }>(
      'SELECT body_text AS body FROM email_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
      [email],
    );
    const link = rows[0]?.body.match(/https?:\/\/\S+/)?.[0];
    assert.ok(link, `an e-mail with a link was sent to ${email}`);
    return link;
  }

  test('the secretariat opens a round and designates authorities; Ghana’s starts its report', async () => {
    const setup = await createSetupLink(operatorContext(db), { baseUrl: base, onlyIfNeeded: true });
    assert.ok(setup);
    const admin = await person();
    await admin.page.goto(setup.link);
    await admin.page.getByLabel('Name').fill(ADMIN.name);
    await admin.page.getByLabel('E-mail address').fill(ADMIN.email);
    await admin.page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await admin.page.getByLabel('Confirm the password').fill(ADMIN.password);
    await admin.page.getByRole('button', { name: 'Create the administrator' }).click();
    await admin.page.locator('.account-menu > button', { hasText: ADMIN.name }).waitFor();
    await admin.page.goto(`${base}/admin/invitations`);
    await admin.page.getByLabel('E-mail address').fill(SECRETARIAT.email);
    await admin.page.getByLabel('Role').selectOption('secretariat');
    await admin.page.getByRole('button', { name: 'Send the invitation' }).click();
    const secretariatLink = await admin.page.locator('#invitation-link').inputValue();

    // The secretariat plans the round on the shipped questionnaires and opens it.
    const sec = await person();
    await accept(sec.page, secretariatLink, SECRETARIAT);
    await sec.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await sec.page.getByRole('heading', { name: 'Create a round' }).waitFor();
    await sec.page.getByLabel('Year the round opens').fill('2027');
    await sec.page.getByLabel('Opening date').fill('2027-03-01');
    await sec.page.getByLabel('Closing date (deadline for reports)').fill('2027-09-30');
    // The newest questionnaire versions are chosen for it.
    assert.match(
      await sec.page
        .getByLabel('National reporting instrument (version)')
        .locator('option:checked')
        .innerText(),
      /^National Reporting Instrument 2027\/28 .*, version 2027$/,
    );
    assert.match(
      await sec.page.getByLabel('Stakeholder questionnaire (version)').locator('option:checked').innerText(),
      /^Independent stakeholder report 2027\/28 .*, version 2027$/,
    );
    await sec.page.getByRole('button', { name: 'Create the round' }).click();
    await sec.page.getByText('The 2027/28 round was created.').waitFor();
    const row = sec.page.locator('tr', { hasText: '2027/28' });
    await row.getByRole('button', { name: 'Open 2027/28' }).click();
    await row.getByText('Open the 2027/28 round?').waitFor();
    await row.getByRole('button', { name: 'Open', exact: true }).click();
    await row.locator('.round-state', { hasText: 'Open' }).waitFor();

    // It designates Ghana's and Kenya's national authorities; their contacts are invited.
    await row.getByRole('link', { name: '2027/28' }).click();
    await sec.page.getByRole('heading', { name: 'The 2027/28 reporting round' }).waitFor();
    for (const [area, who, organisation] of [
      ['GHA', GHANA, 'Ministry of Health, Ghana'],
      ['KEN', KENYA, 'Ministry of Health, Kenya'],
    ] as const) {
      const form = sec.page.locator('form', { has: sec.page.getByRole('button', { name: 'Designate' }) });
      await form.getByLabel('Country', { exact: true }).selectOption(area);
      await form.getByLabel('Organization', { exact: true }).fill(organisation);
      await form.getByLabel('Contact person', { exact: true }).fill(who.name);
      await form.getByLabel('Contact e-mail', { exact: true }).fill(who.email);
      await form.getByRole('button', { name: 'Designate' }).click();
      await sec.page.getByText(`An invitation was sent to ${who.email}.`).waitFor();
    }
    await sec.page.screenshot({ path: `${SHOTS}code-round-dashboard-1366.png`, fullPage: true });

    // Ghana's authority accepts the invitation and starts the national report from its reporting page.
    const ghana = await person(390);
    await accept(ghana.page, await mailedLink(GHANA.email), GHANA);
    await ghana.page.goto(`${base}/reporting`, { waitUntil: 'networkidle' });
    await ghana.page.getByText('The 2027/28 round is open until').waitFor();
    await ghana.page.getByRole('button', { name: 'Start the report' }).click();
    await ghana.page.waitForURL(/\/reporting\/report\?id=\d+/);
    await ghana.page.screenshot({ path: `${SHOTS}code-report-started-390.png`, fullPage: true });
    assert.deepEqual(errors, []);
  });
});
