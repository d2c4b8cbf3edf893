import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportRecord } from './importers/types.ts';
import { normaliseFlags, stageLine } from './repo-stage.ts';

const base: ImportRecord = {
  row: 7,
  source: 'WHO.GHO',
  measure: 'stock',
  area: 'United Kingdom',
  areaColumn: 'Location',
  year: 2020,
  occupation: 'medical-doctors',
  sex: '_T',
  age: '_T',
  partner: '_Z',
  partnerColumn: null,
  partnerBasis: '_Z',
  value: 203907,
  flags: [],
  comment: null,
  series: 'HWF_0002',
};

test('stageLine writes resolved codes, NULL for a missing comment and quotes what COPY needs quoted', () => {
  assert.equal(
    stageLine(1, base, 'GBR', '_Z'),
    '1,WHO.GHO,stock,GBR,2020,medical-doctors,_T,_T,_Z,_Z,203907,"",,HWF_0002,7',
  );
  const line = stageLine(
    2,
    { ...base, comment: 'Colegio de "Médicos", Guatemala\nline 2', flags: ['b', 'P'] },
    'GTM',
    '_Z',
  );
  assert.match(line, /,B P,"Colegio de ""Médicos"", Guatemala\nline 2",/);
  assert.match(stageLine(3, { ...base, comment: '' }, 'GBR', '_Z'), /,"","",HWF_0002,7$/);
});

test('normaliseFlags de-duplicates, upper-cases and sorts', () => {
  assert.equal(normaliseFlags(['p', 'B', 'P', ' ']), 'B P');
  assert.equal(normaliseFlags([]), '');
});
