import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { render } from '../../../platform/i18n/messages.ts';
import type { ImportRecord } from '../importers/types.ts';
import { groupReasons, unstorable } from './records.ts';

const base: ImportRecord = {
  row: 7,
  source: 'WHO.GHO',
  measure: 'stock',
  area: 'GHA',
  areaColumn: 'Location',
  year: 2020,
  occupation: 'medical-doctors',
  sex: '_T',
  age: '_T',
  partner: '_Z',
  partnerColumn: null,
  partnerBasis: '_Z',
  value: 2500,
  flags: [],
  comment: null,
  series: '',
};

test('a finite value with plain text is storable', () => {
  assert.equal(unstorable(base, 'a.csv'), null);
});

test('a value no float holds is skipped with its reason', () => {
  const skipped = unstorable({ ...base, value: Number.POSITIVE_INFINITY }, 'a.csv');
  assert.deepEqual(
    { ...skipped, reason: render(skipped?.reason ?? '') },
    {
      row: 7,
      column: null,
      reason: 'the value is not a finite number',
    },
  );
  assert.equal(render(skipped?.reason ?? '', 'es'), 'el valor no es un número finito');
});

test('a NUL character refuses the file, naming the column the file wrote', () => {
  assert.throws(
    () => unstorable({ ...base, area: 'G\0HA' }, 'a.csv'),
    (e: unknown) => e instanceof AppError && e.code === 'invalid_file' && e.location?.column === 'Location',
  );
});

test('skipped rows are counted by reason, the commonest first', () => {
  const rows = [
    { row: 2, column: null, reason: 'total row' },
    { row: 3, column: null, reason: 'same observation as row 2' },
    { row: 4, column: null, reason: 'same observation as row 2' },
  ];
  assert.deepEqual(groupReasons(rows), [
    { reason: 'same observation as row 2', count: 2 },
    { reason: 'total row', count: 1 },
  ]);
});
