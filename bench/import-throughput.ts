/**
 * Import throughput of a generated 1,000,000-row bilateral OECD.Stat file into PGlite and PostgreSQL,
 * against PostgreSQL's own COPY of the same rows into a table shaped like `observation` (with its indexes),
 * measured in the same run; each phase runs in a process of its own so its peak RSS is its own.
 * Usage: npm run bench [-- --rows N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importFile } from '../src/modules/observations/import-file.ts';
import { CREATE_STAGE_SQL, STAGE_COLUMNS, stageLine } from '../src/modules/observations/repo-stage.ts';
import { loadReferenceAreas } from '../src/modules/reference/load-reference.ts';
import { seedReference } from '../src/modules/reference/seed-reference.ts';
import { operatorContext } from '../src/platform/context.ts';
import { type Database, openPglite, openPostgres } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    phase: { type: 'string' },
    file: { type: 'string' },
    schema: { type: 'string' },
    url: {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const ROWS = Number(values.rows);
const VARS = [
  ['FTDS', 'Foreign-trained doctors - Stock'],
  ['FTDF', 'Foreign-trained doctors - Annual inflow'],
  ['FTNS', 'Foreign-trained nurses - Stock'],
  ['FTNF', 'Foreign-trained nurses - Annual inflow'],
] as const;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

function generate(dir: string) {
  const countries = loadReferenceAreas().areas.filter((a) => a.kind === 'country');
  const dests = countries.slice(0, 40);
  const lines = ['COU,Country,VAR,Variable,CO2,Country of origin,YEA,Year,Value,Flag Codes,Flags'];
  let n = 0;
  outer: for (let year = 2000; ; year++) {
    for (const [code, label] of VARS) {
      for (const d of dests) {
        for (const o of countries) {
          if (o.code === d.code) continue;
          if (n >= ROWS) break outer;
          const value = ((n * 2654435761) % 5000) + 1;
          lines.push(
            `${d.code},${d.name.replaceAll(',', ' ')},${code},${label},${o.code},${o.name.replaceAll(',', ' ')},${year},${year},${value},,`,
          );
          n++;
        }
      }
    }
  }
  const path = join(dir, 'bench_HEALTH_WFMI.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T; peakMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  peakRss = process.memoryUsage().rss;
  const t = process.hrtime.bigint();
  const result = await fn();
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds, result, peakMb: Math.round(peakRss / 1048576) };
}

/** The baseline: the same, already normalised rows loaded by COPY into a table shaped and indexed like `observation`. */
async function copyBaseline(db: Database, path: string): Promise<number> {
  const { openImportFile } = await import('../src/modules/observations/importers/index.ts');
  const lines: string[] = [];
  const parsed = await openImportFile({ fileName: 'bench.csv', path });
  let seq = 0;
  for await (const e of parsed.events) {
    if (e.type === 'record') lines.push(stageLine(++seq, e.record, e.record.area, e.record.partner));
  }
  await db.exec(
    CREATE_STAGE_SQL.replace('CREATE TEMP TABLE import_stage', 'CREATE TABLE bench_copy').replace(
      ' ON COMMIT DROP',
      '',
    ),
  );
  await db.exec(`CREATE UNIQUE INDEX ON bench_copy (measure, area, year, occupation, sex, age, partner, partner_basis, source);
    CREATE INDEX ON bench_copy (area, year); CREATE INDEX ON bench_copy (source_row)`);
  const t = process.hrtime.bigint();
  const CHUNK = 100_000;
  await db.transaction(async (tx) => {
    for (let i = 0; i < lines.length; i += CHUNK) {
      await tx.copyCsv('bench_copy', STAGE_COLUMNS, `${lines.slice(i, i + CHUNK).join('\n')}\n`);
    }
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  await db.exec('DROP TABLE bench_copy');
  return seconds;
}

async function prepare(db: Database) {
  await migrate(db);
  await db.transaction((tx) => seedReference(tx));
}

type Phase = 'baseline' | 'postgres' | 'pglite';
interface PhaseResult {
  seconds: number;
  peakMb: number;
  again?: number;
}

/** Runs one phase in this process and prints its result as one JSON line. */
async function runPhase(phase: Phase, file: string, schema: string): Promise<PhaseResult> {
  if (phase === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'hwmo-bench-pglite-'));
    const lite = await openPglite(dir);
    try {
      await prepare(lite);
      const r = await timed(() =>
        importFile(operatorContext(lite), { input: { fileName: 'bench.csv', path: file } }),
      );
      return { seconds: r.seconds, peakMb: r.peakMb };
    } finally {
      await lite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pg = openPostgres(values.url, { searchPath: schema, max: 2 });
  try {
    await prepare(pg);
    if (phase === 'baseline') {
      const seconds = await copyBaseline(pg, file);
      return { seconds, peakMb: Math.round(peakRss / 1048576) };
    }
    const r = await timed(() =>
      importFile(operatorContext(pg), { input: { fileName: 'bench.csv', path: file } }),
    );
    const again = await timed(() =>
      importFile(operatorContext(pg), { input: { fileName: 'bench.csv', path: file } }),
    );
    return { seconds: r.seconds, peakMb: r.peakMb, again: again.seconds };
  } finally {
    await pg.close();
  }
}

async function child(phase: Phase, file: string): Promise<PhaseResult> {
  const schema = `hwmo_bench_${process.pid}_${phase}`;
  const admin = openPostgres(values.url, { max: 1 });
  await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  try {
    const r = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--phase',
        phase,
        '--file',
        file,
        '--schema',
        schema,
        '--url',
        values.url,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
    );
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !last.startsWith('{')) throw new Error(`bench phase ${phase} failed: ${r.stdout}`);
    return JSON.parse(last) as PhaseResult;
  } finally {
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  }
}

if (values.phase) {
  const result = await runPhase(values.phase as Phase, values.file ?? '', values.schema ?? 'public');
  clearInterval(sampler);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'hwmo-bench-'));
  try {
    const file = generate(dir);
    const rate = (s: number) => Math.round(ROWS / s).toLocaleString('en');
    const say = (s: string) => process.stdout.write(`${s}\n`);
    say(
      `hwmo import benchmark: ${ROWS.toLocaleString('en')} bilateral rows (OECD.Stat CSV), Node ${process.version}`,
    );
    const baseline = await child('baseline', file);
    say(
      `PostgreSQL COPY baseline (normalised rows into a table indexed like observation): ${baseline.seconds.toFixed(2)} s, ${rate(baseline.seconds)} rows/s`,
    );
    const server = await child('postgres', file);
    say(
      `PostgreSQL hwmo import: ${server.seconds.toFixed(2)} s, ${rate(server.seconds)} rows/s, ratio to COPY ${(baseline.seconds / server.seconds).toFixed(2)} (target ≥ 0.80), peak RSS ${server.peakMb} MB (target ≤ 600)`,
    );
    if (server.again !== undefined) {
      say(
        `PostgreSQL re-import of the same file (all unchanged): ${server.again.toFixed(2)} s, ${rate(server.again)} rows/s`,
      );
    }
    const embedded = await child('pglite', file);
    say(
      `PGlite hwmo import: ${embedded.seconds.toFixed(2)} s, ${rate(embedded.seconds)} rows/s, ratio to PostgreSQL COPY ${(baseline.seconds / embedded.seconds).toFixed(2)} (target ≥ 0.50), peak RSS ${embedded.peakMb} MB (target ≤ 600)`,
    );
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
