import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from './import-file.ts';
import { rollbackBatch } from './rollback-batch.ts';

const YEARS = Array.from({ length: 40 }, (_, i) => 1981 + i);
const AREAS = ['GBR', 'FRA', 'DEU', 'KEN', 'GHA', 'USA', 'CAN', 'IND', 'ZAF', 'NGA'];
const OCCUPATIONS = [
  'medical-doctors',
  'nursing-personnel',
  'midwifery-personnel',
  'dentists',
  'pharmacists',
];

/** A file of 2,000 stocks, every value `value + i`; a second one with another base revises every value. */
function stocks(base: number): Uint8Array {
  const lines = ['measure,area,year,occupation,value'];
  let i = 0;
  for (const area of AREAS)
    for (const year of YEARS)
      for (const occupation of OCCUPATIONS) lines.push(`stock,${area},${year},${occupation},${base + i++}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('rolling a batch back while an import revises it', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('never leaves a batch reporting revisions of deleted values, over repeated races', async () => {
    const timings: number[] = [];
    const started = Date.now();
    const first = await importFile(operatorContext(db), {
      input: { fileName: 'a.csv', bytes: stocks(1000) },
    });
    const importMs = Date.now() - started;
    for (let trial = 0; trial < 8; trial++) {
      await db.exec('DELETE FROM observation');
      const a = await importFile(operatorContext(db), {
        input: { fileName: 'a.csv', bytes: stocks(1000 * (trial + 2)) },
      });
      assert.ok(a.batchId !== null && first.batchId !== null);
      const delay = Math.round((importMs * trial) / 6);
      timings.push(delay);
      const revising = importFile(operatorContext(db), { input: { fileName: 'b.csv', bytes: stocks(7) } });
      const rollback = new Promise((r) => setTimeout(r, delay)).then(() =>
        rollbackBatch(operatorContext(db), a.batchId as number),
      );
      const [b, rb] = await Promise.allSettled([revising, rollback]);
      assert.equal(b.status, 'fulfilled', String(b.status === 'rejected' ? b.reason : ''));
      const report = (b as PromiseFulfilledResult<Awaited<typeof revising>>).value;
      const [kept] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM observation WHERE superseded_by = $1',
        [report.batchId],
      );
      const [current] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM observation WHERE superseded_by IS NULL',
      );
      assert.equal(
        kept?.n,
        report.revised,
        `trial ${trial}: the revisions reported are the values kept in history`,
      );
      assert.equal(
        current?.n,
        AREAS.length * YEARS.length * OCCUPATIONS.length,
        `trial ${trial}: one current value per key`,
      );
      if (rb.status === 'fulfilled') {
        assert.equal(report.revised, 0, `trial ${trial}: rolled back first, so the import revised nothing`);
        assert.equal(report.stored, AREAS.length * YEARS.length * OCCUPATIONS.length);
      } else {
        assert.match(String(rb.reason), /revised by later batch/, `trial ${trial}`);
        assert.equal(report.revised, AREAS.length * YEARS.length * OCCUPATIONS.length);
      }
    }
  });
});
