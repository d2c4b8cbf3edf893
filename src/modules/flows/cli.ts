import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { OutputFormat, outputFormat, parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import type { Matrix } from './domain/index.ts';
import { flowText } from './domain/messages.ts';
import { localizeWarnings } from './localize-warnings.ts';
import {
  EstimateRequestSchema,
  type EstimateResult,
  type EstimationRun,
  EstimationRunQuerySchema,
  MirrorQuerySchema,
  type MirrorStoredResult,
} from './schemas.ts';

/** A record as JSON, its warnings' messages as words (their data stays out, as in the API's answer). */
const json = (record: unknown) => writeJson(localizeWarnings(record, 'en'));

const positive = z.coerce.number().positive();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

// The estimators and CSV readers are imported when a command runs, so that the CLI starts without them.
const operations = () => import('./matrix-operations.ts');
const tables = () => import('./read-tables.ts');

/** Parts of `flows from-stocks --format json` printed only on request: n³ numbers, 100 MB of JSON at n = 200. */
const INTERMEDIATES = ['flowsByBirthplace'] as const;

async function stocks(start: string, end: string | undefined) {
  const { readMatrixCsv, squareTable } = await tables();
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

async function printSummary(m: Matrix, areas: readonly string[]): Promise<void> {
  const { summariseFlows } = await import('./domain/index.ts');
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
      'Estimate bilateral migration flows from stock tables (CSV files or stored data), fit tables to margins, ' +
        'and compare mirror flows',
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
    .option(
      '--include <parts>',
      'with --format json, also print the intermediate tables: "intermediates" (flowsByBirthplace, ' +
        'the flows by place of birth: n³ numbers)',
    )
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(
        z.object({
          start: z.string(),
          end: z.string(),
          births: z.string().optional(),
          deaths: z.string().optional(),
          stayerAssumption: bool,
          matchBirthplace: z.enum(['rescale', 'open', 'open-dr']),
          matchGlobal: z.enum(['before-demo-adjust', 'after-demo-adjust', 'none']),
          tol: positive,
          format: OutputFormat,
          include: z.enum(['intermediates', ...INTERMEDIATES]).optional(),
        }),
        raw,
      );
      const t = await stocks(o.start, o.end);
      const { alignVector, readVectorCsv } = await tables();
      const vector = async (path: string | undefined) =>
        path ? alignVector(await readVectorCsv(path), t.areas, basename(path)) : undefined;
      const births = await vector(o.births);
      const deaths = await vector(o.deaths);
      const r = (await operations()).flowsFromStocks({
        areas: t.areas,
        stockStart: t.stockStart,
        stockEnd: t.stockEnd ?? [],
        ...(births ? { births } : {}),
        ...(deaths ? { deaths } : {}),
        stayerAssumption: o.stayerAssumption,
        matchBirthplace: o.matchBirthplace,
        matchGlobal: o.matchGlobal,
        tol: o.tol,
      });
      if (o.format === 'json') {
        const { flowsByBirthplace, ...flows } = r;
        return json(o.include ? r : flows);
      }
      printMatrix('Estimated flows', r.areas, r.od);
      await printSummary(r.od, r.areas);
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
          format: OutputFormat,
        }),
        raw,
      );
      const t = await stocks(o.start, o.end);
      const r = (await operations()).flowsFromDifferences({
        areas: t.areas,
        stockStart: t.stockStart,
        stockEnd: t.stockEnd ?? [],
        decrease: o.decrease,
      });
      if (o.format === 'json') return json(r);
      printMatrix('Flows from stock differences', r.areas, r.od);
      await printSummary(r.od, r.areas);
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
            format: OutputFormat,
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
      const r = (await operations()).flowsFromRates({
        areas: t.areas,
        stockStart: t.stockStart,
        ...(t.stockEnd ? { stockEnd: t.stockEnd } : {}),
        method: o.method,
        ...(o.total === undefined ? {} : { total: o.total }),
      });
      if (o.format === 'json') return json(r);
      printMatrix('Flows from rates', r.areas, r.od);
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
            format: OutputFormat,
          })
          .refine((v) => v.rowTotals !== undefined || v.colTotals !== undefined, {
            path: ['rowTotals'],
            message: 'give --row-totals, --col-totals or both',
          })
          .refine((v) => v.method !== 'cm' || (v.rowTotals !== undefined && v.colTotals !== undefined), {
            path: ['colTotals'],
            message: 'conditional maximisation needs both --row-totals and --col-totals',
          }),
        raw,
      );
      const { alignVector, readMatrixCsv, readVectorCsv } = await tables();
      const seed = await readMatrixCsv(o.seed);
      const margin = async (path: string | undefined, labels: string[]) =>
        path ? alignVector(await readVectorCsv(path), labels, basename(path)) : undefined;
      const rowTotals = await margin(o.rowTotals, seed.rows);
      const colTotals = await margin(o.colTotals, seed.cols);
      const r = (await operations()).fitTable({
        seed: seed.values,
        rows: seed.rows,
        cols: seed.cols,
        ...(rowTotals ? { rowTotals } : {}),
        ...(colTotals ? { colTotals } : {}),
        method: o.method,
      });
      if (o.format === 'json') return json(r);
      printMatrix('Fitted table', r.rows, r.fitted, r.cols);
      process.stdout.write(`${JSON.stringify(r.fit)}\n`);
    });

  flows
    .command('net')
    .description('A bilateral flow table matching net migration totals (Abel & Smith, migest net_matrix_ipf)')
    .requiredOption('--seed <file>', 'matrix CSV of the seed (prior flows)')
    .requiredOption('--net <file>', 'vector CSV area,value of net migration (in − out), summing to zero')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const o = parseOptions(z.object({ seed: z.string(), net: z.string(), format: OutputFormat }), raw);
      const { alignVector, readMatrixCsv, readVectorCsv, squareTable } = await tables();
      const seed = squareTable(await readMatrixCsv(o.seed), basename(o.seed));
      const net = alignVector(await readVectorCsv(o.net), seed.areas, basename(o.net));
      const r = (await operations()).flowsFromNet({ areas: seed.areas, seed: seed.values, net });
      if (o.format === 'json') return json(r);
      printMatrix('Flows matching net totals', r.areas, r.od);
      await printSummary(r.od, r.areas);
      process.stdout.write(`iterations ${r.iterations}, converged ${r.converged}\n`);
    });

  flows
    .command('estimate')
    .description(
      'Estimate flows from two years of stored bilateral stocks and store them as estimated migration-flow ' +
        'observations (one batch, with the run recorded)',
    )
    .requiredOption('--measure <code>', 'foreign-trained-stock or foreign-born-stock')
    .requiredOption('--occupation <slug>', 'occupation, e.g. medical-doctors')
    .requiredOption('--start-year <year>', 'year of the first stock table')
    .requiredOption('--end-year <year>', 'year of the second stock table')
    .option('--method <method>', 'ffs-demo or ffs-diff', 'ffs-demo')
    .option(
      '--areas <codes>',
      'comma-separated areas of the system (default: every area reporting the measure)',
    )
    .option('--stayer-assumption <bool>', 'ffs-demo: true (minimum migration, default) or false')
    .option('--match-birthplace <method>', 'ffs-demo: rescale (default), open or open-dr')
    .option('--match-global <when>', 'ffs-demo: before-demo-adjust (default), after-demo-adjust or none')
    .option('--tol <number>', 'ffs-demo: IPF tolerance (default 0.001)')
    .option('--decrease <rule>', 'ffs-diff: return (default) or zero')
    .option('--sex <code>', '_T (default), F or M')
    .option('--age <code>', 'age group, default _T')
    .option('--source <code>', 'source of the bilateral stocks, when several hold them')
    .option('--total-source <code>', 'source of the total stocks, when several hold them')
    .option('--dry-run', 'estimate and report, store nothing')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { format, ...given } = raw;
      const out = outputFormat(format);
      const rest = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      const method = rest.method === 'ffs-diff' ? 'ffs-diff' : 'ffs-demo';
      const foreign = Object.keys(rest).filter((k) => OTHER_METHOD_OPTIONS[method].includes(k));
      if (foreign.length > 0) {
        const flags = foreign.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
        throw new AppError(
          'invalid_input',
          flowText('not_apply', { flags: flags.join(', '), method, count: foreign.length }),
          {
            location: { field: flags[0] as string },
          },
        );
      }
      const number = (v: unknown) => (typeof v === 'string' ? Number(v) : v);
      const body = {
        ...rest,
        startYear: number(rest.startYear),
        endYear: number(rest.endYear),
        ...(rest.tol === undefined ? {} : { tol: number(rest.tol) }),
        ...(typeof rest.areas === 'string' ? { areas: rest.areas.split(',').map((a) => a.trim()) } : {}),
        ...(rest.stayerAssumption === undefined
          ? {}
          : { stayerAssumption: truth(rest.stayerAssumption) ?? rest.stayerAssumption }),
        dryRun: rest.dryRun === true,
      };
      const request = parseOptions(EstimateRequestSchema, body);
      const r = await withData('this estimate', {
        local: async (db, config) =>
          (await import('./estimate-stored.ts')).estimateStoredFlows(cliContext(db, config), request),
        server: (server) => server.post<EstimateResult>('api/flows/estimate', body),
      });
      if (out === 'json') return json(r);
      await printEstimate(r);
    });

  flows
    .command('estimates')
    .description('Estimation runs, newest first, with method, parameters and input batches')
    .option('--occupation <slug>', 'only runs of this occupation')
    .option('--measure <code>', 'only runs from this stock measure')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { format, ...filter } = raw;
      const out = outputFormat(format);
      const params = strings(filter);
      const q = parseOptions(EstimationRunQuerySchema, params);
      const { items } = await withData('this listing', {
        local: async (db, config) => ({
          items: await (await import('./list-runs.ts')).listEstimationRuns(cliContext(db, config), q),
        }),
        server: (server) => server.get<{ items: EstimationRun[] }>('api/flows/estimates', params),
      });
      if (out === 'json') return json({ items });
      printTable(
        [
          'run',
          'batch',
          'status',
          'created',
          'method',
          'measure',
          'occupation',
          'period',
          'areas',
          'dropped',
        ],
        items.map((r) => [
          r.id,
          r.batchId,
          r.batchStatus,
          r.createdAt.slice(0, 19).replace('T', ' '),
          r.method,
          r.inputMeasure,
          r.occupation,
          `${r.startYear}-${r.endYear}`,
          r.areas.length,
          r.dropped.length,
        ]),
        [0, 1, 8, 9],
      );
    });

  flows
    .command('mirror')
    .description(
      'Mirror statistics: stored outflows reported by origins against inflows reported by destinations, ' +
        'with two-way adjustment factors',
    )
    .requiredOption('--occupation <slug>', 'occupation, e.g. nursing-personnel')
    .requiredOption(
      '--year <year>',
      'a year or an inclusive range (2015-2020); each year is compared on its own',
    )
    .option('--reference <area>', 'area whose two factors are fixed at 1 (default: the area in most pairs)')
    .option('--inflow-source <code>', 'source of the inflows, when several hold them')
    .option('--outflow-source <code>', 'source of the outflows, when several hold them')
    .option('--inflow-basis <basis>', 'partner basis of the inflows: training, birth or citizenship')
    .option('--outflow-basis <basis>', 'partner basis of the outflows: training, birth or citizenship')
    .option('--sex <code>', '_T (default), F or M')
    .option('--age <code>', 'age group, default _T')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { format, ...rest } = raw;
      const out = outputFormat(format);
      const params = strings(rest);
      const q = parseOptions(MirrorQuerySchema, params);
      const r = await withData('this comparison', {
        local: async (db, config) =>
          (await import('./mirror-stored.ts')).mirrorStoredFlows(cliContext(db, config), q),
        server: (server) => server.get<MirrorStoredResult>('api/flows/mirror', params),
      });
      if (out === 'json') return json(r);
      printMirror(r);
    });
}

