import { AppError } from '../../../platform/errors.ts';
import { flowText } from './messages.ts';

/**
 * A dense 3-D array in one Float64Array, last index fastest: cell `[i][j][k]` is at `(i * dims[1] + j) * dims[2] + k`.
 * Used for origin × destination × place-of-birth tables, where nested arrays would cost millions of objects.
 */
export interface Array3 {
  readonly dims: readonly [number, number, number];
  readonly data: Float64Array;
}

export function createArray3(dims: readonly [number, number, number], fill = 0): Array3 {
  const data = new Float64Array(dims[0] * dims[1] * dims[2]);
  if (fill !== 0) data.fill(fill);
  return { dims: [dims[0], dims[1], dims[2]], data };
}

export function array3Index(a: Array3, [i, j, k]: readonly [number, number, number]): number {
  return (i * a.dims[1] + j) * a.dims[2] + k;
}

export function array3Get(a: Array3, index: readonly [number, number, number]): number {
  return a.data[array3Index(a, index)] ?? Number.NaN;
}

export function array3FromNested(
  nested: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>,
  name = 'array',
): Array3 {
  const d0 = nested.length;
  const d1 = nested[0]?.length ?? 0;
  const d2 = nested[0]?.[0]?.length ?? 0;
  const out = createArray3([d0, d1, d2]);
  let p = 0;
  for (let i = 0; i < d0; i++) {
    const plane = nested[i];
    if (plane?.length !== d1) throw ragged(name, { where: `${name}[${i}]`, expected: d1 });
    for (let j = 0; j < d1; j++) {
      const row = plane[j];
      if (row?.length !== d2) throw ragged(name, { where: `${name}[${i}][${j}]`, expected: d2 });
      for (let k = 0; k < d2; k++) out.data[p++] = row[k] ?? Number.NaN;
    }
  }
  return out;
}

export function array3ToNested(a: Array3): number[][][] {
  const [d0, d1, d2] = a.dims;
  const out: number[][][] = [];
  let p = 0;
  for (let i = 0; i < d0; i++) {
    const plane: number[][] = [];
    for (let j = 0; j < d1; j++) {
      const row: number[] = new Array(d2);
      for (let k = 0; k < d2; k++) row[k] = a.data[p++] ?? Number.NaN;
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}

function ragged(field: string, at: { where: string; expected: number }): AppError {
  return new AppError('invalid_input', flowText('ragged', { where: at.where, expected: at.expected }), {
    location: { field },
  });
}
