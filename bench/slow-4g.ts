/**
 * The observatory on a phone over slow 4G: for each main page, a cold load (new browser context, empty cache) and a
 * warm load (the same page opened again in that context) in Debian's Chromium, throttled through the DevTools
 * protocol with Lighthouse's mobile profile. Measures first contentful paint, the time until the page's main content
 * is drawn with its data, and the bytes and requests of the load; the same loads unthrottled in the same run are the
 * baseline. Builds the web app into a temporary folder and serves it with an in-process hwmo holding the demo data
 * (PGlite unless TEST_DATABASE_URL names a PostgreSQL server). Fails when the map or a country profile is not usable
 * within its budget on a cold load.
 * Usage: node --import tsx bench/slow-4g.ts [--runs 3] [--waterfall]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession } from 'playwright-core';
import { build } from 'vite';
import { loadWebBuild } from '../src/modules/observatory/http.ts';
import { type Observatory, startObservatory } from '../test/browser/harness.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, waterfall: { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`--runs must be a whole number of at least 1, not "${values.runs}"\n`);
  process.exit(2);
}

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** Lighthouse's mobile "Slow 4G" as DevTools throttling applies it: 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9. */
const SLOW_4G = { latencyMs: 562.5, downKbps: 1474.56, upKbps: 675, cpuSlowdown: 4 };
const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8;
const BUDGET_MS = 5000;
const USABLE_TIMEOUT_MS = 30_000;

interface PageSpec {
  name: string;
  path: string;
  budgetMs?: number;
  /** In-page expression, true once the main content is drawn with its data. */
  ready: string;
  readyText: string;
}

const PAGES: PageSpec[] = [
  {
    name: 'map',
    path: '/',
    budgetMs: BUDGET_MS,
    ready: `document.querySelector('svg.map path.country[fill^="#"]') !== null && document.querySelector('.summary-line') !== null`,
    readyText: 'country shapes filled from the data, summary line shown',
  },
  {
    name: 'profile',
    path: '/country/GHA',
    budgetMs: BUDGET_MS,
    ready: `document.querySelector('.cards .card') !== null`,
    readyText: 'headline indicator cards shown',
  },
  {
    name: 'flows',
    path: '/flows',
    ready: `document.querySelector('main table tbody tr') !== null`,
    readyText: 'table rows of the flows shown',
  },
  {
    name: 'compare',
    path: '/compare',
    ready: `document.querySelector('main table tbody tr') !== null`,
    readyText: 'table rows shown',
  },
];

