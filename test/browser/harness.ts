import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '../../src/main/app.ts';
import { seedDemo } from '../../src/main/demo/seed-demo.ts';
import type { WebBuild } from '../../src/modules/observatory/http.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
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
export async function startObservatory(options: { web?: WebBuild } = {}): Promise<Observatory> {
  const db = await testDatabase();
  await seedDemo(db);
  const app = createApp({ db, config: loadConfig({}), log: () => {}, ...options });
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
