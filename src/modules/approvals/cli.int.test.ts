import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-approvals-cli-');

describe('hwmo approvals', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('lists a country and year with data as not submitted', async () => {
    const file = join(dir, 'gha.csv');
    writeFileSync(
      file,
      'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source\n' +
        'stock,GHA,2020,medical-doctors,_T,_T,,,1000,persons,,,USER\n' +
        'stock,KEN,2020,medical-doctors,_T,_T,,,2000,persons,,,USER\n',
    );
    const imported = await hwmo('import', file);
    assert.equal(imported.code, 0, imported.err);
    const r = await hwmo('approvals', 'list', 'GHA', '--json');
    assert.equal(r.code, 0, r.err);
    const { units } = JSON.parse(r.out) as {
      units: Array<{ year: number; state: string; observations: number }>;
    };
    assert.deepEqual(
      units.map((u) => [u.year, u.state, u.observations]),
      [[2020, 'not_submitted', 1]],
    );
  });

  test('the operator submits and approves; approving twice is refused naming the state', async () => {
    assert.equal((await hwmo('approvals', 'submit', 'GHA', '2020')).code, 0);
    const approved = await hwmo('approvals', 'approve', 'gha', '2020');
    assert.equal(approved.code, 0, approved.err);
    assert.match(approved.out, /│ GHA\s+│ 2020\s+│ all\s+│ approved /);
    const again = await hwmo('approvals', 'approve', 'GHA', '2020');
    assert.equal(again.code, 5);
    assert.match(again.err, /error: Ghana 2020 \(all datasets\) is approved: it cannot be approved/);
    assert.match(again.err, /hint: Ask a data approver to unapprove it first/);
  });

  test('unapproving without a comment is refused; with one it is done', async () => {
    const bare = await hwmo('approvals', 'unapprove', 'GHA', '2020');
    assert.equal(bare.code, 2);
    assert.match(bare.err, /A comment is required to unapprove/);
    const done = await hwmo('approvals', 'unapprove', 'GHA', '2020', '--comment', 'census revised');
    assert.equal(done.code, 0, done.err);
    const list = await hwmo('approvals', 'list', '--state', 'unapproved', '--json');
    const { units } = JSON.parse(list.out) as { units: Array<{ area: string; comment: string }> };
    assert.deepEqual(
      units.map((u) => [u.area, u.comment]),
      [['GHA', 'census revised']],
    );
  });

  test('a malformed country or year is refused', async () => {
    assert.equal((await hwmo('approvals', 'submit', 'GH', '2020')).code, 2);
    assert.equal((await hwmo('approvals', 'submit', 'GHA', 'last')).code, 2);
  });
});
