/**
 * Weight of the observatory per page: the gzipped JavaScript a browser loads to show each page (the entry, its
 * imports, the page's own chunk and its imports), plus CSS and data fetched with it; then the first page (the map)
 * in each language, with that language's message catalogue and country names chunks. Builds with the project's Vite
 * config into a temporary folder. Fails when the first page exceeds its budget in any language.
 * Usage: node --import tsx bench/bundle.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { chunkClosure, langChunkKeys } from '../src/modules/observatory/http.ts';
import { LANGS } from '../src/platform/i18n/langs.ts';

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
  const pages = Object.keys(manifest).filter(
    (k) => manifest[k]?.isDynamicEntry && /\/features\/.*Page\.tsx$/.test(k),
  );

  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows: Array<{ page: string; js: number; css: number; assets: number; chunks: number }> = [];
  for (const key of pages) {
    const chunks = new Set([...chunkClosure(manifest, entryKey), ...chunkClosure(manifest, key)]);
    const files = [...chunks].map((k) => manifest[k]).filter((c) => c !== undefined);
    const js = files.reduce((a, c) => a + gz(c.file), 0);
    const css = [...new Set(files.flatMap((c) => c.css ?? []))].reduce((a, f) => a + gz(f), 0);
    const assets = [...new Set(files.flatMap((c) => c.assets ?? []))].reduce((a, f) => a + gz(f), 0);
    const page = key.replace(/^.*\//, '').replace(/\.tsx?$/, '');
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
  const firstKey = pages.find((k) => k.endsWith(`/${FIRST_PAGE}.tsx`));
  if (!firstKey) throw new Error(`no ${FIRST_PAGE} chunk`);
  say('');
  say('first page (map) per language, gzip -9');
  say('lang  JS KB gz  of which language KB  budget');
  let ok = true;
  let heaviest = 0;
  for (const lang of LANGS) {
    const own = new Set(langChunkKeys(manifest, lang).flatMap((k) => [...chunkClosure(manifest, k)]));
    const chunks = new Set([
      ...chunkClosure(manifest, entryKey),
      ...chunkClosure(manifest, firstKey),
      ...own,
    ]);
    const js = [...chunks].reduce((a, k) => a + gz(manifest[k]?.file ?? ''), 0);
    const langOnly = [...own]
      .filter((k) => !chunkClosure(manifest, entryKey).has(k) && !chunkClosure(manifest, firstKey).has(k))
      .reduce((a, k) => a + gz(manifest[k]?.file ?? ''), 0);
    const within = js / 1024 <= BUDGET_KB;
    ok &&= within;
    heaviest = Math.max(heaviest, js);
    say(
      `${lang.padEnd(4)} ${kb(js).padStart(9)} ${kb(langOnly).padStart(21)}  ${within ? 'within' : 'OVER'} ${BUDGET_KB} KB`,
    );
  }
  say(
    `first page (map), heaviest language: ${kb(heaviest)} KB of gzipped JavaScript, budget ${BUDGET_KB} KB (${ok ? 'within' : 'OVER'}); ` +
      `baseline one-bundle React + ECharts + d3 map ${BASELINE_KB} KB, ratio ${(heaviest / 1024 / BASELINE_KB).toFixed(2)}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
