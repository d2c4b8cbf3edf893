import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Batch, Source } from '../../lib/api.ts';
import { BATCH_COUNTS, fileParts, loadedSources, yearsOf } from './state.ts';

const source = (code: string, observations: number, years: Source['years']): Source => ({
  code,
  name: code,
  publisher: null,
  url: null,
  licence: null,
  observations,
  years,
});

test('only datasets holding values are listed, each with its years', () => {
  const list = [source('WHO.GHO', 10, { from: 2000, to: 2022 }), source('EMPTY', 0, null)];
  assert.deepEqual(
    loadedSources(list).map((s) => s.code),
    ['WHO.GHO'],
  );
  assert.equal(yearsOf(list[0] as Source), '2000–2022');
  assert.equal(yearsOf(list[1] as Source), '');
});

test('file names break after their separators and rejoin to the name', () => {
  assert.deepEqual(fileParts('who_gho-density.2020.csv'), ['who_', 'gho-', 'density.', '2020.', 'csv']);
  assert.deepEqual(fileParts('plain'), ['plain']);
  const name = 'a_b-c.d';
  assert.equal(fileParts(name).join(''), name);
});

test("a batch's counts: rows read, new, revised, unchanged and skipped, in that order", () => {
  const batch: Batch = {
    id: 1,
    file: 'f.csv',
    format: 'hwmo-csv',
    status: 'committed',
    createdAt: '2026-01-01',
    rowsRead: 5,
    stored: 2,
    revised: 1,
    unchanged: 1,
    skipped: 1,
  };
  assert.deepEqual(
    BATCH_COUNTS.map((c) => batch[c.key]),
    [5, 2, 1, 1, 1],
  );
  assert.deepEqual(
    BATCH_COUNTS.map((c) => c.label),
    ['data.read', 'data.new', 'data.revised', 'data.unchanged', 'data.skipped'],
  );
});
