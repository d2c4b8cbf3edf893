/**
 * Start-up of the compiled CLI against `node -e 0` in the same run: `hwmo --help`, `hwmo --version`, and a `query`
 * on a database holding the demo data (opening the embedded database is most of its cost).
 * Usage: node --import tsx bench/cli-startup.ts [--runs 9]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCli, HWMO, type Timed, timeNode } from './cli-common.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Math.max(1, Number(values.runs));

buildCli();
const dir = mkdtempSync(join(tmpdir(), 'hwmo-bench-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, HWMO_DATA_DIR: join(dir, 'data') };
delete env.DATABASE_URL;
try {
  await timeNode([HWMO, 'db', 'seed'], env, 1);
  const query = [
    'query',
    '--measure',
    'stock',
    '--area',
    'GBR',
    '--year',
    '2020',
    '--occupation',
    'medical-doctors',
  ];
  const rows: Array<[string, Timed]> = [
    ['node -e 0', await timeNode(['-e', '0'], env, RUNS)],
    ['hwmo --help', await timeNode([HWMO, '--help'], env, RUNS)],
    ['hwmo --version', await timeNode([HWMO, '--version'], env, RUNS)],
    ['hwmo template', await timeNode([HWMO, 'template'], env, RUNS)],
    [`hwmo ${query.join(' ')}`, await timeNode([HWMO, ...query], env, RUNS)],
  ];
  const base = rows[0]?.[1].medianMs ?? 1;
  const out = [
    `CLI start-up, ${RUNS} runs each, wall time from spawn to exit (query: embedded database with the demo data)`,
    '',
    `${'command'.padEnd(92)} ${'median ms'.padStart(10)} ${'min ms'.padStart(8)}  × node -e 0`,
  ];
  for (const [name, t] of rows) {
    out.push(
      `${name.padEnd(92)} ${t.medianMs.toFixed(0).padStart(10)} ${t.minMs.toFixed(0).padStart(8)}  ${(t.medianMs / base).toFixed(1).padStart(6)}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
