import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readAll } from '../../../../test/importers.ts';
import { findMeasure, findOccupation } from '../../reference/index.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
const NO_SHARED = existsSync(SHARED)
  ? false
  : 'the public data files (../shared/data) are not available here';

/** Skip reasons a public file may legitimately produce; anything else fails the test. */
const EXPLAINED = [/is not a measure hwmo stores/, /is a share/, /^no value/];

/** Values in a file counted independently of the importers: data rows, or non-empty value cells of wide files. */
function countValues(path: string): number {
  const rows: string[][] = parse(readFileSync(path), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const header = rows.findIndex((r) => r.includes('Country Code') || r.length > 3);
  const [head, ...data] = rows.slice(header);
  assert.ok(head, path);
  if (head[0] === 'Country Name' && head.includes('Indicator Code')) {
    const years = head.flatMap((h, i) => (/^\d{4}$/.test(h) ? [i] : []));
    return data.reduce((n, r) => n + years.filter((i) => (r[i] ?? '').trim() !== '').length, 0);
  }
  if (head[0] === 'Entity') {
    return data.reduce((n, r) => n + r.slice(3).filter((c) => c.trim() !== '').length, 0);
  }
  return data.length;
}

test('every public observation file reads to one event per data value', { skip: NO_SHARED }, async (t) => {
  const files = ['who_gho', 'oecd', 'uhc', 'population'].flatMap((dir) =>
    readdirSync(join(SHARED, dir))
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => join(SHARED, dir, f)),
  );
  assert.equal(files.length, 10);
  const unexplained: string[] = [];
  for (const path of files) {
    const name = path.slice(SHARED.length);
    const r = await readAll(path);
    const expected = countValues(path);
    assert.equal(r.events, expected, `${name}: ${r.events} events for ${expected} values`);
    const reasons = new Map<string, number>();
    for (const s of r.skips) {
      const key = `${s.column}: ${s.reason}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
      if (!EXPLAINED.some((re) => re.test(s.reason))) unexplained.push(`${name} row ${s.row}: ${key}`);
    }
    t.diagnostic(
      `${name} (${r.format}): ${r.events} events, ${r.records.length} records, ${r.skips.length} skipped`,
    );
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) t.diagnostic(`  ${n} × ${reason}`);
    for (const rec of r.records) {
      const measure = findMeasure(rec.measure);
      assert.ok(measure, `${name} row ${rec.row}: measure ${rec.measure}`);
      assert.ok(
        measure.byOccupation ? findOccupation(rec.occupation) : rec.occupation === '_Z',
        `${name} row ${rec.row}: occupation ${rec.occupation}`,
      );
      assert.ok(Number.isFinite(rec.value) && rec.year >= 1900 && rec.year <= 2100, `${name} row ${rec.row}`);
      assert.ok(rec.area !== '' && rec.partner !== '', `${name} row ${rec.row}: area and partner`);
    }
  }
  assert.deepEqual(unexplained, []);
});
