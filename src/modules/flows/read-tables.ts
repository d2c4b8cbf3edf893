import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError, quoteValue } from '../../platform/errors.ts';
import { parseNumber } from '../observations/index.ts';
import { flowText } from './domain/messages.ts';

/** A square or rectangular table read from CSV: row labels, column labels and values `[row][column]`. */
export interface LabelledMatrix {
  rows: string[];
  cols: string[];
  values: number[][];
}

export interface LabelledVector {
  labels: string[];
  values: number[];
}

async function readCells(path: string): Promise<{ file: string; cells: string[][] }> {
  const file = basename(path);
  const text = await readFile(path).catch((cause: unknown) => {
    throw new AppError('not_found', flowText('cannot_read', { path }), {
      detail: String(cause),
      location: { file },
    });
  });
  try {
    const cells = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as string[][];
    return { file, cells };
  } catch (cause) {
    const row = (cause as { lines?: number }).lines;
    throw new AppError('invalid_file', flowText('cannot_read_csv', { file }), {
      detail: cause instanceof Error ? cause.message : String(cause),
      location: row ? { file, row } : { file },
      cause,
    });
  }
}

function number(raw: string, file: string, row: number, column: string): number {
  const v = parseNumber(raw);
  if (v === null || !Number.isFinite(v)) {
    throw new AppError(
      'invalid_file',
      flowText('not_number', { file, row, column, value: quoteValue(raw) }),
      {
        location: { file, row, column },
      },
    );
  }
  return v;
}

function unique(labels: string[], file: string, row: number | null, what: string): void {
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (l === '' || seen.has(l)) {
      throw new AppError(
        'invalid_file',
        l === ''
          ? flowText('label_empty', { file, what: `${what}s`, n: i + 1 })
          : flowText('label_repeated', { file, what: `${what}s`, n: i + 1, label: l }),
        {
          location: row === null ? { file, row: i + 2, column: '1' } : { file, row, column: String(i + 2) },
        },
      );
    }
    seen.add(l);
  });
}

/** A matrix CSV: a header row of column labels after one corner cell, then one row per label with its values. */
export async function readMatrixCsv(path: string): Promise<LabelledMatrix> {
  const { file, cells } = await readCells(path);
  const [header, ...body] = cells;
  if (!header || header.length < 2 || body.length === 0) {
    throw new AppError('invalid_file', flowText('not_matrix', { file }), {
      location: { file, row: 1 },
    });
  }
  const cols = header.slice(1);
  unique(cols, file, 1, 'column');
  const rows = body.map((r) => r[0] ?? '');
  unique(rows, file, null, 'row');
  const values = body.map((r, i) => cols.map((c, j) => number(r[j + 1] ?? '', file, i + 2, c)));
  return { rows, cols, values };
}

/** A vector CSV with the two columns `area,value` (births, deaths, margins, net totals). */
export async function readVectorCsv(path: string): Promise<LabelledVector> {
  const { file, cells } = await readCells(path);
  const [header, ...body] = cells;
  const names = (header ?? []).map((h) => h.toLowerCase());
  if (names[0] !== 'area' || names[1] !== 'value' || names.length !== 2) {
    throw new AppError('invalid_file', flowText('vector_header', { file }), {
      location: { file, row: 1 },
    });
  }
  const labels = body.map((r) => r[0] ?? '');
  unique(labels, file, null, 'row');
  return { labels, values: body.map((r, i) => number(r[1] ?? '', file, i + 2, 'value')) };
}

/**
 * A square table with rows and columns in one order: `order` when given (another table's areas), else its columns'.
 * Rows and columns must name the same areas.
 */
export function squareTable(
  m: LabelledMatrix,
  file: string,
  order: readonly string[] = m.cols,
): { areas: string[]; values: number[][] } {
  const rowAt = new Map(m.rows.map((r, i) => [r, i]));
  const colAt = new Map(m.cols.map((c, i) => [c, i]));
  const missing = order.filter((a) => !rowAt.has(a) || !colAt.has(a));
  if (missing.length > 0 || m.rows.length !== order.length || m.cols.length !== order.length) {
    throw new AppError('invalid_file', flowText('same_areas', { file }), {
      detail: missing.length
        ? flowText('same_areas_missing', { areas: missing.join(', ') })
        : flowText('same_areas_counts', { rows: m.rows.length, cols: m.cols.length, areas: order.length }),
      location: { file },
    });
  }
  const areas = [...order];
  return {
    areas,
    values: areas.map((r) =>
      areas.map((c) => m.values[rowAt.get(r) as number]?.[colAt.get(c) as number] ?? 0),
    ),
  };
}

/** A vector in the order of `areas`; every area must have a value. */
export function alignVector(v: LabelledVector, areas: readonly string[], file: string): number[] {
  const byLabel = new Map(v.labels.map((l, i) => [l, v.values[i] as number]));
  return areas.map((a) => {
    const x = byLabel.get(a);
    if (x === undefined) {
      throw new AppError('invalid_file', flowText('no_value_for', { file, area: a }), {
        location: { file, column: 'area' },
      });
    }
    return x;
  });
}
