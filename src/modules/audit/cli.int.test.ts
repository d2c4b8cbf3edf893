import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';

const { dir, hwmo } = await cliInTempDir('hwmo-audit-cli-');

describe('hwmo audit', () => {
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('a change made through the CLI is in the trail, recorded as the local operator; per object, per user, as CSV', async () => {
    const file = join(dir, 'units.csv');
    writeFileSync(file, 'code,name,parent\nGH-AA,"=HYPERLINK(""x"")",GHA\n');
    const added = await hwmo('areas', 'add', file);
    assert.equal(added.code, 0, added.err);

    const list = await hwmo('audit', '--object', 'area:GH-AA', '--format', 'json');
    assert.equal(list.code, 0, list.err);
    const page = JSON.parse(list.out) as {
      total: number;
      items: Array<{ actorKind: string; actorLabel: string; objectId: string; after: unknown }>;
    };
    assert.equal(page.total, 1);
    const [event] = page.items;
    assert.equal(event?.actorKind, 'operator');
    assert.match(event?.actorLabel ?? '', /^operator /);

    // The operator's other changes are the questionnaire versions stored when the database was made.
    const byUser = await hwmo('audit', '--user', event?.actorLabel ?? '', '--format', 'json');
    const mine = JSON.parse(byUser.out) as { items: Array<{ actorLabel: string; action: string }> };
    assert.deepEqual(mine.items.map((e) => e.action).sort(), [
      'area.add',
      'questionnaire.load',
      'questionnaire.load',
    ]);
    assert.ok(mine.items.every((e) => e.actorLabel === event?.actorLabel));
    const nobody = await hwmo('audit', '--user', 'nobody@example.org', '--format', 'json');
    assert.equal((JSON.parse(nobody.out) as { total: number }).total, 0);

    const table = await hwmo('audit');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /area:GH-AA/);

    const csv = await hwmo('audit', '--object', 'area:GH-AA', '--csv');
    assert.equal(csv.code, 0, csv.err);
    const lines = csv.out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /^id,at,actor_kind/);
    // The values after the change, as JSON in one cell.
    assert.ok(lines[1]?.includes(',"{""name"":""=HYPERLINK(\\""x\\"")"",'), lines[1]);
  });

  test('a malformed --object or date is refused with exit 2, naming the option', async () => {
    const bad = await hwmo('audit', '--object', 'area');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--object/);
    const date = await hwmo('audit', '--from', 'yesterday');
    assert.equal(date.code, 2);
    assert.match(date.err, /from/);
  });
});
