import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import {
  array3ToNested,
  cm2,
  ffsDemo,
  ffsDiff,
  ffsRates,
  ipf2,
  type Matrix,
  netMatrixIpf,
  summariseFlows,
} from '../../domain/flows/index.ts';
import { alignVector, readMatrixCsv, readVectorCsv, squareTable } from '../../services/flows/read-tables.ts';
import { writeJson } from '../context.ts';
import { printTable } from '../table.ts';
import { parseOptions } from '../validate.ts';

const Output = z.enum(['table', 'json']).default('table');
const positive = z.coerce.number().positive();

async function stocks(start: string, end: string | undefined) {
  const s1 = squareTable(await readMatrixCsv(start), basename(start));
  const s2 = end ? squareTable(await readMatrixCsv(end), basename(end), s1.areas) : undefined;
  return { areas: s1.areas, stockStart: s1.values, stockEnd: s2?.values };
}

function printMatrix(
  title: string,
  areas: readonly string[],
  m: Matrix,
  cols: readonly string[] = areas,
): void {
  process.stdout.write(`${title} (rows: origin, columns: destination)\n`);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  printTable(
    ['', ...cols],
    m.map((r, i) => [areas[i] ?? '', ...r.map(round)]),
    cols.map((_, j) => j + 1),
  );
}

function printSummary(m: Matrix, areas: readonly string[]): void {
  const s = summariseFlows(m, { areas });
  printTable(
    ['area', 'in', 'out', 'net', 'turnover'],
    s.regions.map((r) => [r.area ?? '', r.in, r.out, r.net, r.turnover]),
    [1, 2, 3, 4],
  );
  const mei = s.migrationEffectivenessIndex;
  process.stdout.write(
    `total flows ${s.totalFlows.toLocaleString('en')}; migration effectiveness index ${mei === null ? '-' : mei.toFixed(2)}\n`,
  );
}

