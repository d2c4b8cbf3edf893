import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from './csv-text.ts';

test("the web's CSV downloads quote formula-like text and keep negative numbers", () => {
  const csv = toCsv(['area', 'value', 'note'], [['=HYPERLINK("http://x.example")', -3.5, '@SUM(A1)']]);
  const [, row] = csv.replace('\uFEFF', '').split('\r\n');
  assert.equal(row, `"'=HYPERLINK(""http://x.example"")",-3.5,'@SUM(A1)`);
});
