import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { type Database, openPglite, openPostgres } from './client.ts';
import { listMigrations, migrate } from './migrate.ts';

/** A database with no schema at all: PGlite in memory, or a new PostgreSQL schema dropped on close. */
async function emptyDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openPglite(undefined);
  const schema = `hwmo_migrate_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(url, { max: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  const db = openPostgres(url, { searchPath: schema, max: 2 });
  return {
    ...db,
    kind: db.kind,
    transaction: db.transaction,
    async close() {
      await db.close();
      await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

test('migrate applies each migration once; an up-to-date schema is left as it is', async () => {
  const db = await emptyDatabase();
  try {
    const all = listMigrations();
    const last = Math.max(...all.map((m) => m.version));
    const first = await migrate(db);
    assert.deepEqual(
      first.applied,
      all.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`),
    );
    assert.equal(first.current, last);
    const [before] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migration');
    const again = await migrate(db);
    assert.deepEqual(again, { applied: [], current: last });
    const [after] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migration');
    assert.equal(after?.n, before?.n);
  } finally {
    await db.close();
  }
});
