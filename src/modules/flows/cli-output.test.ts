import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import { ffsDemo } from './domain/index.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-flows-output-');

const n = 60;
const areas = Array.from({ length: n }, (_, i) => `R${String(i).padStart(2, '0')}`);
const stocks = (k: number) =>
  areas.map((_, i) =>
    areas.map((_, j) => (i === j ? 50_000 + 97 * i * k : ((i * 31 + j * 17 + k) % 23) * 40)),
  );
const S1 = stocks(1);
const S2 = stocks(2);
const csv = (m: number[][]) =>
  `${[`,${areas.join(',')}`, ...m.map((row, i) => `${areas[i]},${row.join(',')}`)].join('\n')}\n`;

describe('hwmo flows from-stocks output', () => {
  const start = join(dir, 'start.csv');
  const end = join(dir, 'end.csv');
  writeFileSync(start, csv(S1));
  writeFileSync(end, csv(S2));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('JSON holds the flow table and its summary; the n³ flows by birthplace only with --include intermediates', async () => {
    const r = await hwmo('flows', 'from-stocks', '--start', start, '--end', end, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const body = JSON.parse(r.out) as Record<string, unknown> & { od: number[][] };
    assert.deepEqual(body.od, ffsDemo({ areas, stockStart: S1, stockEnd: S2 }).od);
    assert.equal('flowsByBirthplace' in body, false);
    assert.ok(body.summary && body.fits && body.warnings);
    // The flow table and per-area summaries grow with n², not n³.
    assert.ok(r.out.length < 40 * n * n, `${r.out.length} bytes for ${n} areas`);

    const full = await hwmo(
      'flows',
      'from-stocks',
      '--start',
      start,
      '--end',
      end,
      '--format',
      'json',
      '--include',
      'intermediates',
    );
    assert.equal(full.code, 0, full.err);
    const nested = (JSON.parse(full.out) as { flowsByBirthplace: number[][][] }).flowsByBirthplace;
    assert.equal(nested.length, n);
    assert.equal(nested[0]?.length, n);
    assert.equal(nested[0]?.[0]?.length, n);
  });

  test('an unknown part to include is refused, naming the flag', async () => {
    const r = await hwmo('flows', 'from-stocks', '--start', start, '--end', end, '--include', 'everything');
    assert.equal(r.code, 2);
    assert.match(r.err, /--include/);
  });
});
