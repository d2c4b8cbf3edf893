import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliInTempDir } from '../../../test/cli.ts';

const root = new URL('../../../', import.meta.url);
const GBR = fileURLToPath(new URL('data/recruitment/gbr.json', root));
const SSL = fileURLToPath(new URL('test/fixtures/indicators/ssl_2023.csv', root));
const { dir, hwmo } = await cliInTempDir('hwmo-recruitment-cli-');

describe('hwmo recruitment', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('loads the UK configuration as version 1 and shows it', async () => {
    assert.equal((await hwmo('ssl', '--edition', '2023', '--load', SSL)).code, 0);
    const loaded = await hwmo('recruitment', 'config', 'load', GBR, '--note', 'as shipped');
    assert.equal(loaded.code, 0, loaded.err);
    assert.match(loaded.out, /United Kingdom \(GBR\): version 1/);
    assert.match(loaded.out, /│ KEN\s+│ 2021-11-11 │\s+│ amber/);
    const shown = await hwmo('recruitment', 'config', 'show', 'gbr', '--json');
    assert.equal(shown.code, 0, shown.err);
    const out = JSON.parse(shown.out) as { configured: boolean; history: { note: string }[] };
    assert.equal(out.configured, true);
    assert.deepEqual(
      out.history.map((h) => h.note),
      ['as shipped'],
    );
  });

  test('answers a question with its reasons and timeline, in the language asked for', async () => {
    const args = ['--destination', 'GBR', '--origin', 'NGA', '--occupation', 'nursing-personnel'];
    const r = await hwmo('recruitment', 'status', ...args, '--date', '2024-06-01');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^On 2024-06-01 Nigeria is red for United Kingdom\./);
    assert.match(r.out, /Nigeria|NGA is on the 2023 edition of the list/);
    assert.match(r.out, /│ 2023-03-23 │ red/);
    const fr = await hwmo('--lang', 'fr', 'recruitment', 'status', ...args, '--date', '2024-06-01');
    assert.match(fr.out, /^Au 2024-06-01, Nigéria est rouge pour Royaume-Uni\./);
    const direct = await hwmo('recruitment', 'status', ...args, '--how', 'direct_application', '--json');
    assert.equal(direct.code, 0, direct.err);
    assert.equal((JSON.parse(direct.out) as { mayRecruit: string }).mayRecruit, 'yes');
  });

  test('lists the red origins of the destination', async () => {
    const r = await hwmo(
      'recruitment',
      'overview',
      'GBR',
      '--date',
      '2024-06-01',
      '--status',
      'red',
      '--json',
    );
    assert.equal(r.code, 0, r.err);
    const o = JSON.parse(r.out) as { origins: { code: string; status: string }[] };
    assert.ok(o.origins.length >= 50);
    assert.ok(o.origins.every((x) => x.status === 'red'));
    assert.ok(o.origins.some((x) => x.code === 'NGA'));
  });

  test('a bad option or a broken file is refused naming what is wrong, and nothing is saved', async () => {
    const bad = await hwmo(
      'recruitment',
      'status',
      '--destination',
      'GBR',
      '--origin',
      'NGA',
      '--occupation',
      'x y',
    );
    assert.equal(bad.code, 2, bad.out);
    assert.match(bad.err, /--occupation/);
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ destination: 'GBR', name: 'UK' }));
    const broken = await hwmo('recruitment', 'config', 'load', file);
    assert.notEqual(broken.code, 0);
    assert.match(broken.err, /broken\.json is not a destination configuration/);
    assert.match(broken.err, /listPolicy/);
    const shown = await hwmo('recruitment', 'config', 'show', 'GBR', '--json');
    assert.equal((JSON.parse(shown.out) as { history: unknown[] }).history.length, 1);
  });
});
