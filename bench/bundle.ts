/**
 * Weight of the observatory per page: the gzipped JavaScript a browser loads to show each page (the entry, its
 * imports, the page's own chunk and its imports), plus CSS and data fetched with it. Builds with the project's Vite
 * config into a temporary folder. Fails when the first page (the map) exceeds its budget.
 * Usage: node --import tsx bench/bundle.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { chunkClosure } from '../src/modules/observatory/http.ts';

const BUDGET_KB = 200;
/** The measurement: React, the full ECharts and a d3 world map in one bundle. */
const BASELINE_KB = 313;
const FIRST_PAGE = 'MapPage';

const out = mkdtempSync(join(tmpdir(), 'hwmo-bundle-'));
try {
  const started = performance.now();
  await build({
    configFile: new URL('../web/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;

  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry in the Vite manifest');
  const pages = Object.keys(manifest).filter((k) => manifest[k]?.isDynamicEntry && /\/pages\//.test(k));

  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows: Array<{ page: string; js: number; css: number; assets: number; chunks: number }> = [];
  for (const key of pages) {
    const chunks = new Set([...chunkClosure(manifest, entryKey), ...chunkClosure(manifest, key)]);
    const files = [...chunks].map((k) => manifest[k]).filter((c) => c !== undefined);
    const js = files.reduce((a, c) => a + gz(c.file), 0);
    const css = [...new Set(files.flatMap((c) => c.css ?? []))].reduce((a, f) => a + gz(f), 0);
    const assets = [...new Set(files.flatMap((c) => c.assets ?? []))].reduce((a, f) => a + gz(f), 0);
    const page = key.replace(/^.*\/pages\//, '').replace(/\.tsx?$/, '');
    rows.push({ page, js, css, assets, chunks: chunks.size });
  }
  rows.sort((a, b) =>
    a.page === FIRST_PAGE ? -1 : b.page === FIRST_PAGE ? 1 : a.page.localeCompare(b.page),
  );

  const say = (s: string) => process.stdout.write(`${s}\n`);
  say(`observatory bundle, gzip -9 (build ${buildSeconds.toFixed(1)} s)`);
  say('page            JS KB gz  chunks  CSS KB gz  data KB gz');
  for (const r of rows) {
    say(
      `${r.page.padEnd(15)} ${kb(r.js).padStart(8)} ${String(r.chunks).padStart(7)} ${kb(r.css).padStart(10)} ${kb(r.assets).padStart(11)}`,
    );
  }
  const first = rows.find((r) => r.page === FIRST_PAGE);
  if (!first) throw new Error(`no ${FIRST_PAGE} chunk`);
  const ok = first.js / 1024 <= BUDGET_KB;
  say(
    `first page (map): ${kb(first.js)} KB of gzipped JavaScript, budget ${BUDGET_KB} KB (${ok ? 'within' : 'OVER'}); ` +
      `baseline one-bundle React + ECharts + d3 map ${BASELINE_KB} KB, ratio ${(first.js / 1024 / BASELINE_KB).toFixed(2)}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
