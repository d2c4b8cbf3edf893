import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import { authenticate, configureAccounts, createSetupLink } from '../../src/modules/accounts/index.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { operatorContext } from '../../src/platform/context.ts';
import { testDatabase } from '../db.ts';
import { CHROMIUM, CHROMIUM_ARGS, type Observatory } from './harness.ts';

// The accounts as a person meets them in Chromium, against the real server app: the first start's setup link, the
// first administrator, an invitation of a data manager for Ghana, its acceptance, sign-in, a personal API token
// created, used and revoked, sign-out; a wrong password; user names that are markup or script URLs; axe on every page.
const SHOTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

const ADMIN = { name: 'Kofi Mensah', email: 'admin@who.example', password: 'long enough admin secret' };
const MANAGER = { name: 'Ama Owusu', email: 'dm@moh.gov.gh', password: 'ghana data manager 2020' };
const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)'];

let obs: Observatory;

/** hwmo as `serve` wires it (accounts configured, sessions and tokens authenticating), on a free port, with Chromium. */
async function startHwmo(): Promise<Observatory> {
  const db = await testDatabase();
  await seedDemo(db);
  const config = loadConfig({});
  // A cheaper hash than production's, as the accounts module's own tests use: the pages are under test here.
  configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });
  const app = createApp({ db, config, log: () => {}, authenticate });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    base,
    db,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
const pageErrors: string[] = [];
const dialogs: string[] = [];

/** A browser context patient enough for a machine shared with other test runs. */
async function newContext(viewport: { width: number; height: number }, opts: { bypassCSP?: boolean } = {}) {
  const ctx = await obs.browser.newContext({ viewport, ...opts });
  ctx.setDefaultTimeout(90_000);
  return ctx;
}

