import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canPreview,
  type ImportEvent,
  type ImportReport,
  type ImportState,
  initialState,
  type Mapping,
  mappingGaps,
  problemPlace,
  reduce,
  setColumnRole,
  skippedAmongPreview,
  type Upload,
  type UploadPreview,
} from './state.ts';

const mapping: Mapping = {
  version: 1,
  sheet: 'Doctors',
  headerRow: 3,
  yearColumns: { measure: 'stock', occupation: 'medical-doctors' },
  columns: [
    { header: 'Country', role: 'area', confidence: 1 },
    { header: 'Region', role: 'ignore', confidence: 0 },
  ],
  confidence: 0.7,
};

const upload: Upload = {
  id: 7,
  file: 'staff.xlsx',
  bytes: 7777,
  sha256: 'ab',
  createdAt: '2026-12-02T01:00:00.000Z',
  expiresAt: '2026-12-03T01:00:00.000Z',
  sheets: ['Notes', 'Doctors'],
  sheet: 'Doctors',
  format: null,
  suggestion: { mapping, confidence: 0.7, headerRow: 3, notes: [], complete: true },
  problem: null,
};

const report: ImportReport = {
  file: 'staff.xlsx',
  format: 'mapped',
  sheet: 'Doctors',
  sha256: 'ab',
  bytes: 7777,
  batchId: null,
  dryRun: true,
  rowsRead: 4,
  stored: 3,
  revised: 0,
  unchanged: 0,
  skipped: 1,
  skippedRows: [
    { row: 5, column: '2019', reason: 'value "abc" is not a number' },
    { row: 5, column: '2019', reason: 'value "abc" is not a number' },
    { row: 90, column: 'Country', reason: 'total row' },
  ],
  skippedByReason: [],
  sources: ['USER'],
  measures: ['stock'],
  years: { from: 2019, to: 2020 },
  mapping: null,
  warnings: [],
  durationMs: 3,
};

const preview: UploadPreview = {
  rows: [
    {
      row: 4,
      source: 'USER',
      measure: 'stock',
      area: 'GHA',
      year: 2019,
      occupation: 'medical-doctors',
      sex: '_T',
      age: '_T',
      partner: '_Z',
      partnerBasis: '_Z',
      value: 1200,
      flags: [],
      comment: null,
    },
    {
      row: 6,
      source: 'USER',
      measure: 'stock',
      area: 'GHA',
      year: 2020,
      occupation: 'medical-doctors',
      sex: '_T',
      age: '_T',
      partner: '_Z',
      partnerBasis: '_Z',
      value: 1300,
      flags: [],
      comment: null,
    },
  ],
  report,
};

const run = (events: ImportEvent[], from: ImportState = initialState) => events.reduce(reduce, from);

