import type { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import {
  array3ToNested,
  cm2,
  ffsDemo,
  ffsDiff,
  ffsRates,
  ipf2,
  type MatrixInput,
  netMatrixIpf,
  summariseFlows,
} from './domain/index.ts';
import { flowText } from './domain/messages.ts';
import type {
  DiffBody,
  DiffResultSchema,
  FromStocksBody,
  FromStocksResultSchema,
  IpfBody,
  IpfResultSchema,
  NetBody,
  NetResultSchema,
  RatesBody,
  RatesResultSchema,
} from './schemas.ts';

/**
 * The operations of `hwmo flows from-stocks|diff|rates|ipf|net` on tables already in memory, returning the records
 * both the CLI (`--format json`) and the API print. Areas label the rows and columns of square tables.
 */

function square(m: MatrixInput, n: number, field: string): void {
  if (m.length !== n || m.some((row) => row.length !== n)) {
    throw new AppError('invalid_input', flowText('square', { field, n }), {
      location: { field },
    });
  }
}

function aligned(v: readonly number[] | undefined, n: number, field: string): void {
  if (v !== undefined && v.length !== n) {
    throw new AppError('invalid_input', flowText('per_area', { field, n }), {
      location: { field },
    });
  }
}

export function flowsFromStocks(input: FromStocksBody): z.infer<typeof FromStocksResultSchema> {
  const n = input.areas.length;
  square(input.stockStart, n, 'stockStart');
  square(input.stockEnd, n, 'stockEnd');
  aligned(input.births, n, 'births');
  aligned(input.deaths, n, 'deaths');
  const r = ffsDemo(
    {
      areas: input.areas,
      stockStart: input.stockStart,
      stockEnd: input.stockEnd,
      ...(input.births ? { births: input.births } : {}),
      ...(input.deaths ? { deaths: input.deaths } : {}),
    },
    {
      stayerAssumption: input.stayerAssumption,
      birthplaceTotals: input.matchBirthplace,
      matchGlobal: input.matchGlobal,
      tol: input.tol,
    },
  );
  return {
    method: 'ffs-demo',
    areas: r.areas,
    od: r.od,
    summary: r.summary,
    flowsByBirthplace: array3ToNested(r.flows),
    fits: r.fits,
    warnings: r.warnings,
    globalGap: r.globalGap,
  };
}

export function flowsFromDifferences(input: DiffBody): z.infer<typeof DiffResultSchema> {
  const n = input.areas.length;
  square(input.stockStart, n, 'stockStart');
  square(input.stockEnd, n, 'stockEnd');
  const od = ffsDiff(
    { stockStart: input.stockStart, stockEnd: input.stockEnd },
    { decrease: input.decrease },
  );
  return { method: 'ffs-diff', areas: input.areas, od, summary: summariseFlows(od, { areas: input.areas }) };
}

export function flowsFromRates(input: RatesBody): z.infer<typeof RatesResultSchema> {
  const n = input.areas.length;
  square(input.stockStart, n, 'stockStart');
  if (input.stockEnd) square(input.stockEnd, n, 'stockEnd');
  const r = ffsRates(
    {
      stockStart: input.stockStart,
      ...(input.stockEnd ? { stockEnd: input.stockEnd } : {}),
      areas: input.areas,
    },
    input.method === 'dennett'
      ? { method: 'dennett', total: input.total ?? Number.NaN }
      : { method: 'rogers-von-rabenau' },
  );
  return { method: input.method, areas: input.areas, od: r.flows, warnings: r.warnings };
}

export function fitTable(input: IpfBody): z.infer<typeof IpfResultSchema> {
  const rows = input.rows ?? input.seed.map((_, i) => String(i + 1));
  const cols = input.cols ?? (input.seed[0] ?? []).map((_, j) => String(j + 1));
  if (rows.length !== input.seed.length) {
    throw new AppError(
      'invalid_input',
      flowText('rows_labels', { labels: rows.length, rows: input.seed.length }),
      {
        location: { field: 'rows' },
      },
    );
  }
  if (input.seed.some((r) => r.length !== cols.length)) {
    throw new AppError('invalid_input', flowText('seed_row', { cols: cols.length }), {
      location: { field: 'seed' },
    });
  }
  aligned(input.rowTotals, rows.length, 'rowTotals');
  aligned(input.colTotals, cols.length, 'colTotals');
  if (input.method === 'cm') {
    if (!input.rowTotals || !input.colTotals) {
      throw new AppError('invalid_input', flowText('cm_needs_both'), {
        location: { field: input.rowTotals ? 'colTotals' : 'rowTotals' },
      });
    }
    const r = cm2(input.seed, { rowTotals: input.rowTotals, colTotals: input.colTotals, labels: rows });
    return {
      method: 'cm',
      rows,
      cols,
      fitted: r.fitted,
      fit: { iterations: r.iterations, converged: r.converged, alpha: r.alpha, beta: r.beta },
    };
  }
  const r = ipf2(input.seed, {
    ...(input.rowTotals ? { rowTotals: input.rowTotals } : {}),
    ...(input.colTotals ? { colTotals: input.colTotals } : {}),
    rowLabels: rows,
    colLabels: cols,
  });
  return {
    method: 'ipf',
    rows,
    cols,
    fitted: r.fitted,
    fit: {
      rule: r.rule,
      tol: r.tol,
      iterations: r.iterations,
      converged: r.converged,
      criterion: r.criterion,
      residual: r.residual,
    },
  };
}

export function flowsFromNet(input: NetBody): z.infer<typeof NetResultSchema> {
  const n = input.areas.length;
  square(input.seed, n, 'seed');
  aligned(input.net, n, 'net');
  const r = netMatrixIpf(input.seed, { net: input.net });
  return {
    method: 'net-matrix-ipf',
    areas: input.areas,
    od: r.fitted,
    alpha: r.alpha,
    iterations: r.iterations,
    converged: r.converged,
    criterion: r.criterion,
    sumSquaredError: r.sumSquaredError,
  };
}