async function newPage(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) => r.violations)`,
  )) as Array<{ id: string; help: string; nodes: { target: string[] }[] }>;
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page fits its width: nothing wider than the viewport (a table scrolls inside its own box). */
async function overflow(page: Page): Promise<number> {
  return (await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  )) as number;
}

async function signInThroughPage(page: Page, who: { email: string; password: string }) {
  await page.goto(`${obs.base}/sign-in`);
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/account$/);
}

async function signOutThroughMenu(page: Page, name: string) {
  await page.locator('.account-menu > button', { hasText: name }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.locator('.account-menu > a', { hasText: 'Sign in' }).waitFor();
}

/** The API as a script sees it: a session cookie and its CSRF token, or a bearer token. */
async function api(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; csrf?: string; bearer?: string } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json', origin: obs.base };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers['x-csrf-token'] = init.csrf;
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  const r = await fetch(`${obs.base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await r.text();
  return {
    status: r.status,
    headers: r.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

async function adminSession(): Promise<{ cookie: string; csrf: string }> {
  const r = await api('/api/session', {
    method: 'POST',
    body: { email: ADMIN.email, password: ADMIN.password },
  });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const s = await api('/api/session', { cookie });
  return { cookie, csrf: String(s.json?.csrfToken) };
}

describe('accounts in Chromium', { timeout: 1_500_000 }, () => {
  let laptop: BrowserContext;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    obs = await startHwmo();
    laptop = await newContext(LAPTOP);
  });
  after(async () => {
    await laptop?.close();
    await obs?.close();
  });

  test('setup link → first administrator → invites a data manager for Ghana → accepts → signs in → token → sign out', async () => {
    const setup = await createSetupLink(operatorContext(obs.db), { baseUrl: obs.base });
    assert.ok(setup, 'no administrator yet, so a setup link');
    const page = await newPage(laptop);

    // Anonymous readers see the observatory with a sign-in link and nothing else of accounts.
    await page.goto(`${obs.base}/data`);
    await page.locator('.account-menu > a', { hasText: 'Sign in' }).waitFor();

    await page.goto(setup.link);
    await page.getByRole('heading', { name: 'Set up the first administrator' }).waitFor();
    await page.getByLabel('Name').fill(ADMIN.name);
    await page.getByLabel('E-mail address').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm the password').fill('short');
    assert.match(await page.locator('.rules').innerText(), /At least 12 characters/);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await page.locator('#setup-password-error').waitFor();
    assert.match(await page.locator('#setup-password-error').innerText(), /does not meet the rules/);
    assert.equal(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm the password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await page.waitForURL(/\/admin\/invitations$/);
    await page.locator('.account-menu > button', { hasText: ADMIN.name }).waitFor();

    // The link works once.
    const replay = await newPage(laptop);
    await replay.goto(setup.link);
    await replay.getByLabel('Name').fill('Intruder');
    await replay.getByLabel('E-mail address').fill('intruder@example.org');
    await replay.getByLabel('Password', { exact: true }).fill('another long password');
    await replay.getByLabel('Confirm the password').fill('another long password');
    await replay.getByRole('button', { name: 'Create the administrator' }).click();
    await replay.locator('.form-alert').waitFor();
    await replay.close();

    // Invite: a data-manager role needs a country; without one the form says so next to the field.
    await page.getByLabel('E-mail address').fill(MANAGER.email);
    await page.getByLabel('Role').selectOption('data_manager');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.locator('#invite-area-error').waitFor();
    await page.getByLabel('Country').selectOption('GHA');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const linkField = page.locator('#invitation-link');
    await linkField.waitFor();
    const invitationLink = await linkField.inputValue();
    assert.match(invitationLink, /\/invitation\?token=[A-Za-z0-9_-]+$/);
    const pendingRow = page.locator('tr', { hasText: MANAGER.email });
    await pendingRow.waitFor();
    assert.match(await pendingRow.innerText(), /Data manager/);
    assert.match(await pendingRow.innerText(), /Ghana/);

    // The outbox holds the message with the same link (no SMTP here).
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.locator('.outbox li', { hasText: MANAGER.email }).first().waitFor();
    assert.ok((await page.locator('.outbox').innerText()).includes(invitationLink));

    await signOutThroughMenu(page, ADMIN.name);

    // The invitation says what it is for; accepting signs the new user in.
    await page.goto(invitationLink);
    await page.getByRole('heading', { name: 'Accept an invitation' }).waitFor();
    const facts = await page.locator('dl.facts').innerText();
    assert.match(facts, /Data manager/);
    assert.match(facts, /Ghana/);
    assert.match(facts, new RegExp(MANAGER.email.replace('.', '\\.')));
    await page.getByLabel('Name').fill(MANAGER.name);
    await page.getByLabel('Password', { exact: true }).fill(MANAGER.password);
    await page.getByLabel('Confirm the password').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/account$/);
    await page.locator('.account-menu > button', { hasText: MANAGER.name }).waitFor();
    // A data manager has no administration in the menu.
    await page.locator('.account-menu > button').click();
    assert.equal(await page.getByRole('link', { name: 'Administration' }).count(), 0);
    await page.keyboard.press('Escape');

    await signOutThroughMenu(page, MANAGER.name);
    await signInThroughPage(page, MANAGER);
    await page.locator('dl.facts', { hasText: 'Data manager — Ghana' }).waitFor();

    // A personal token, shown once, works as a bearer token until revoked.
    await page.getByLabel('Name of the token').fill('nightly import');
    await page.getByRole('button', { name: 'Create the token' }).click();
    await page.locator('#token-scopes-error').waitFor();
    await page.getByLabel('Import data').check();
    await page.getByLabel('Own account').check();
    await page.getByRole('button', { name: 'Create the token' }).click();
    const secret = await page.locator('#token-secret').inputValue();
    assert.match(secret, /^hwmo_/);
    const row = page.locator('tr', { hasText: 'nightly import' });
    await row.waitFor();
    assert.match(await row.innerText(), /Active/);
    const used = await api('/api/account', { bearer: secret });
    assert.equal(used.status, 200);
    assert.equal(used.json?.email, MANAGER.email);
    await row.getByRole('button', { name: 'Revoke the token nightly import' }).click();
    await page.locator('tr', { hasText: 'nightly import' }).filter({ hasText: 'Revoked' }).waitFor();
    assert.equal((await api('/api/account', { bearer: secret })).status, 401);
    await page.reload();
    assert.equal(await page.locator('#token-secret').count(), 0, 'the token is shown only once');

    await signOutThroughMenu(page, MANAGER.name);
    await page.goto(`${obs.base}/account`);
    await page.getByText('This page needs you to sign in.').waitFor();
    await page.close();
  });

  test('the administrator edits a user’s roles: a country is required for an area role, then saved', async () => {
    const page = await newPage(laptop);
    await signInThroughPage(page, ADMIN);
    await page.goto(`${obs.base}/admin/users`);
    const row = page.locator('tr', { hasText: MANAGER.email });
    await row.getByRole('button', { name: `Edit ${MANAGER.name}` }).click();
    const editor = page.locator('.editor');
    await editor.getByRole('button', { name: 'Add a role' }).click();
    await editor.getByRole('combobox', { name: 'Role' }).last().selectOption('data_approver');
    await editor.getByRole('button', { name: 'Save the roles' }).click();
    await editor.getByText('This role needs a country.').waitFor();
    await editor.getByRole('combobox', { name: 'Country' }).last().selectOption('KEN');
    await editor.getByRole('button', { name: 'Save the roles' }).click();
    await editor.getByText('Roles saved.').waitFor();
    await page
      .locator('tr', { hasText: MANAGER.email })
      .filter({ hasText: 'Data approver — Kenya' })
      .waitFor();
    await page.close();
  });

  test('names that are markup or a script URL show as text in the users list', async () => {
    const admin = await adminSession();
    for (const [i, name] of HOSTILE.entries()) {
      const email = `hostile${i}@example.org`;
      const invited = await api('/api/invitations', {
        method: 'POST',
        cookie: admin.cookie,
        csrf: admin.csrf,
        body: { email, role: 'stakeholder' },
      });
      assert.equal(invited.status, 201, JSON.stringify(invited.json));
      const token = new URL(String(invited.json?.link)).searchParams.get('token');
      const accepted = await api('/api/invitations/accept', {
        method: 'POST',
        body: { token, name, password: 'a long enough password' },
      });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.json));
    }
    const page = await newPage(laptop);
    await signInThroughPage(page, ADMIN);
    await page.goto(`${obs.base}/admin/users`);
    for (const name of HOSTILE) {
      const cell = page.locator('.user-name', { hasText: name });
      await cell.waitFor();
      assert.equal(await cell.innerText(), name);
    }
    assert.equal(await page.locator('main script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await page.locator('tr', { hasText: 'hostile1@example.org' }).getByRole('button').click();
    assert.equal(await page.locator('#user-editor').innerText(), `Edit ${HOSTILE[1]}`);
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  test('every page: no axe violation, no overflow at 390 px, screenshots at 390 and 1366 px', async () => {
    const paths = [
      ['sign-in', '/sign-in', null],
      ['setup', '/setup?token=0123456789abcdefghijklmnop', null],
      ['reset-password', '/reset-password', null],
      ['reset-password-confirm', '/reset-password?token=0123456789abcdefghijklmnop', null],
      ['account', '/account', MANAGER],
      ['admin-users', '/admin/users', ADMIN],
      ['admin-invitations', '/admin/invitations', ADMIN],
      ['admin-outbox', '/admin/outbox', ADMIN],
    ] as const;
    const problems: string[] = [];
    for (const viewport of [PHONE, LAPTOP]) {
      for (const lang of ['en', 'fr']) {
        const ctx = await newContext(viewport, { bypassCSP: true });
        const page = await newPage(ctx);
        let signedIn: string | null = null;
        for (const [name, path, who] of paths) {
          if (who && signedIn !== who.email) {
            await ctx.clearCookies();
            await signInThroughPage(page, who);
            signedIn = who.email;
          }
          const url = `${obs.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
          await page.goto(url, { waitUntil: 'networkidle' });
          const shown = await page
            .locator('main h1')
            .first()
            .waitFor()
            .then(() => true)
            .catch(() => false);
          if (!shown) {
            problems.push(
              `${name} ${viewport.width} ${lang}: no title; main says ${await page.locator('main').innerText()}`,
            );
            continue;
          }
          await page
            .locator('main .status[aria-live]')
            .waitFor({ state: 'detached' })
            .catch(() => {});
          for (const v of await violations(page)) problems.push(`${name} ${viewport.width} ${lang}: ${v}`);
          const over = await overflow(page);
          if (over > 0) problems.push(`${name} ${viewport.width} ${lang}: ${over} px wider than the screen`);
          await page.screenshot({
            path: `${SHOTS}accounts-${name}-${viewport.width}-${lang}.png`,
            fullPage: true,
          });
        }
        // The menu open, on the phone too (over the account page, where no other control lies under it).
        await page.goto(`${obs.base}/account?lang=${lang}`, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        await page.locator('.account-menu > button').click();
        for (const v of await violations(page)) problems.push(`menu ${viewport.width} ${lang}: ${v}`);
        await page.screenshot({ path: `${SHOTS}accounts-menu-${viewport.width}-${lang}.png` });
        await ctx.close();
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the keyboard alone signs in: Tab to each field, Enter submits', async () => {
    const ctx = await newContext(PHONE);
    const page = await newPage(ctx);
    await page.goto(`${obs.base}/sign-in`);
    await page.locator('#signin-email').waitFor();
    let guard = 0;
    while ((await page.evaluate('document.activeElement?.id')) !== 'signin-email' && guard++ < 30)
      await page.keyboard.press('Tab');
    await page.keyboard.type(MANAGER.email);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement?.id'), 'signin-password');
    await page.keyboard.type(MANAGER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/account$/);
    await ctx.close();
  });

  // Last: the failures count against the address, which every test here shares.
  test('a wrong password says so without naming the account; repeated failures are throttled', async () => {
    const ctx = await newContext(LAPTOP);
    const page = await newPage(ctx);
    await page.goto(`${obs.base}/sign-in`);
    const alert = page.locator('.form-alert');
    // The alert of an attempt goes when the next is sent, and comes back with its answer.
    const attempt = async () => {
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/api/session') && r.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await answered;
    };
    for (const email of [MANAGER.email, 'nobody@example.org']) {
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await alert.filter({ hasText: 'The e-mail address or the password is wrong.' }).waitFor();
      assert.equal(await page.getByLabel('Password').inputValue(), '', 'the wrong password is cleared');
    }
    let throttled = false;
    for (let i = 0; i < 8 && !throttled; i++) {
      await page.getByLabel('E-mail address').fill(MANAGER.email);
      await page.getByLabel('Password').fill(`wrong ${i}`);
      await attempt();
      await alert.waitFor();
      throttled = /Too many attempts/.test(await alert.innerText());
    }
    assert.ok(throttled, 'the throttling message is shown');
    assert.match(await alert.innerText(), /Wait (a|\d+) minutes?/);
    // Even the right password is refused while throttled.
    await page.getByLabel('E-mail address').fill(MANAGER.email);
    await page.getByLabel('Password').fill(MANAGER.password);
    await attempt();
    await alert.waitFor();
    assert.match(await alert.innerText(), /Too many attempts/);
    await page.screenshot({ path: `${SHOTS}accounts-sign-in-throttled-1366.png` });
    await ctx.close();
    assert.deepEqual(pageErrors, []);
  });
});
