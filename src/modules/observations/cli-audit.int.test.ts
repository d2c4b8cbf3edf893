import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cliInTempDir } from '../../../test/cli.ts';
import { operatorName } from '../../platform/context.ts';
import { openPglite } from '../../platform/db/client.ts';

describe('the CLI on the embedded database acts as the local operator', () => {
  let hwmo: Awaited<ReturnType<typeof cliInTempDir>>['hwmo'];
  let dir: string;
  before(async () => {
    ({ hwmo, dir } = await cliInTempDir('hwmo-audit-'));
  });

  async function audits() {
    const db = await openPglite(join(dir, 'data'));
    try {
      return await db.query<{
        actor_kind: string;
        actor_label: string;
        action: string;
        object_type: string;
        object_id: string;
      }>('SELECT actor_kind, actor_label, action, object_type, object_id FROM audit_event ORDER BY id');
    } finally {
      await db.close();
    }
  }

  test('an import and its rollback are each recorded once, as the operator', async () => {
    const file = join(dir, 'two.csv');
    writeFileSync(
      file,
      'measure,area,year,occupation,value\nstock,GHA,2020,medical-doctors,2500\nstock,KEN,2020,medical-doctors,9000\n',
    );
    const imported = await hwmo('import', file, '--json');
    assert.equal(imported.code, 0, imported.err);
    const { files } = JSON.parse(imported.out) as { files: Array<{ batchId: number }> };
    const id = String(files[0]?.batchId);
    const rolled = await hwmo('batches', 'rollback', id);
    assert.equal(rolled.code, 0, rolled.err);
    const dry = await hwmo('import', file, '--dry-run');
    assert.equal(dry.code, 0, dry.err);
    const recorded = (await audits()).filter(
      (a) => (a.object_type === 'batch' && a.object_id === id) || a.action.startsWith('batch.'),
    );
    assert.deepEqual(
      recorded.map((a) => [a.actor_kind, a.action, a.object_id]),
      [
        ['operator', 'batch.import', id],
        ['operator', 'batch.rollback', id],
      ],
    );
    assert.match(
      recorded[0]?.actor_label ?? '',
      new RegExp(operatorName().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
  });
});