describe('import page steps', () => {
  test('upload → mapping → preview → dry run → commit → done', () => {
    let s = run([{ type: 'upload-start', fileName: 'staff.xlsx', size: 7777 }]);
    assert.deepEqual(s.step === 'upload' && s.busy, { loaded: 0, total: 7777 });
    s = run([{ type: 'upload-progress', loaded: 4000, total: 7777 }], s);
    assert.deepEqual(s.step === 'upload' && s.busy, { loaded: 4000, total: 7777 });
    s = run([{ type: 'uploaded', upload }], s);
    assert.equal(s.step, 'mapping');
    assert.deepEqual(s.step === 'mapping' && s.read, { mapping, sheet: 'Doctors' });
    assert.equal(canPreview(s), true);
    s = run([{ type: 'preview-start' }, { type: 'previewed', preview }], s);
    assert.equal(s.step, 'preview');
    s = run([{ type: 'to-dry-run' }, { type: 'commit-start' }], s);
    assert.equal(s.step === 'dryRun' && s.busy, 'commit');
    s = run([{ type: 'committed', report: { ...report, dryRun: false, batchId: 12 } }], s);
    assert.equal(s.step === 'done' && s.report.batchId, 12);
    assert.deepEqual(s.step === 'done' && s.areas, ['GHA']);
  });

  test('a detected format is read as that format, with no mapping', () => {
    const s = run([
      { type: 'upload-start', fileName: 'who.csv', size: 10 },
      {
        type: 'uploaded',
        upload: { ...upload, sheets: [], sheet: null, format: 'who-gho', suggestion: null },
      },
    ]);
    assert.deepEqual(s.step === 'mapping' && s.read, { format: 'who-gho' });
    assert.equal(canPreview(s), true);
  });

  test('a failed request keeps the step, says which action failed, and the retry clears the error', () => {
    let s = run([
      { type: 'upload-start', fileName: 'staff.xlsx', size: 7777 },
      { type: 'uploaded', upload },
    ]);
    const problem = {
      title: 'Unknown area',
      status: 422,
      location: { file: 'staff.xlsx [Doctors]', row: 5, column: 'Country' },
    };
    s = run([{ type: 'preview-start' }, { type: 'failed', action: 'preview', problem }], s);
    assert.equal(s.step, 'mapping');
    assert.deepEqual(s.step === 'mapping' && s.error, { action: 'preview', problem });
    assert.equal(s.step === 'mapping' && s.busy, null);
    s = run([{ type: 'set-skip-unknown', value: true }, { type: 'preview-start' }], s);
    assert.equal(s.step === 'mapping' && s.error, null);
    assert.equal(s.step === 'mapping' && s.read.skipUnknownAreas, true);
    assert.deepEqual(problemPlace(problem), [
      ['file', 'staff.xlsx [Doctors]'],
      ['row', '5'],
      ['column', 'Country'],
    ]);
  });

  test('an upload that fails returns to the upload step with the problem', () => {
    const s = run([
      { type: 'upload-start', fileName: 'x.xls', size: 3 },
      { type: 'failed', action: 'upload', problem: { title: 'File refused', status: 422 } },
    ]);
    assert.equal(s.step, 'upload');
    assert.equal(s.step === 'upload' && s.busy, null);
    assert.equal(s.step === 'upload' && s.error?.action, 'upload');
  });

  test('back goes one step back, keeping the mapping; out of order events change nothing', () => {
    const mapped = run([
      { type: 'upload-start', fileName: 'a', size: 1 },
      { type: 'uploaded', upload },
    ]);
    const edited = run([{ type: 'set-role', index: 1, role: 'value' }], mapped);
    const s = run(
      [{ type: 'preview-start' }, { type: 'previewed', preview }, { type: 'to-dry-run' }],
      edited,
    );
    assert.equal(s.step, 'dryRun');
    const back = run([{ type: 'back' }, { type: 'back' }], s);
    assert.equal(back.step, 'mapping');
    assert.equal(back.step === 'mapping' && back.read.mapping?.columns[1]?.role, 'value');
    assert.equal(run([{ type: 'back' }], back).step, 'upload');
    assert.equal(run([{ type: 'committed', report }], mapped), mapped);
    assert.equal(run([{ type: 'previewed', preview }], mapped), mapped);
    assert.equal(run([{ type: 'restart' }], s), initialState);
  });

  test('a mapping without an area column cannot be previewed', () => {
    const s = run([
      { type: 'upload-start', fileName: 'a', size: 1 },
      { type: 'uploaded', upload },
      { type: 'set-role', index: 0, role: 'ignore' },
    ]);
    assert.equal(canPreview(s), false);
    assert.equal(run([{ type: 'preview-start' }], s), s);
    assert.deepEqual(s.step === 'mapping' && s.read.mapping && mappingGaps(s.read.mapping), ['noArea']);
  });

  test('choosing a sheet detects it again and keeps the choice to skip unknown areas', () => {
    let s = run([
      { type: 'upload-start', fileName: 'a', size: 1 },
      { type: 'uploaded', upload },
      { type: 'set-skip-unknown', value: true },
      { type: 'choose-sheet', sheet: 'Notes' },
    ]);
    assert.equal(s.step === 'mapping' && s.busy, 'detect');
    s = run(
      [{ type: 'detected', upload: { ...upload, sheet: 'Notes', suggestion: null, problem: 'no header' } }],
      s,
    );
    assert.deepEqual(s.step === 'mapping' && s.read, { sheet: 'Notes', skipUnknownAreas: true });
    assert.equal(canPreview(s), false);
  });
});

describe('mapping edits', () => {
  test('a role one column may have moves to the column given it', () => {
    const m = setColumnRole(mapping, 1, 'area');
    assert.deepEqual(
      m.columns.map((c) => [c.header, c.role]),
      [
        ['Country', 'ignore'],
        ['Region', 'area'],
      ],
    );
    assert.equal(m.columns[1]?.confidence, undefined);
  });

  test('a value column that becomes a comment loses what its values counted', () => {
    const m: Mapping = {
      ...mapping,
      columns: [
        ...mapping.columns,
        { header: 'Doctors', role: 'value', occupation: 'medical-doctors', year: 2020 },
      ],
    };
    const c = setColumnRole(m, 2, 'comment').columns[2];
    assert.deepEqual(c, { header: 'Doctors', role: 'comment' });
  });

  test('skipped rows among the previewed rows are listed once; later ones are left to the dry run', () => {
    assert.deepEqual(skippedAmongPreview(preview), [
      { row: 5, column: '2019', reason: 'value "abc" is not a number' },
    ]);
  });
});
