import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from './csv-text.ts';

test("the web's CSV downloads quote formula-like text and keep negative numbers", () => {
  const csv = toCsv(['area', 'value', 'note'], [['=HYPERLINK("http://x.example")', -3.5, '@SUM(A1)']]);
  const [, row] = csv.replace('\uFEFF', '').split('\r\n');
  assert.equal(row, `"'=HYPERLINK(""http://x.example"")",-3.5,'@SUM(A1)`);
});

test('CSV columns are headed in the reader’s language', async () => {
  const { loadLang, setLang } = await import('../i18n/i18n.ts');
  const { columnLabel } = await import('./csv-text.ts');
  const heads = ['area', 'year', 'share_percent', 'Already a heading'];
  assert.deepEqual(heads.map(columnLabel), ['Country or area', 'Year', 'Share (%)', 'Already a heading']);
  for (const [l, expected] of [
    ['fr', ['Pays ou zone', 'Année', 'Part (%)']],
    ['ar', ['البلد أو المنطقة', 'السنة', 'الحصة (%)']],
    ['zh', ['国家或地区', '年份', '占比（%）']],
  ] as const) {
    await loadLang(l);
    setLang(l);
    assert.deepEqual(heads.slice(0, 3).map(columnLabel), expected, l);
  }
  setLang('en');
});
