import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';

describe('the CLI checks codes as the API does', () => {
  let hwmo: Awaited<ReturnType<typeof cliInTempDir>>['hwmo'];
  let dir: string;
  before(async () => {
    ({ hwmo, dir } = await cliInTempDir('hwmo-codes-'));
  });

  test('an empty database says how to fill it', async () => {
    const q = await hwmo('query', '--measure', 'stock');
    assert.equal(q.code, 0, q.err);
    assert.match(
      q.err,
      /no observations match; the database holds no observations yet: import a file with `hwmo import FILE`/,
    );
    const ssl = await hwmo('ssl', '--edition', '2023');
    assert.equal(ssl.code, 0, ssl.err);
    assert.match(ssl.out, /hwmo ssl --edition 2023 --load FILE/);
    assert.match(ssl.err, /hwmo import FILE/);
  });

  test('unknown codes exit with the code of their kind, with the code most likely meant', async () => {
    const file = join(dir, 'one.csv');
    writeFileSync(file, 'measure,area,year,occupation,value\nstock,GBR,2020,medical-doctors,203907\n');
    assert.equal((await hwmo('import', file)).code, 0);

    const measure = await hwmo('query', '--measure', 'stoc');
    assert.equal(measure.code, 2, measure.err);
    assert.match(measure.err, /did you mean "stock"\?/);

    for (const args of [
      ['query', '--area', 'XXX'],
      ['query', '--partner', 'XXX'],
      ['export', '--area', 'XXX'],
      ['indicator', 'density', '--area', 'XXX'],
      ['ssl', '--edition', '2023', '--country', 'XXX'],
    ]) {
      const r = await hwmo(...args);
      assert.equal(r.code, 3, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /unknown (partner )?(area|country)/i, args.join(' '));
      assert.equal(r.out, '', args.join(' '));
    }
    const near = await hwmo('query', '--area', 'GBRR');
    assert.match(near.err, /did you mean "GBR"/);
    const occupation = await hwmo('indicator', 'density', '--area', 'GBR', '--occupation', 'medical-doctor');
    assert.equal(occupation.code, 2, occupation.err);
    assert.match(occupation.err, /did you mean "medical-doctors"/);

    const slug = await hwmo('indicator', 'densty', '--area', 'GHA');
    assert.equal(slug.code, 2, slug.err);
    assert.match(slug.err, /did you mean "density"/);
    const formulas = join(dir, '=HYPERLINK(1).csv');
    writeFileSync(
      formulas,
      'measure,area,year,occupation,value,comment\nstock,KEN,2020,medical-doctors,12000,@SUM(1+1)\n',
    );
    assert.equal((await hwmo('import', formulas)).code, 0);
    const exported = await hwmo('export', '--area', 'KEN');
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.out, /,12000,persons,,'@SUM\(1\+1\),USER/);
    const listed = await hwmo('query', '--area', 'KEN', '--format', 'csv');
    assert.match(listed.out, /,'=HYPERLINK\(1\)\.csv,/);
    const found = await hwmo('query', '--area', 'FRA');
    assert.equal(found.code, 0);
    assert.match(found.err, /no observations match these filters/);
  });
});
