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
import { wideWorkbook } from '../../src/modules/observations/uploads-fixtures.test-helper.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { operatorContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { testDatabase } from '../db.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

// The platform as its first users meet it, in one run against the server as `serve` wires it: the setup link makes the
// first administrator, who invites a data manager and a data approver for Ghana; the data manager imports a workbook
// through the import page and finds it on Ghana's profile and submits Ghana 2020; the approver approves it; a later
// import touching Ghana 2020 is refused, naming the approval; the audit trail shows each step.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ADMIN = {
  name: 'Kofi Boateng',
  email: 'admin@observatory.example',
  password: 'first administrator secret',
};
const MANAGER = { name: 'Ama Owusu', email: 'ama.owusu@moh.gov.gh', password: 'ghana data manager secret' };
const APPROVER = {
  name: 'Yaw Asante',
  email: 'yaw.asante@moh.gov.gh',
  password: 'ghana data approver secret',
};

describe('the platform from the setup link to a refused import of approved data', {
  timeout: 600_000,
}, () => {
  let db: Database;
  let browser: Browser;
  let base: string;
  let server: ReturnType<typeof serve>;
  const errors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = await testDatabase();
    await seedDemo(db);
    const config = loadConfig({});
    // A low scrypt cost keeps the test quick; the parameters are stored with each hash.
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

  async function invite(page: Page, email: string, role: string): Promise<string> {
    await page.goto(`${base}/admin/invitations`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Role').selectOption(role);
    await page.getByLabel('Country').selectOption('GHA');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const field = page.locator('#invitation-link');
    await field.waitFor();
    const link = await field.inputValue();
    await page.locator('tr', { hasText: email }).waitFor();
    return link;
  }

  async function accept(page: Page, link: string, who: { name: string; password: string }) {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Accept an invitation' }).waitFor();
    await page.getByLabel('Name').fill(who.name);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByLabel('Confirm the password').fill(who.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account$/);
    await page.locator('.account-menu > button', { hasText: who.name }).waitFor();
  }

  async function importWorkbook(page: Page, name: string, rows: Array<[string, number, number]>) {
    await page.goto(`${base}/import`, { waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    const file = Buffer.from(await wideWorkbook(rows, ['2019', '2020']));
    await page.setInputFiles('input[type=file]', { name, mimeType: XLSX, buffer: file });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('table', { name: 'Columns and how they are read' }).waitFor();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
  }

  function unit2020(page: Page) {
    return page
      .locator('.approval-unit')
      .filter({ has: page.locator('h3', { hasText: /^2020 · all datasets/ }) })
      .first();
  }

  test('setup → invitations → import → profile → submit → approve → refused import → audit trail', async () => {
    // 1. The first start's setup link makes the first administrator; there is no default password.
    const setup = await createSetupLink(operatorContext(db), { baseUrl: base, onlyIfNeeded: true });
    assert.ok(setup, 'a new installation has no administrator, so a setup link');
    assert.match(setup.link, /\/setup\?token=/);
    const admin = await person();
    await admin.page.goto(setup.link);
    await admin.page.getByRole('heading', { name: 'Set up the first administrator' }).waitFor();
    await admin.page.getByLabel('Name').fill(ADMIN.name);
    await admin.page.getByLabel('E-mail address').fill(ADMIN.email);
    await admin.page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await admin.page.getByLabel('Confirm the password').fill(ADMIN.password);
    await admin.page.getByRole('button', { name: 'Create the administrator' }).click();
    await admin.page.locator('.account-menu > button', { hasText: ADMIN.name }).waitFor();

    // 2. The administrator invites a data manager and a data approver for Ghana.
    const managerLink = await invite(admin.page, MANAGER.email, 'data_manager');
    const approverLink = await invite(admin.page, APPROVER.email, 'data_approver');

    // 3. The data manager accepts, imports a workbook through the import page and finds it on Ghana's profile.
    const manager = await person();
    await accept(manager.page, managerLink, MANAGER);
    await importWorkbook(manager.page, 'moh-ghana-doctors.xlsx', [['Ghana', 4100, 4300]]);
    await manager.page.getByRole('table', { name: 'Values as they will be stored' }).waitFor();
    await manager.page.getByRole('button', { name: 'See what would change' }).click();
    await manager.page.locator('dl.counts').waitFor();
    await manager.page.getByRole('button', { name: 'Import', exact: true }).click();
    await manager.page.getByText(/Batch \d+ imported from moh-ghana-doctors\.xlsx/).waitFor();
    await manager.page.screenshot({ path: `${SHOTS}journey-import-1366.png`, fullPage: true });
    const stored = (await (await fetch(`${base}/api/observations?area=GHA&source=USER`)).json()) as {
      items: Array<{ year: number; value: number; file: string }>;
    };
    assert.deepEqual(stored.items.map((o) => [o.year, o.value, o.file]).sort(), [
      [2019, 4100, 'moh-ghana-doctors.xlsx'],
      [2020, 4300, 'moh-ghana-doctors.xlsx'],
    ]);
    await manager.page.goto(`${base}/country/GHA`, { waitUntil: 'networkidle' });
    await manager.page.getByRole('heading', { level: 1, name: /Ghana/ }).waitFor();

    // 4. The data manager submits Ghana 2020; the approver approves it.
    await manager.page.goto(`${base}/approvals`, { waitUntil: 'networkidle' });
    await manager.page.getByRole('heading', { level: 2, name: 'Ghana' }).waitFor();
    await unit2020(manager.page).getByRole('button', { name: 'Submit' }).click();
    await manager.page.getByRole('status').getByText('Ghana 2020 · all datasets: Submitted.').waitFor();

    const approver = await person(390);
    await accept(approver.page, approverLink, APPROVER);
    await approver.page.goto(`${base}/approvals`, { waitUntil: 'networkidle' });
    await approver.page.getByRole('heading', { level: 2, name: 'Ghana' }).waitFor();
    assert.equal(await unit2020(approver.page).locator('.approval-state').innerText(), 'Submitted');
    await unit2020(approver.page).getByRole('button', { name: 'Approve' }).click();
    await approver.page.getByRole('status').getByText('Approved.').waitFor();
    await approver.page.screenshot({ path: `${SHOTS}journey-approved-390.png`, fullPage: true });

    await manager.page.goto(`${base}/country/GHA`, { waitUntil: 'networkidle' });
    const line = manager.page.locator('.approval-line');
    await line.first().waitFor();
    assert.match(await line.first().innerText(), /[Aa]pproved by the data approver/);

    // 5. A later import that changes Ghana 2020 is refused, naming the approval; nothing is written.
    const before = (await (
      await fetch(`${base}/api/observations?area=GHA&year=2020&source=USER`)
    ).json()) as {
      items: Array<{ value: number }>;
    };
    // The refusal comes as early as the preview (its dry run meets the lock); failing that, at the next steps.
    await importWorkbook(manager.page, 'moh-ghana-revised.xlsx', [['Ghana', 4100, 4450]]);
    const refusal = manager.page.getByRole('alert');
    for (const next of ['See what would change', 'Import']) {
      const table = manager.page.getByRole('button', { name: next, exact: true });
      await Promise.race([refusal.first().waitFor(), table.waitFor()]);
      if ((await refusal.count()) > 0) break;
      await table.click();
    }
    await refusal.first().waitFor();
    const message = await refusal.first().innerText();
    assert.match(message, /Ghana 2020/);
    assert.match(message, /approved by Yaw Asante/);
    await manager.page.screenshot({ path: `${SHOTS}journey-refused-1366.png`, fullPage: true });
    const afterRefusal = (await (
      await fetch(`${base}/api/observations?area=GHA&year=2020&source=USER`)
    ).json()) as { items: Array<{ value: number }> };
    assert.deepEqual(
      afterRefusal.items.map((o) => o.value),
      before.items.map((o) => o.value),
    );

    // 6. The audit trail shows each step, to the administrator.
    await admin.page.goto(`${base}/audit`, { waitUntil: 'networkidle' });
    await admin.page.locator('table tbody tr').nth(3).waitFor();
    const trail = await admin.page.evaluate(async () => {
      const r = await fetch('/api/audit?limit=200');
      return (await r.json()) as { items: Array<{ action: string; actorLabel?: string; objectId: string }> };
    });
    const actions = trail.items.map((e) => e.action);
    for (const step of [
      'user.create',
      'invitation.create',
      'batch.import',
      'approval.submit',
      'approval.approve',
    ]) {
      assert.ok(actions.includes(step), `the audit trail has ${step}: ${actions.join(', ')}`);
    }
    assert.ok(
      trail.items.some((e) => e.action === 'approval.approve' && e.objectId.startsWith('GHA/2020')),
      'the approval of Ghana 2020 is recorded against its unit',
    );
    assert.match(await admin.page.locator('main').innerText(), /moh-ghana-doctors\.xlsx|batch/i);
    await admin.page.screenshot({ path: `${SHOTS}journey-audit-1366.png`, fullPage: true });
    assert.deepEqual(errors, []);
    for (const p of [admin, manager, approver]) await p.context.close();
  });
});
