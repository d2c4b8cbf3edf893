import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ABEL_S1, ABEL_S2 } from '../../test/abel-2013.ts';
import { finished, HWMO_BIN, hwmoEnv, runHwmo } from '../../test/cli.ts';

const RECORD_IMPORTS = fileURLToPath(new URL('../../test/fixtures/cli/record-imports.mjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'hwmo-startup-'));
const dataDir = join(root, 'never-created');
const AREAS = ['A', 'B', 'C', 'D'];
const matrixCsv = (areas: string[], m: number[][]) =>
  `${[`,${areas.join(',')}`, ...m.map((row, i) => `${areas[i]},${row.join(',')}`)].join('\n')}\n`;
const file = (name: string, text: string) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};
const s1 = file('s1.csv', matrixCsv(AREAS, ABEL_S1));
const s2 = file('s2.csv', matrixCsv(AREAS, ABEL_S2));
const totals = file('totals.csv', `area,value\n${AREAS.map((a, i) => `${a},${100 * (i + 1)}`).join('\n')}\n`);
const net = file('net.csv', 'area,value\nA,10\nB,-5\nC,-5\nD,0\n');

const DRIVERS = ['@electric-sql/pglite', '/postgres/'];
const HEAVY = [...DRIVERS, '/exceljs/', '/hono/', '@hono/node-server'];

/** The packages a command loads, recorded by a resolve hook in the spawned process. */
async function packagesLoaded(
  args: string[],
): Promise<{ code: number | null; err: string; loaded: string[] }> {
  const log = join(root, `imports-${args.join('_').replace(/\W/g, '')}.log`);
  const r = await runHwmo(args, hwmoEnv(dataDir, { HWMO_IMPORT_LOG: log }), ['--import', RECORD_IMPORTS]);
  const loaded = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { code: r.code, err: r.err, loaded };
}

describe('commands that need no database', () => {
  after(() => rmSync(root, { recursive: true, force: true }));

  const cases: Array<[string[], string[]]> = [
    [['--help'], HEAVY],
    [['--version'], HEAVY],
    [['import', '--help'], HEAVY],
    [['config', '--print'], HEAVY],
    [['flows', 'from-stocks', '--start', s1, '--end', s2], HEAVY],
    [['flows', 'diff', '--start', s1, '--end', s2], HEAVY],
    [['flows', 'rates', '--start', s1, '--method', 'dennett', '--total', '100'], HEAVY],
    [['flows', 'ipf', '--seed', s1, '--row-totals', totals, '--col-totals', totals], HEAVY],
    [['flows', 'net', '--seed', s1, '--net', net], HEAVY],
    [['template'], DRIVERS],
  ];
  for (const [args, forbidden] of cases) {
    const shown = args.map((a) => a.replace(root, '…')).join(' ');
    const what =
      forbidden === DRIVERS ? 'database driver' : 'database driver, workbook reader or HTTP server';
    test(`hwmo ${shown} loads no ${what}`, async () => {
      const r = await packagesLoaded(args);
      assert.equal(r.code, 0, r.err);
      const heavy = r.loaded.filter((url) => forbidden.some((f) => url.includes(f)));
      assert.deepEqual(heavy, []);
      assert.equal(existsSync(dataDir), false, 'the data directory is not created');
    });
  }

  test('--server: a URL that is not http is refused; a server that does not answer is "unavailable"', async () => {
    const bad = await runHwmo(['--server', 'localhost:8080', 'batches'], hwmoEnv(dataDir));
    assert.equal(bad.code, 2, bad.err);
    assert.match(bad.err, /--server/);
    const gone = await runHwmo(['batches', '--server', 'http://127.0.0.1:9'], hwmoEnv(dataDir));
    assert.equal(gone.code, 6, gone.err);
    assert.match(gone.err, /Cannot reach the hwmo server at http:\/\/127\.0\.0\.1:9/);
    const local = await runHwmo(['--server', 'http://127.0.0.1:9', 'db', 'migrate'], hwmoEnv(dataDir));
    assert.equal(local.code, 2, local.err);
    assert.match(local.err, /cannot be sent to a server/);
    assert.equal(existsSync(dataDir), false);
  });

  test('`--format json | head`: a reader that closes early ends the command quietly, without a stack trace', async () => {
    // Several hundred kilobytes of JSON, more than a pipe holds.
    const n = 150;
    const areas = Array.from({ length: n }, (_, i) => `R${i}`);
    const m = (k: number) =>
      areas.map((_, i) => areas.map((_, j) => (i === j ? 1000 + k * i : 10 + ((i * j + k) % 7))));
    const a = file('big1.csv', matrixCsv(areas, m(1)));
    const b = file('big2.csv', matrixCsv(areas, m(2)));
    const child = spawn(
      process.execPath,
      [HWMO_BIN, 'flows', 'diff', '--start', a, '--end', b, '--format', 'json'],
      {
        env: hwmoEnv(dataDir),
      },
    );
    const done = finished(child);
    // Like `head -c 100`: read the first chunk, then close the pipe while hwmo is still writing.
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
    child.stdout?.destroy();
    const r = await done;
    assert.equal(r.signal, null);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
  });
});