/** Options of one estimation method that the other does not take. */
const OTHER_METHOD_OPTIONS: Record<'ffs-demo' | 'ffs-diff', readonly string[]> = {
  'ffs-demo': ['decrease'],
  'ffs-diff': ['stayerAssumption', 'matchBirthplace', 'matchGlobal', 'tol'],
};

function truth(v: unknown): boolean | undefined {
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

const strings = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

async function printEstimate(r: EstimateResult): Promise<void> {
  const what = r.dryRun ? 'Dry run: nothing stored' : `Stored as batch ${r.batchId} (run ${r.runId})`;
  process.stdout.write(`${what}; measure ${r.outputMeasure}, source ${r.outputSource}\n`);
  for (const d of r.dropped) process.stdout.write(`dropped ${d.area}: ${d.reason}\n`);
  printMatrix(`Estimated flows (${r.method})`, r.areas, r.od);
  await printSummary(r.od, r.areas);
  process.stdout.write(
    `new ${r.stored}, revised ${r.revised}, unchanged ${r.unchanged}, retired ${r.retired}; input batches ${r.inputBatches.join(', ')}\n`,
  );
  for (const w of r.warnings) process.stderr.write(`warning: ${w.message}\n`);
}

function printMirror(r: MirrorStoredResult): void {
  if (r.years.length === 0) process.stdout.write(`No stored inflows or outflows of ${r.occupation}\n`);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
  for (const y of r.years) {
    const share = y.counts.oneSidedShare;
    process.stdout.write(
      `\n${y.year}: ${y.counts.pairs} pairs, ${y.counts.both} reported by both sides, ${y.counts.originOnly} by the origin only, ${y.counts.destinationOnly} by the destination only (one-sided share ${share === null ? '-' : share.toFixed(2)})\n`,
    );
    printTable(
      ['origin', 'destination', 'sent', 'received', 'ratio', 'log ratio', 'residual'],
      y.comparisons.map((c) => [
        c.origin,
        c.destination,
        c.sent,
        c.received,
        round(c.ratio),
        round(c.logRatio),
        round(c.residual),
      ]),
      [2, 3, 4, 5, 6],
    );
    printTable(
      ['area', 'sending factor', 'receiving factor', 'pairs'],
      y.areas.map((a) => [a.area, round(a.sendingFactor), round(a.receivingFactor), a.pairsUsed]),
      [1, 2, 3],
    );
    if (y.fit) {
      const r2 = y.fit.rSquared;
      process.stdout.write(
        `reference ${y.fit.reference}; ${y.fit.pairsUsed} pairs, ${y.fit.parameters} parameters, RSS ${y.fit.residualSumOfSquares.toPrecision(4)}, R² ${r2 === null ? '-' : r2.toFixed(3)}\n`,
      );
    }
  }
}
