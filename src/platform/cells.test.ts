import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spreadsheetSafe } from './cells.ts';

test('text a spreadsheet would run as a formula is quoted', () => {
  for (const cell of [
    '=HYPERLINK("http://x.example","click")',
    "=cmd|' /C calc'!A0",
    '+1+2',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
  ]) {
    assert.equal(spreadsheetSafe(cell), `'${cell}`, cell);
  }
});

test('numbers, numeric text and ordinary text are left as they are', () => {
  for (const cell of [
    -12.5,
    0,
    3,
    '-12.5',
    '+3',
    '-1e-4',
    '.5',
    'medical-doctors',
    'a=b',
    '',
    null,
    undefined,
  ]) {
    assert.equal(spreadsheetSafe(cell), cell);
  }
});
