import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliInTempDir } from '../../../test/cli.ts';

const GBR_FILE = fileURLToPath(new URL('../../../data/recruitment/gbr-agreements.csv', import.meta.url));

describe('hwmo agreements import, list, export', () => {
  let run: Awaited<ReturnType<typeof cliInTempDir>>;
  before(async () => {
    delete process.env.HWMO_PUBLIC_READONLY;
    run = await cliInTempDir('hwmo-agreements-');
  });

  test('imports the shipped UK agreements, published, and a second import changes nothing', async () => {
    const first = await run.hwmo('agreements', 'import', GBR_FILE, '--publish');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^gbr-agreements\.csv: 2 created, 0 updated, 0 unchanged\n/);
    const again = await run.hwmo('agreements', 'import', GBR_FILE, '--publish');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /^gbr-agreements\.csv: 0 created, 0 updated, 2 unchanged\n/);
    const listed = await run.hwmo('agreements', 'list', '--area', 'NPL', '--json');
    assert.equal(listed.code, 0, listed.err);
    assert.deepEqual(
      (
        JSON.parse(listed.out) as { agreements: Array<{ title: string; status: string; published: boolean }> }
      ).agreements.map((a) => [a.title, a.status, a.published]),
      [['UK–Nepal memorandum of understanding (recruitment pilot)', 'in_force', true]],
    );
    const table = await run.hwmo('agreements', 'list');
    assert.match(table.out, /UK–Kenya memorandum of understanding/);
  });

  test('exports the CSV the import reads', async () => {
    const exported = await run.hwmo('agreements', 'export', '--area', 'KEN');
    assert.equal(exported.code, 0, exported.err);
    const lines = exported.out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[1] ?? '',
      /^gbr-agreements#1,UK–Kenya memorandum of understanding,bilateral_mou,government,GBR:destination;KEN:origin,,,,in_force,/,
    );
    const file = join(run.dir, 'exported.csv');
    writeFileSync(file, exported.out);
    const back = await run.hwmo('agreements', 'import', file);
    assert.equal(back.code, 0, back.err);
    assert.match(back.out, /^exported\.csv: 0 created, 0 updated, 1 unchanged\n/);
  });

  test('a bad file is refused in the reader’s language naming file, row and column, and nothing is stored', async () => {
    const file = join(run.dir, 'mauvais.csv');
    writeFileSync(
      file,
      '\uFEFFexternal_ref;title;type;parties;in_force_on\r\nx-1;Accord;bilateral_mou;"GBR:destination;KEN:origin";2021-13-01\r\n',
    );
    const r = await run.hwmo('--lang', 'fr', 'agreements', 'import', file);
    assert.notEqual(r.code, 0);
    assert.match(
      r.err,
      /mauvais\.csv n’a pas été importé : ligne 2, colonne in_force_on : « 2021-13-01 » n’est pas une date/,
    );
    const listed = await run.hwmo('agreements', 'list', '--json');
    assert.equal((JSON.parse(listed.out) as { agreements: unknown[] }).agreements.length, 2);
  });
});
