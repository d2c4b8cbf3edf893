import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliInTempDir } from '../../../test/cli.ts';

const OWID = fileURLToPath(
  new URL('../../../data/demo/uhc/owid_universal-health-coverage-index.csv', import.meta.url),
);

describe('hwmo import: limits and unterminated last lines', () => {
  let hwmo: Awaited<ReturnType<typeof cliInTempDir>>['hwmo'];
  let dir: string;
  before(async () => {
    process.env.HWMO_MAX_COLUMNS = '10';
    ({ hwmo, dir } = await cliInTempDir('hwmo-import-limits-'));
  });

  test('a row wider than HWMO_MAX_COLUMNS is refused with exit code 3, naming the variable', async () => {
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, `${Array.from({ length: 12 }, (_, i) => `c${i}`).join(',')}\n`);
    const r = await hwmo('import', wide);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /12 fields, more than the 10 columns/);
    assert.match(r.err, /HWMO_MAX_COLUMNS/);
  });

  test('a cut last line warns and does not revise; --accept-unterminated lets a complete one revise', async () => {
    const whole = await hwmo('import', OWID, '--json');
    assert.equal(whole.code, 0, whole.err);
    const text = readFileSync(OWID, 'utf8');
    const cut = join(dir, 'owid-cut.csv');
    writeFileSync(cut, text.slice(0, text.indexOf('Barbados,BRB,2005,72') + 'Barbados,BRB,2005,7'.length));
    const r = await hwmo('import', cut);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: owid-cut\.csv, row \d+ is the last line and has no line terminator/);
    assert.match(r.out, /possibly truncated/);
    const q = await hwmo(
      'query',
      '--measure',
      'uhc-sci',
      '--area',
      'BRB',
      '--year',
      '2005',
      '--format',
      'json',
    );
    assert.match(q.out, /72\.15047/, q.out + q.err);
    const accepted = await hwmo('import', cut, '--accept-unterminated', '--json');
    assert.equal(accepted.code, 0, accepted.err);
    assert.equal(JSON.parse(accepted.out).files[0].revised, 1);
  });
});
