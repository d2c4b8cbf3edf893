import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { testDatabase } from '../db.ts';
import { CHROMIUM, CHROMIUM_ARGS, until } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SCRIPT = '<script>window.__pwned = 1; alert(1)</script>';
const IMG = '"><img src=x onerror="window.__pwned = 2; alert(2)">';
const JS_URL = 'javascript:window.__pwned=3;alert(3)';

const ADMIN: Actor = {
  kind: 'user',
  userId: 1,
  email: 'admin@example.org',
  name: 'Admin',
  grants: [{ role: 'admin', area: null }],
  via: 'session',
  sessionId: 1,
};

interface Seed {
  kind: 'user' | 'operator';
  userId: number | null;
  label: string;
  action: string;
  type: string;
  id: string;
  area: string;
  before: unknown;
  after: unknown;
  comment: string | null;
}

/** Records whose every shown field carries a payload, written as the audit trail holds them. */
const SEEDS: Seed[] = [
  {
    kind: 'user',
    userId: 2,
    label: `${SCRIPT} <evil@example.org>`,
    action: 'area.add',
    type: 'area',
    id: IMG,
    area: 'GHA',
    before: null,
    after: { name: SCRIPT },
    comment: JS_URL,
  },
  {
    kind: 'user',
    userId: 3,
    label: `${IMG} <img@example.org>`,
    action: 'batch.rollback',
    type: 'batch',
    id: JS_URL,
    area: 'GHA',
    before: { status: 'committed' },
    after: { status: 'rolled_back', note: IMG },
    comment: SCRIPT,
  },
  {
    kind: 'operator',
    userId: null,
    label: `operator ${JS_URL}`,
    action: 'import',
    type: 'batch',
    id: '7',
    area: 'KEN',
    before: null,
    after: { file: `${SCRIPT}.csv` },
    comment: IMG,
  },
  {
    kind: 'user',
    userId: 2,
    label: 'Ama Mensah <ama@moh.gov.gh>',
    action: 'area.rename',
    type: 'area',
    id: 'GH-AA',
    area: 'GHA',
    before: { name: 'Accra' },
    after: { name: 'Greater Accra' },
    comment: null,
  },
];

async function seed(db: Database): Promise<void> {
  for (const [i, r] of SEEDS.entries()) {
    await db.query(
      `INSERT INTO audit_event (at, actor_kind, actor_user_id, actor_label, action, object_type, object_id, area,
         before, after, comment, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12)`,
      [
        new Date(Date.UTC(2026, 0, 10 + i, 9, 30)).toISOString(),
        r.kind,
        r.userId,
        r.label,
        r.action,
        r.type,
        r.id,
        r.area,
        r.before === null ? null : JSON.stringify(r.before),
        r.after === null ? null : JSON.stringify(r.after),
        r.comment,
        `req-${i}`,
      ],
    );
  }
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) => r.violations)`,
  )) as Array<{ id: string; help: string; nodes: { target: string[] }[] }>;
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the audit page renders hostile values as text', { timeout: 180_000 }, () => {
  let db: Database;
  let browser: Browser;
  let server: ReturnType<typeof serve>;
  let base: string;
  before(async () => {
    db = await testDatabase();
    await seed(db);
    const app = createApp({ db, config: loadConfig({}), log: () => {}, authenticate: async () => ADMIN });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  for (const [label, width] of [
    ['phone', 390],
    ['laptop', 1366],
  ] as const) {
    for (const lang of ['en', 'fr']) {
      test(`${label} (${width} px), ${lang}: no element, dialog or javascript: link from the records; axe finds nothing`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(`${base}/audit${lang === 'fr' ? '?lang=fr' : ''}`);
        await page.locator('table tbody tr').nth(3).waitFor({ timeout: 15_000 });
        const text = await page.locator('main').innerText();
        for (const payload of [SCRIPT, IMG, JS_URL, `${SCRIPT}.csv`])
          assert.ok(text.includes(payload), payload);
        const found = (await page.evaluate(`(() => ({
          images: document.querySelectorAll('main img').length,
          scripts: document.querySelectorAll('main script').length,
          handlers: [...document.querySelectorAll('main *')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
          links: [...document.querySelectorAll('main a[href]')].map((a) => a.href),
          pwned: window.__pwned ?? null,
        }))()`)) as {
          images: number;
          scripts: number;
          handlers: number;
          links: string[];
          pwned: number | null;
        };
        assert.equal(found.images, 0);
        assert.equal(found.scripts, 0);
        assert.equal(found.handlers, 0);
        assert.equal(found.pwned, null);
        for (const href of found.links) assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\//, href);
        assert.deepEqual(dialogs, []);
        const wide = (await page.evaluate(
          'document.documentElement.scrollWidth - window.innerWidth',
        )) as number;
        assert.ok(wide <= 1, `the page scrolls sideways by ${wide} px`);
        assert.deepEqual(await violations(page), []);
        await page.screenshot({ path: `test-artifacts/browser/audit-${label}-${lang}.png`, fullPage: true });
        await page.close();
      });
    }
  }

  test("a row's object link shows that object's history; the CSV link carries the filters", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${base}/audit`);
    await page.locator('table tbody tr').nth(3).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'area GH-AA' }).click();
    await page.waitForURL(/objectType=area&objectId=GH-AA/);
    await until(async () => (await page.locator('table tbody tr').count()) === 1, 15_000);
    assert.match(await page.locator('table tbody').innerText(), /Accra[\s\S]*Greater Accra/);
    const csv = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
    assert.equal(csv, '/api/audit/export.csv?objectType=area&objectId=GH-AA');
    const res = await page.request.get(`${base}${csv}`);
    assert.equal(res.status(), 200);
    const lines = (await res.text()).trim().split('\n');
    assert.equal(lines.length, 2);
    await page.close();
  });
});
