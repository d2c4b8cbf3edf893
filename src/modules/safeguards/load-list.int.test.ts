import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { loadSafeguardsList } from './load-list.ts';
import { officialMembers } from './repo.ts';

const SSL_2023 = fileURLToPath(new URL('../../../test/fixtures/indicators/ssl_2023.csv', import.meta.url));

describe('loading a Safeguards List edition', () => {
  let db: Database;
  before(async () => {
    db = await testDatabase();
  });
  after(async () => {
    await db.close();
  });

  const events = () =>
    db.query<{ actor_kind: string; object_id: string; before: unknown; after: unknown }>(
      "SELECT actor_kind, object_id, before, after FROM audit_event WHERE action = 'safeguards.load' ORDER BY id",
    );
  const parsed = (v: unknown) =>
    (typeof v === 'string' ? JSON.parse(v) : v) as { count: number; file?: string };

  test('the operator loads the members in one mutation, audited with the counts before and after', async () => {
    const n = await loadSafeguardsList(operatorContext(db), { edition: 2023, path: SSL_2023 });
    assert.ok(n > 0);
    assert.equal((await officialMembers(db, 2023)).length, n);
    const again = await loadSafeguardsList(operatorContext(db), { edition: 2023, path: SSL_2023 });
    assert.equal(again, n, 'loading again replaces, never adds');
    const [first, second] = await events();
    assert.equal(first?.actor_kind, 'operator');
    assert.equal(first?.object_id, '2023');
    assert.equal(parsed(first?.before).count, 0);
    assert.equal(parsed(first?.after).count, n);
    assert.equal(parsed(first?.after).file, 'ssl_2023.csv');
    assert.equal(parsed(second?.before).count, n);
  });

  test('refused without safeguards.load, on a read-only installation, and for a file naming no country', async () => {
    const count = (await events()).length;
    await assert.rejects(
      loadSafeguardsList(operatorContext(db, { actor: userActor('data_manager', 'GHA') }), {
        edition: 2023,
        path: SSL_2023,
      }),
      (e: { code?: string }) => e.code === 'forbidden',
    );
    await assert.rejects(
      loadSafeguardsList(operatorContext(db, { readOnly: true }), { edition: 2023, path: SSL_2023 }),
      (e: { code?: string }) => e.code === 'read_only',
    );
    const dir = mkdtempSync(join(tmpdir(), 'hwmo-ssl-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'iso3,who_name,who_region_2023,name_source\nAFR,Africa,AFR,WHO\n');
    await assert.rejects(
      loadSafeguardsList(operatorContext(db), { edition: 2023, path: bad }),
      (e: { code?: string }) => e.code === 'unknown_area',
    );
    assert.equal((await events()).length, count, 'nothing refused is recorded');
    assert.ok((await officialMembers(db, 2023)).length > 0, 'the members loaded before are kept');
  });
});