const BINDING = '__hwmoUsable';
// Runs before the page's own scripts and reports when the main content first appears, without polling (the
// page's Content-Security-Policy forbids the string evaluation that Playwright's waitForFunction uses).
const marker = (ready: string) => `(() => {
  const observer = new MutationObserver(() => {
    if (!(${ready})) return;
    observer.disconnect();
    window.${BINDING}(performance.now());
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

type Kind = 'js' | 'css' | 'api' | 'other';
const KINDS: readonly Kind[] = ['js', 'css', 'api', 'other'];

interface NetworkRequest {
  url: string;
  kind: Kind;
  status: number;
  start: number;
  end: number | null;
  bytes: number;
  cached: boolean;
}

interface Load {
  errors: string[];
  fcpMs: number | null;
  usableMs: number | null;
  bytes: Record<Kind, number>;
  requests: number;
  cached: number;
  waterfall: NetworkRequest[];
}

/** Every request of the page's loads, from the DevTools protocol; `take` hands over those since the last call. */
function recordNetwork(cdp: CDPSession): { take: () => NetworkRequest[] } {
  let byId = new Map<string, NetworkRequest>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url) || byId.has(e.requestId)) return;
    byId.set(e.requestId, {
      url: e.request.url,
      kind: 'other',
      status: 0,
      start: e.timestamp,
      end: null,
      bytes: 0,
      cached: false,
    });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.cached ||= e.response.fromDiskCache === true;
    const path = new URL(r.url).pathname;
    const mime = e.response.mimeType;
    r.kind = path.startsWith('/api/')
      ? 'api'
      : /javascript/.test(mime)
        ? 'js'
        : mime === 'text/css'
          ? 'css'
          : 'other';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = byId.get(e.requestId);
    if (!r) return;
    r.end = e.timestamp;
    r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = byId.get(e.requestId);
    if (r) r.end = e.timestamp;
  });
  return {
    take() {
      const out = [...byId.values()].sort((a, b) => a.start - b.start);
      byId = new Map();
      return out;
    },
  };
}

async function measurePage(
  browser: Browser,
  base: string,
  spec: PageSpec,
  throttled: boolean,
): Promise<{ cold: Load; warm: Load }> {
  const context = await browser.newContext(PHONE);
  try {
    let usable: (ms: number) => void = () => {};
    await context.exposeBinding(BINDING, (_source, at: number) => usable(at));
    await context.addInitScript({ content: marker(spec.ready) });
    const page = await context.newPage();
    let errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_4G.latencyMs,
        downloadThroughput: bytesPerSecond(SLOW_4G.downKbps),
        uploadThroughput: bytesPerSecond(SLOW_4G.upKbps),
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
    }
    const network = recordNetwork(cdp);
    const load = async (): Promise<Load> => {
      errors = [];
      let timer: NodeJS.Timeout | undefined;
      const reported = new Promise<number | null>((resolve) => {
        usable = resolve;
        timer = setTimeout(() => resolve(null), USABLE_TIMEOUT_MS);
      });
      await page.goto(base + spec.path, { waitUntil: 'commit' });
      const usableMs = await reported;
      clearTimeout(timer);
      await page.waitForLoadState('networkidle').catch(() => {});
      const fcpMs = (await page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null",
      )) as number | null;
      const waterfall = network.take();
      const bytes = { js: 0, css: 0, api: 0, other: 0 };
      for (const r of waterfall) bytes[r.kind] += r.bytes;
      return {
        errors,
        fcpMs,
        usableMs,
        bytes,
        requests: waterfall.length,
        cached: waterfall.filter((r) => r.cached).length,
        waterfall,
      };
    };
    const cold = await load();
    const warm = await load();
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const numbers = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);

/** Medians of each figure; the waterfall and usable time of the median run, a load never usable counting as slowest. */
function summarise(loads: Load[]): Load & { failed: number } {
  const key = (l: Load) => l.usableMs ?? Number.POSITIVE_INFINITY;
  const sorted = [...loads].sort((a, b) => key(a) - key(b));
  const mid = sorted[Math.floor(sorted.length / 2)] as Load;
  const failed = loads.filter((l) => l.usableMs === null).length;
  return {
    errors: [...new Set(loads.flatMap((l) => l.errors))],
    fcpMs: median(numbers(loads.map((l) => l.fcpMs))),
    usableMs: mid.usableMs,
    bytes: Object.fromEntries(KINDS.map((k) => [k, median(loads.map((l) => l.bytes[k])) ?? 0])) as Record<
      Kind,
      number
    >,
    requests: median(loads.map((l) => l.requests)) ?? 0,
    cached: median(loads.map((l) => l.cached)) ?? 0,
    waterfall: mid.waterfall,
    failed,
  };
}

const say = (s: string) => process.stdout.write(`${s}\n`);
const ms = (x: number | null) => (x === null ? 'n/a' : String(Math.round(x)));
const kb = (n: number) => (n / 1024).toFixed(1);
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(1);

function printWaterfall(title: string, load: Load): void {
  const t0 = load.waterfall[0]?.start ?? 0;
  say(`waterfall: ${title} (ms from the page request; KB as transferred)`);
  say('   start      end      KB  kind   status  request');
  for (const r of load.waterfall) {
    const u = new URL(r.url);
    say(
      `${ms((r.start - t0) * 1000).padStart(8)} ${(r.end === null ? 'n/a' : ms((r.end - t0) * 1000)).padStart(8)} ${kb(r.bytes).padStart(7)}  ${r.kind.padEnd(5)}  ${String(r.status).padStart(6)}${r.cached ? ' cache' : '      '}  ${(u.pathname + u.search).slice(0, 110)}`,
    );
  }
  say(`   usable at ${ms(load.usableMs)} ms`);
}

const out = mkdtempSync(join(tmpdir(), 'hwmo-slow-4g-'));
let observatory: Observatory | undefined;
try {
  const buildStarted = performance.now();
  await build({
    configFile: new URL('../web/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const web = loadWebBuild(out);
  if (!web) throw new Error(`no web build in ${out}`);
  observatory = await startObservatory({ web });
  const { browser, base, db } = observatory;

  // One unmeasured pass, so that the server's first computation of each view is not counted as network time.
  for (const spec of PAGES) await measurePage(browser, base, spec, false);

  const results = new Map<string, { cold: Load[]; warm: Load[] }>();
  for (let run = 0; run < RUNS; run++) {
    process.stderr.write(`run ${run + 1} of ${RUNS}\n`);
    for (const throttled of [false, true]) {
      for (const spec of PAGES) {
        const key = `${spec.name}:${throttled}`;
        const r = await measurePage(browser, base, spec, throttled);
        const entry = results.get(key) ?? { cold: [], warm: [] };
        entry.cold.push(r.cold);
        entry.warm.push(r.warm);
        results.set(key, entry);
      }
    }
  }
  const get = (spec: PageSpec, throttled: boolean, which: 'cold' | 'warm') =>
    summarise(results.get(`${spec.name}:${throttled}`)?.[which] ?? []);

  say(
    `observatory at slow 4G: ${RUNS} run(s), medians; Chromium ${browser.version()}, ${PHONE.viewport.width}×${PHONE.viewport.height} phone (scale 1, touch); ` +
      `hwmo in-process on ${db.kind} with the demo data (web build ${buildSeconds.toFixed(1)} s)`,
  );
  say(
    `slow 4G = Lighthouse mobile, DevTools throttling: latency ${SLOW_4G.latencyMs} ms (150 ms RTT × 3.75), ` +
      `down ${SLOW_4G.downKbps} kbit/s (1.6 Mbit/s × 0.9), up ${SLOW_4G.upKbps} kbit/s, CPU ${SLOW_4G.cpuSlowdown}× slower`,
  );
  say('base = the same load unthrottled in this run; × = slow 4G / base');
  say(
    'usable: ' +
      PAGES.map((p) => `${p.name} = ${p.readyText}`).join('; ') +
      '. Times from the page request; KB as transferred (compressed), until the network is idle',
  );
  const failures: string[] = [];
  for (const which of ['cold', 'warm'] as const) {
    say('');
    say(
      which === 'cold'
        ? 'cold load (new context, empty cache)'
        : 'warm load (second navigation in the same context)',
    );
    say(
      'page       FCP ms   base     ×  usable ms   base     ×  budget ms    KB total      JS    CSS     API   other  requests (cached)',
    );
    for (const spec of PAGES) {
      const slow = get(spec, true, which);
      const fast = get(spec, false, which);
      const budget = which === 'cold' ? spec.budgetMs : undefined;
      let verdict = '';
      if (budget !== undefined) {
        const ok = slow.usableMs !== null && slow.usableMs <= budget;
        verdict = `${String(budget)} ${ok ? 'ok' : 'OVER'}`;
        if (!ok) {
          failures.push(
            `${spec.name} (${spec.path}): main content ${slow.usableMs === null ? `not usable within ${USABLE_TIMEOUT_MS / 1000} s` : `usable after ${(slow.usableMs / 1000).toFixed(2)} s`} on a cold slow-4G load; budget ${budget / 1000} s`,
          );
        }
      }
      const total = KINDS.reduce((a, k) => a + slow.bytes[k], 0);
      say(
        `${spec.name.padEnd(8)} ${ms(slow.fcpMs).padStart(8)} ${ms(fast.fcpMs).padStart(6)} ${ratio(slow.fcpMs, fast.fcpMs).padStart(5)}` +
          ` ${ms(slow.usableMs).padStart(10)} ${ms(fast.usableMs).padStart(6)} ${ratio(slow.usableMs, fast.usableMs).padStart(5)}` +
          `  ${verdict.padEnd(9)} ${kb(total).padStart(10)} ${KINDS.map((k) => kb(slow.bytes[k]).padStart(7)).join('')}` +
          `  ${String(slow.requests).padStart(8)} (${slow.cached})${slow.failed ? `  ${slow.failed} load(s) never usable` : ''}`,
      );
    }
  }
  const waterfalls = PAGES.filter(
    (spec) =>
      values.waterfall ||
      (spec.budgetMs !== undefined &&
        (get(spec, true, 'cold').usableMs ?? Number.POSITIVE_INFINITY) > spec.budgetMs),
  );
  for (const spec of waterfalls) {
    say('');
    printWaterfall(`${spec.name} ${spec.path}, cold, slow 4G, median run`, get(spec, true, 'cold'));
  }
  const errors = [
    ...new Set([...results.values()].flatMap((r) => [...r.cold, ...r.warm].flatMap((l) => l.errors))),
  ];
  for (const e of errors) say(`script error in a page: ${e}`);
  say('');
  if (failures.length) {
    for (const f of failures) process.stderr.write(`over budget: ${f}\n`);
    process.exitCode = 1;
  } else {
    say(
      `budget: map and profile usable within ${BUDGET_MS / 1000} s on a cold slow-4G load (within): ` +
        PAGES.filter((p) => p.budgetMs !== undefined)
          .map((p) => `${p.name} ${((get(p, true, 'cold').usableMs ?? 0) / 1000).toFixed(2)} s`)
          .join(', '),
    );
  }
} finally {
  await observatory?.close();
  rmSync(out, { recursive: true, force: true });
}