export function registerFlows(program: Command): void {
  const flows = program
    .command('flows')
    .description(
      'Estimate bilateral migration flows from stock tables, fit tables to margins, and summarise flows',
    );

  flows
    .command('from-stocks')
    .description(
      'Flows from two place-of-birth × residence stock tables with demographic accounting (migest ffs_demo)',
    )
    .requiredOption(
      '--start <file>',
      'matrix CSV of the stocks at the start (rows: place of birth, columns: residence)',
    )
    .requiredOption('--end <file>', 'matrix CSV of the stocks at the end')
    .option('--births <file>', 'vector CSV area,value of births in each region')
    .option('--deaths <file>', 'vector CSV area,value of deaths in each region')
    .option('--stayer-assumption <bool>', 'true (minimum migration, default) or false (independence)', 'true')
    .option('--match-birthplace <method>', 'rescale, open or open-dr', 'rescale')
    .option('--match-global <when>', 'before-demo-adjust, after-demo-adjust or none', 'before-demo-adjust')
    .option('--tol <number>', 'IPF tolerance (largest cell change)', '0.001')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z.object({
          start: z.string(),
          end: z.string(),
          births: z.string().optional(),
          deaths: z.string().optional(),
          stayerAssumption: z.enum(['true', 'false']).transform((v) => v === 'true'),
          matchBirthplace: z.enum(['rescale', 'open', 'open-dr']),
          matchGlobal: z.enum(['before-demo-adjust', 'after-demo-adjust', 'none']),
          tol: positive,
          format: Output,
        }),
        raw,
      );
      const t = await stocks(o.start, o.end);
      const vector = async (path: string | undefined) =>
        path ? alignVector(await readVectorCsv(path), t.areas, basename(path)) : undefined;
      const births = await vector(o.births);
      const deaths = await vector(o.deaths);
      const r = ffsDemo(
        {
          areas: t.areas,
          stockStart: t.stockStart,
          stockEnd: t.stockEnd ?? [],
          ...(births ? { births } : {}),
          ...(deaths ? { deaths } : {}),
        },
        {
          stayerAssumption: o.stayerAssumption,
          birthplaceTotals: o.matchBirthplace,
          matchGlobal: o.matchGlobal,
          tol: o.tol,
        },
      );
      if (o.format === 'json') {
        return writeJson({
          method: 'ffs-demo',
          areas: r.areas,
          od: r.od,
          summary: r.summary,
          flowsByBirthplace: array3ToNested(r.flows),
          fits: r.fits,
          warnings: r.warnings,
          globalGap: r.globalGap,
        });
      }
      printMatrix('Estimated flows', r.areas, r.od);
      printSummary(r.od, r.areas);
      for (const w of r.warnings) process.stderr.write(`warning: ${w.message}\n`);
    });

  flows
    .command('diff')
    .description('Flows by stock differencing (migest ffs_diff)')
    .requiredOption('--start <file>', 'matrix CSV of the stocks at the start')
    .requiredOption('--end <file>', 'matrix CSV of the stocks at the end')
    .option('--decrease <rule>', 'zero or return', 'return')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z.object({
          start: z.string(),
          end: z.string(),
          decrease: z.enum(['zero', 'return']),
          format: Output,
        }),
        raw,
      );
      const t = await stocks(o.start, o.end);
      const od = ffsDiff({ stockStart: t.stockStart, stockEnd: t.stockEnd ?? [] }, { decrease: o.decrease });
      if (o.format === 'json') {
        return writeJson({
          method: 'ffs-diff',
          areas: t.areas,
          od,
          summary: summariseFlows(od, { areas: t.areas }),
        });
      }
      printMatrix('Flows from stock differences', t.areas, od);
      printSummary(od, t.areas);
    });

  flows
    .command('rates')
    .description('Flows from migration rates implied by stock tables (Dennett; Rogers–von Rabenau)')
    .requiredOption('--start <file>', 'matrix CSV of the stocks at the start')
    .option('--end <file>', 'matrix CSV of the stocks at the end (Rogers–von Rabenau)')
    .requiredOption('--method <method>', 'dennett or rogers-von-rabenau')
    .option('--total <number>', 'global flow total (Dennett)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z
          .object({
            start: z.string(),
            end: z.string().optional(),
            method: z.enum(['dennett', 'rogers-von-rabenau']),
            total: positive.optional(),
            format: Output,
          })
          .refine((v) => v.method !== 'dennett' || v.total !== undefined, {
            path: ['total'],
            message: 'Dennett needs --total',
          })
          .refine((v) => v.method !== 'rogers-von-rabenau' || v.end !== undefined, {
            path: ['end'],
            message: 'Rogers–von Rabenau needs --end',
          }),
        raw,
      );
      const t = await stocks(o.start, o.end);
      const r = ffsRates(
        { stockStart: t.stockStart, ...(t.stockEnd ? { stockEnd: t.stockEnd } : {}), areas: t.areas },
        o.method === 'dennett'
          ? { method: 'dennett', total: o.total ?? 0 }
          : { method: 'rogers-von-rabenau' },
      );
      if (o.format === 'json') {
        return writeJson({ method: o.method, areas: t.areas, od: r.flows, warnings: r.warnings });
      }
      printMatrix('Flows from rates', t.areas, r.flows);
      for (const w of r.warnings) process.stderr.write(`warning: ${w.message}\n`);
    });

  flows
    .command('ipf')
    .description('Fit a seed table to row and/or column totals (IPF, or conditional maximisation)')
    .requiredOption('--seed <file>', 'matrix CSV of the seed')
    .option('--row-totals <file>', 'vector CSV area,value of row totals')
    .option('--col-totals <file>', 'vector CSV area,value of column totals')
    .option('--method <method>', 'ipf or cm', 'ipf')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z
          .object({
            seed: z.string(),
            rowTotals: z.string().optional(),
            colTotals: z.string().optional(),
            method: z.enum(['ipf', 'cm']),
            format: Output,
          })
          .refine((v) => v.rowTotals !== undefined || v.colTotals !== undefined, {
            path: ['rowTotals'],
            message: 'give --row-totals, --col-totals or both',
          }),
        raw,
      );
      const seed = await readMatrixCsv(o.seed);
      const margin = async (path: string | undefined, labels: string[]) =>
        path ? alignVector(await readVectorCsv(path), labels, basename(path)) : undefined;
      const rowTotals = await margin(o.rowTotals, seed.rows);
      const colTotals = await margin(o.colTotals, seed.cols);
      let fitted: Matrix;
      let fit: Record<string, unknown>;
      if (o.method === 'cm') {
        if (!rowTotals || !colTotals) {
          throw new AppError(
            'invalid_input',
            'Conditional maximisation needs both --row-totals and --col-totals',
          );
        }
        const r = cm2(seed.values, { rowTotals, colTotals });
        fitted = r.fitted;
        fit = { iterations: r.iterations, converged: r.converged, alpha: r.alpha, beta: r.beta };
      } else {
        const r = ipf2(seed.values, {
          ...(rowTotals ? { rowTotals } : {}),
          ...(colTotals ? { colTotals } : {}),
          rowLabels: seed.rows,
          colLabels: seed.cols,
        });
        fitted = r.fitted;
        fit = {
          rule: r.rule,
          tol: r.tol,
          iterations: r.iterations,
          converged: r.converged,
          criterion: r.criterion,
          residual: r.residual,
        };
      }
      if (o.format === 'json') {
        return writeJson({ method: o.method, rows: seed.rows, cols: seed.cols, fitted, fit });
      }
      printMatrix('Fitted table', seed.rows, fitted, seed.cols);
      process.stdout.write(`${JSON.stringify(fit)}\n`);
    });

  flows
    .command('net')
    .description('A bilateral flow table matching net migration totals (Abel & Smith, migest net_matrix_ipf)')
    .requiredOption('--seed <file>', 'matrix CSV of the seed (prior flows)')
    .requiredOption('--net <file>', 'vector CSV area,value of net migration (in − out), summing to zero')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(z.object({ seed: z.string(), net: z.string(), format: Output }), raw);
      const seed = squareTable(await readMatrixCsv(o.seed), basename(o.seed));
      const net = alignVector(await readVectorCsv(o.net), seed.areas, basename(o.net));
      const r = netMatrixIpf(seed.values, { net });
      if (o.format === 'json')
        return writeJson({ method: 'net-matrix-ipf', areas: seed.areas, od: r.fitted, ...r });
      printMatrix('Flows matching net totals', seed.areas, r.fitted);
      printSummary(r.fitted, seed.areas);
      process.stdout.write(`iterations ${r.iterations}, converged ${r.converged}\n`);
    });
}
