import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../platform/config.ts';
import { type Ctx, operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { commitUpload } from './uploads-commit.ts';
import { createUpload } from './uploads-create.ts';
import { discardUpload } from './uploads-delete.ts';
import { describeUpload } from './uploads-describe.ts';
import { wideWorkbook } from './uploads-fixtures.test-helper.ts';
import { previewUpload } from './uploads-preview.ts';

const limits = DEFAULT_IMPORT_LIMITS;
const maxBytes = 10 * 1024 * 1024;
const user = (userId: number, role: string, area: string | null): Actor =>
  ({
    kind: 'user',
    userId,
    email: `u${userId}@example.org`,
    name: `User ${userId}`,
    grants: [{ role, area }],
    via: 'session',
  }) as Actor;
const ghanaManager = user(1, 'data_manager', 'GHA');
const otherManager = user(2, 'data_manager', 'GHA');
const admin = user(3, 'admin', null);
const stakeholder = user(4, 'stakeholder', null);

function refused(code: string, pattern?: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code, e.message);
    if (pattern) assert.match(e.message, pattern);
    return true;
  };
}

describe('uploads: kept once, previewed, dry-run and committed by their owner', () => {
  let db: Database;
  const as = (actor: Actor, now?: Date): Ctx => ({
    ...operatorContext(db),
    actor,
    ...(now ? { now: () => now } : {}),
  });
  const count = async (table: string) =>
    Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
  let wide: Uint8Array;
  before(async () => {
    db = await testDatabase();
    wide = await wideWorkbook([['Ghana', 1100, 'abc', 1300]], ['2018', '2019', '2020']);
  });
  after(async () => {
    await db.close();
  });

  test('a wide workbook: its visible sheets, the sheet that reads, and the proposed mapping with confidences', async () => {
    const u = await createUpload(as(ghanaManager), { fileName: 'staff.xlsx', bytes: wide, limits, maxBytes });
    assert.deepEqual(u.sheets, ['Notes', 'Doctors']);
    assert.equal(u.sheet, 'Doctors');
    assert.equal(u.format, null);
    assert.ok(u.suggestion);
    assert.equal(u.suggestion.headerRow, 3);
    assert.deepEqual(u.suggestion.mapping.yearColumns, { measure: 'stock', occupation: 'medical-doctors' });
    assert.deepEqual(
      u.suggestion.mapping.columns.map((c) => [c.header, c.role, c.confidence]),
      [['Country', 'area', 1]],
    );
    assert.equal(u.bytes, wide.byteLength);
    assert.match(u.sha256, /^[0-9a-f]{64}$/);
    const notes = await describeUpload(as(ghanaManager), { id: u.id, sheet: 'Notes', limits });
    assert.equal(notes.sheet, 'Notes');
    assert.equal(notes.suggestion, null);
    assert.match(notes.problem ?? '', /no header/);
  });

  test('a known format is detected and needs no mapping', async () => {
    const bytes = readFileSync('test/fixtures/importers/cghss_medical_doctors_HWF_0001-0005.slice.csv');
    const u = await createUpload(as(ghanaManager), { fileName: 'who.csv', bytes, limits, maxBytes });
    assert.equal(u.format, 'who-gho');
    assert.equal(u.suggestion, null);
    assert.deepEqual(u.sheets, []);
  });

  test('preview: the first values as stored and the dry run, nothing written; commit: one batch, upload gone', async () => {
    const u = await createUpload(as(ghanaManager), { fileName: 'staff.xlsx', bytes: wide, limits, maxBytes });
    const mapping = u.suggestion?.mapping;
    assert.ok(mapping);
    const [observations, batches] = [await count('observation'), await count('import_batch')];
    const p = await previewUpload(as(ghanaManager), { id: u.id, read: { mapping }, limits });
    assert.deepEqual(
      p.rows.map((r) => [r.row, r.area, r.year, r.occupation, r.measure, r.value]),
      [
        [4, 'GHA', 2018, 'medical-doctors', 'stock', 1100],
        [4, 'GHA', 2020, 'medical-doctors', 'stock', 1300],
      ],
    );
    assert.equal(p.report.dryRun, true);
    assert.equal(p.report.batchId, null);
    assert.equal(p.report.stored, 2);
    assert.deepEqual(p.report.skippedRows, [
      { row: 4, column: '2019', reason: 'value "abc" is not a number' },
    ]);
    assert.equal(await count('observation'), observations);
    assert.equal(await count('import_batch'), batches);

    const report = await commitUpload(as(ghanaManager), { id: u.id, read: { mapping }, limits });
    assert.equal(report.dryRun, false);
    assert.ok(report.batchId);
    assert.equal(report.stored, 2);
    const stored = await db.query<{ value: number }>(
      `SELECT value::float8 AS value FROM observation WHERE batch_id = $1 AND superseded_by IS NULL ORDER BY year, value`,
      [report.batchId],
    );
    assert.deepEqual(
      stored.map((r) => r.value),
      [1100, 1300],
    );
    await assert.rejects(
      previewUpload(as(ghanaManager), { id: u.id, read: { mapping }, limits }),
      refused('not_found'),
    );
  });

  test('only the owner, an administrator or the operator uses an upload; a reader cannot upload at all', async () => {
    const u = await createUpload(as(ghanaManager), { fileName: 'staff.xlsx', bytes: wide, limits, maxBytes });
    await assert.rejects(
      describeUpload(as(otherManager), { id: u.id, limits }),
      refused('forbidden', /belongs to User 1/),
    );
    await assert.rejects(discardUpload(as(otherManager), u.id), refused('forbidden'));
    assert.equal((await describeUpload(as(admin), { id: u.id, limits })).id, u.id);
    assert.equal((await describeUpload(operatorContext(db), { id: u.id, limits })).id, u.id);
    await assert.rejects(
      createUpload(as(stakeholder), { fileName: 'a.csv', bytes: wide, limits, maxBytes }),
      refused('forbidden'),
    );
    await assert.rejects(
      createUpload(as({ kind: 'public' }), { fileName: 'a.csv', bytes: wide, limits, maxBytes }),
      refused('unauthenticated'),
    );
    assert.deepEqual(await discardUpload(as(ghanaManager), u.id), { id: u.id, deleted: true });
    await assert.rejects(describeUpload(as(ghanaManager), { id: u.id, limits }), refused('not_found'));
  });

  test('an upload expires after 24 hours and is cleaned on the next upload', async () => {
    const u = await createUpload(as(ghanaManager), { fileName: 'staff.xlsx', bytes: wide, limits, maxBytes });
    const later = new Date(Date.now() + 25 * 60 * 60 * 1000);
    await assert.rejects(describeUpload(as(ghanaManager, later), { id: u.id, limits }), refused('not_found'));
    await createUpload(as(ghanaManager, later), { fileName: 'again.xlsx', bytes: wide, limits, maxBytes });
    const [left] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM import_upload WHERE id = $1',
      [u.id],
    );
    assert.equal(left?.n, 0);
  });

  test('a damaged or oversized file is refused at upload and not kept', async () => {
    const before = await count('import_upload');
    const cut = wide.subarray(0, wide.byteLength - 40);
    await assert.rejects(
      createUpload(as(ghanaManager), { fileName: 'cut.xlsx', bytes: cut, limits, maxBytes }),
      refused('invalid_file', /cut\.xlsx/),
    );
    await assert.rejects(
      createUpload(as(ghanaManager), { fileName: 'big.xlsx', bytes: wide, limits, maxBytes: 100 }),
      refused('invalid_input', /exceeds the limit of 100/),
    );
    assert.equal(await count('import_upload'), before);
  });

  test('an unknown area refuses the preview naming its row and column, unless such rows are skipped', async () => {
    const bytes = await wideWorkbook([
      ['Ghana', 10, 11],
      ['Atlantis', 5, 6],
    ]);
    const u = await createUpload(as(ghanaManager), { fileName: 'odd.xlsx', bytes, limits, maxBytes });
    const mapping = u.suggestion?.mapping;
    assert.ok(mapping);
    await assert.rejects(
      previewUpload(as(ghanaManager), { id: u.id, read: { mapping }, limits }),
      (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.equal(e.code, 'unknown_area');
        assert.deepEqual([e.location?.row, e.location?.column], [5, 'Country']);
        return true;
      },
    );
    const p = await previewUpload(as(ghanaManager), {
      id: u.id,
      read: { mapping, skipUnknownAreas: true },
      limits,
    });
    // 2019 is new; 2020 revises the value committed by the test above.
    assert.deepEqual([p.report.stored, p.report.revised], [1, 1]);
    assert.deepEqual(
      p.report.skippedRows.map((s) => [s.row, s.column, s.reason]),
      [
        [5, 'Country', 'unknown area "Atlantis"'],
        [5, 'Country', 'unknown area "Atlantis"'],
      ],
    );
  });
});
