import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { AppError } from '../../platform/errors.ts';
import { ffsDemo } from './domain/index.ts';
import { alignVector, readMatrixCsv, readVectorCsv, squareTable } from './read-tables.ts';

const dir = mkdtempSync(join(tmpdir(), 'hwmo-flows-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('flow tables from CSV', () => {
  test('a matrix with rows in another order than its columns is squared, and the Abel (2013) example holds', async () => {
    // Rows listed D, C, B, A on purpose; a BOM and CRLF as spreadsheets write them.
    const s1 = file(
      's1.csv',
      '\ufeff,A,B,C,D\r\nD,20,25,20,200\r\nC,80,40,800,40\r\nB,55,555,50,5\r\nA,1000,100,10,0\r\n',
    );
    const s2 = file('s2.csv', ',A,B,C,D\nA,950,100,60,0\nB,80,505,75,5\nC,90,30,800,40\nD,40,45,0,180\n');
    const start = squareTable(await readMatrixCsv(s1), 's1.csv');
    const end = squareTable(await readMatrixCsv(s2), 's2.csv');
    assert.deepEqual(start.areas, ['A', 'B', 'C', 'D']);
    assert.deepEqual(start.values[0], [1000, 100, 10, 0]);
    const r = ffsDemo({ areas: start.areas, stockStart: start.values, stockEnd: end.values });
    assert.equal(r.summary.totalFlows, 150);
    assert.deepEqual(r.od[1], [35, 0, 25, 0]);
  });

  test('a second table is put in the order of the first, and must name the same areas', async () => {
    const m = await readMatrixCsv(file('e.csv', ',B,A\nA,3,4\nB,1,2\n'));
    assert.deepEqual(squareTable(m, 'e.csv', ['A', 'B']).values, [
      [4, 3],
      [2, 1],
    ]);
    assert.throws(() => squareTable(m, 'e.csv', ['A', 'C']), /same areas/);
  });

  test('a vector is aligned to the areas; a missing area or a bad header is refused', async () => {
    const births = await readVectorCsv(file('b.csv', 'area,value\nB,10\nA,5\n'));
    assert.deepEqual(alignVector(births, ['A', 'B'], 'b.csv'), [5, 10]);
    assert.throws(() => alignVector(births, ['A', 'B', 'C'], 'b.csv'), /no value for area C/);
    await assert.rejects(readVectorCsv(file('h.csv', 'region,n\nA,1\n')), /"area,value"/);
  });

  test('a cell that is not a number is refused naming its row and column', async () => {
    const err = await readMatrixCsv(file('x.csv', ',A,B\nA,1,2\nB,3,x4\n')).then(
      () => assert.fail('accepted'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof AppError);
    assert.deepEqual(err.location, { file: 'x.csv', row: 3, column: 'B' });
  });

  test('repeated labels and tables whose rows and columns differ are refused', async () => {
    await assert.rejects(readMatrixCsv(file('r.csv', ',A,A\nA,1,2\nB,3,4\n')), /repeated label A/);
    const m = await readMatrixCsv(file('d.csv', ',A,B\nA,1,2\nC,3,4\n'));
    assert.throws(() => squareTable(m, 'd.csv'), /same areas/);
  });
});
