import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliInTempDir } from '../../../test/cli.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-indicators-cli-');
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/indicators/${name}`, import.meta.url));

describe('hwmo indicator and hwmo ssl', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('imports the slices and loads the published 2023 list', async () => {
    for (const f of ['who_doctors.csv', 'who_nursing_midwifery.csv', 'wb_population.csv', 'owid_uhc.csv']) {
      const r = await hwmo('import', fixture(f), '--skip-unknown-areas');
      assert.equal(r.code, 0, r.err);
    }
    const load = await hwmo('ssl', '--edition', '2023', '--load', fixture('ssl_2023.csv'));
    assert.equal(load.code, 0, load.err);
    assert.match(load.err, /loaded 55 countries/);
  });

  test('hwmo indicator density --format json gives the value with its inputs', async () => {
    const r = await hwmo(
      'indicator',
      'density',
      '--area',
      'GHA',
      '--occupation',
      'medical-doctors',
      '--format',
      'json',
    );
    assert.equal(r.code, 0, r.err);
    const body = JSON.parse(r.out) as {
      items: { value: number; year: number; inputs: { file: string; row: number }[] }[];
    };
    const [gha] = body.items;
    assert.equal(gha?.year, 2020);
    assert.ok(Math.abs((gha?.value ?? 0) - 1.6574) < 1e-4);
    assert.ok(gha?.inputs.some((i) => i.file === 'who_doctors.csv' && i.row > 1));
  });

  test('hwmo ssl --edition 2023 lists 55; --recompute explains each difference', async () => {
    const official = await hwmo('ssl', '--edition', '2023', '--format', 'json');
    assert.equal((JSON.parse(official.out) as { count: number }).count, 55);
    const r = await hwmo('ssl', '--edition', '2023', '--recompute');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /WSM Samoa: WHO lists it.*55\.02 \(2019, OWID\)/);
    assert.match(r.out, /Global median density/);
    const one = await hwmo('ssl', '--edition', '2023', '--country', 'ZWE');
    assert.match(one.out, /Zimbabwe \(ZWE\), SSL 2023: off/);
  });

  test('bad input exits with the code of its kind, naming the option', async () => {
    const unknown = await hwmo('indicator', 'density', '--area', 'XXX');
    assert.equal(unknown.code, 3);
    assert.match(unknown.err, /Unknown area "XXX"/);
    const bad = await hwmo('indicator', 'density', '--year', 'soon');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--year/);
    const edition = await hwmo('ssl', '--edition', '2010');
    assert.equal(edition.code, 4);
    const format = await hwmo('ssl', '--edition', '2023', '--format', 'xml');
    assert.equal(format.code, 2);
    assert.match(format.err, /--format: /);
  });
});
