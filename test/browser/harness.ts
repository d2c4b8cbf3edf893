import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import { authenticate, configureAccounts } from '../../src/modules/accounts/index.ts';
import type { WebBuild } from '../../src/modules/observatory/http.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
import type { Authenticate } from '../../src/platform/http/route.ts';
import { testDatabase } from '../db.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** Debian's Chromium without a sandbox, GPU or any connection of its own to the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 768 };

export interface Observatory {
  /** Where hwmo listens, e.g. http://127.0.0.1:41234 */
  base: string;
  db: Database;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * hwmo in-process on a free port, holding the shipped demo data, serving the web build in dist/web (or the one given), and
 * Debian's Chromium to open it.
 */
export async function startObservatory(
  options: { web?: WebBuild; accounts?: boolean; authenticate?: Authenticate } = {},
): Promise<Observatory> {
  const db = await testDatabase();
  await seedDemo(db);
  const config = loadConfig({});
  const { accounts, authenticate: chosen, ...deps } = options;
  // With accounts, as `serve` wires them (sessions and tokens authenticate), with a cheaper hash than production's;
  // `authenticate` picks who each request comes from instead (a test's current actor).
  if (accounts) configureAccounts(config, { passwordParams: { ln: 14, r: 8, p: 1 } });
  const who = chosen ?? (accounts ? authenticate : undefined);
  const app = createApp({ db, config, log: () => {}, ...(who ? { authenticate: who } : {}), ...deps });
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

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The WCAG 2.2 A and AA rules that axe-core can decide automatically. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe-core finds against WCAG 2.2 A/AA on the page as it stands, one line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } }).then((r) => r.violations)`,
  )) as Array<{ id: string; impact: string | null; help: string; nodes: { target: string[] }[] }>;
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/**
 * Waits until `check` holds, polling from Node: a string predicate given to `page.waitForFunction` is evaluated inside
 * the page, where hwmo's Content-Security-Policy refuses it as soon as it has to poll.
 */
export async function until(check: () => Promise<boolean>, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not true within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
