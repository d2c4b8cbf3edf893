/**
 * Cost of the flow estimators on generated stock tables of 50, 100 and 200 regions: ffs_demo (defaults: stayer
 * assumption, rescale, mipfp rule tol 1e-3) and 2-D IPF (migest rule, tol 1e-5). Tables are deterministic
 * pseudo-random with a dominant native-born diagonal and about a fifth of the foreign-born cells empty.
 * Then `hwmo flows from-stocks` end to end at n = 200 (the compiled CLI reading the two stock CSVs and printing),
 * against the estimate alone measured above.
 * Usage: node --import tsx --expose-gc bench/flows.ts [--runs 7]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ffsDemo, ipf2 } from '../src/modules/flows/domain/index.ts';
import { prng } from '../test/prng.ts';
import { buildCli, HWMO, timeNode } from './cli-common.ts';
import { type Measure, measure as measureRuns } from './measure.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number(values.runs));
const SIZES = [50, 100, 200] as const;

interface Tables {
  areas: string[];
  stockStart: number[][];
  stockEnd: number[][];
  births: number[];
  deaths: number[];
}

function generate(n: number): Tables {
  const rand = prng(20_240_601 + n);
  const areas = Array.from({ length: n }, (_, i) => `R${String(i).padStart(3, '0')}`);
  const stockStart: number[][] = [];
  const stockEnd: number[][] = [];
  for (let i = 0; i < n; i++) {
    const s: number[] = [];
    const e: number[] = [];
    for (let j = 0; j < n; j++) {
      const base =
        i === j ? 200_000 + Math.floor(rand() * 800_000) : rand() < 0.2 ? 0 : Math.floor(rand() ** 3 * 5_000);
      s.push(base);
      e.push(
        i === j || base > 0 ? Math.max(0, Math.round(base * (0.85 + 0.3 * rand()))) : rand() < 0.1 ? 50 : 0,
      );
    }
    stockStart.push(s);
    stockEnd.push(e);
  }
  const colSum = (m: number[][], j: number) => m.reduce((a, row) => a + (row[j] as number), 0);
  const births = areas.map((_, j) => Math.round(0.012 * colSum(stockStart, j)));
  const deaths = areas.map((_, j) => Math.round(0.009 * colSum(stockStart, j)));
  return { areas, stockStart, stockEnd, births, deaths };
}

const measure = <T>(run: () => T) => measureRuns(run, RUNS);

// JIT warm-up on the smallest tables, so that the first size measured is not also measuring compilation.
{
  const t = generate(SIZES[0]);
  const rowTotals = t.stockEnd.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = t.areas.map((_, j) => t.stockEnd.reduce((a, row) => a + (row[j] as number), 0));
  for (let r = 0; r < 5; r++) {
    ffsDemo(t);
    ipf2(t.stockStart, { rowTotals, colTotals, maxIterations: 10_000 });
  }
}

const results: Array<{ n: number; demo: Measure<string>; ipf: Measure<string>; fixed: Measure<string> }> = [];
for (const n of SIZES) {
  const t = generate(n);
  const demo = measure(() => {
    const r = ffsDemo(t);
    if (r.warnings.some((w) => w.code === 'not_converged'))
      throw new Error(`ffs_demo did not converge at n = ${n}`);
    return r.fits.map((f) => f.iterations).join('/');
  });
  const rowTotals = t.stockEnd.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = t.areas.map((_, j) => t.stockEnd.reduce((a, row) => a + (row[j] as number), 0));
  const ipf = measure(() => {
    const r = ipf2(t.stockStart, { rowTotals, colTotals, maxIterations: 10_000 });
    if (!r.converged) throw new Error(`ipf2 did not converge at n = ${n}`);
    return String(r.iterations);
  });
  const fixed = measure(() => {
    const r = ipf2(t.stockStart, { rowTotals, colTotals, tol: 1e-300, maxIterations: 100 });
    return String(r.iterations);
  });
  results.push({ n, demo, ipf, fixed });
}

const f1 = (x: number) => x.toFixed(1);
const out: string[] = [];
out.push(
  `runs per size: ${RUNS} after a warm-up; median time; heap and ArrayBuffer growth = largest growth over one run`,
);
out.push(
  'started after a GC (allocation not yet collected); RSS before the runs and its peak after a run (RSS shrinks lazily)',
);
out.push('');
out.push(
  'method      n   median ms  iterations              heap Δ MB  ArrayBuffer Δ MB  RSS before / peak MB',
);
for (const { n, demo, ipf, fixed } of results) {
  for (const [name, m] of [
    ['ffs_demo', demo],
    ['ipf2', ipf],
    ['ipf2 ×100', fixed],
  ] as const) {
    out.push(
      `${name.padEnd(10)}${String(n).padStart(4)} ${f1(m.medianMs).padStart(10)}  ${m.last.padEnd(22)} ${f1(m.heapDeltaMb).padStart(9)} ${f1(m.externalDeltaMb).padStart(17)}  ${f1(m.rssBeforeMb).padStart(7)} / ${f1(m.rssPeakMb)}`,
    );
  }
}
out.push(
  'iterations: ffs_demo = rescale start / rescale end / flows; ipf2 = cycles to tol; ipf2 ×100 = 100 cycles, no stop',
);
out.push('');
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
for (const key of ['demo', 'ipf', 'fixed'] as const) {
  const [a, b, c] = results.map((r) => r[key].medianMs) as [number, number, number];
  const name = { demo: 'ffs_demo', ipf: 'ipf2', fixed: 'ipf2 ×100' }[key];
  out.push(
    `${name.padEnd(10)}time ratio 100/50 = ${ratio(b, a)}, 200/100 = ${ratio(c, b)} (an n² cost grows 4×, an n³ cost 8×)`,
  );
}
process.stdout.write(`${out.join('\n')}\n`);

// End to end: what a user waits for, and how much they are given to read.
{
  const n = 200;
  const t = generate(n);
  const dir = mkdtempSync(join(tmpdir(), 'hwmo-bench-flows-'));
  try {
    const csv = (m: number[][]) =>
      `${[`,${t.areas.join(',')}`, ...m.map((row, i) => `${t.areas[i]},${row.join(',')}`)].join('\n')}\n`;
    const start = join(dir, 'start.csv');
    const end = join(dir, 'end.csv');
    writeFileSync(start, csv(t.stockStart));
    writeFileSync(end, csv(t.stockEnd));
    buildCli();
    const env: NodeJS.ProcessEnv = { ...process.env, HWMO_DATA_DIR: join(dir, 'data') };
    const base = [HWMO, 'flows', 'from-stocks', '--start', start, '--end', end];
    const endRuns = Math.min(RUNS, 3);
    const cases: Array<[string, string[], number]> = [
      ['table (default)', base, endRuns],
      ['--format json', [...base, '--format', 'json'], endRuns],
      [
        '--format json --include intermediates',
        [...base, '--format', 'json', '--include', 'intermediates'],
        1,
      ],
    ];
    const estimate = results.find((r) => r.n === n)?.demo.medianMs ?? Number.NaN;
    const lines = [
      '',
      `hwmo flows from-stocks, n = ${n}, end to end (spawn to exit, compiled CLI); the estimate alone: ${f1(estimate)} ms`,
      `${'output'.padEnd(40)} ${'runs'.padStart(4)} ${'median ms'.padStart(10)} ${'output MB'.padStart(10)}  × estimate`,
    ];
    for (const [name, args, runs] of cases) {
      const m = await timeNode(args, env, runs);
      lines.push(
        `${name.padEnd(40)} ${String(runs).padStart(4)} ${f1(m.medianMs).padStart(10)} ${(m.bytes / 2 ** 20).toFixed(2).padStart(10)}  ${(m.medianMs / estimate).toFixed(1).padStart(9)}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
