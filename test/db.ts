import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedReference } from '../src/modules/reference/seed-reference.ts';
import { type Database, openPglite, openPostgres } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';

export const TEMPLATE_PATH = fileURLToPath(new URL('../.cache/pglite-template.tar.gz', import.meta.url));

/** Which database the integration tests run on: PGlite unless TEST_DATABASE_URL names a PostgreSQL server. */
export const testDatabaseKind: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database holding the reference tables.
 * PGlite instances are cloned from a template made once per run; PostgreSQL gets a schema of its own, dropped on close.
 */
export async function testDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `hwmo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = openPostgres(url, { max: 1 });
    await admin.exec(`CREATE SCHEMA ${schema}`);
    await admin.close();
    const db = openPostgres(url, { searchPath: schema, max: 4 });
    await migrate(db);
    await db.transaction((tx) => seedReference(tx));
    return {
      ...db,
      kind: db.kind,
      transaction: db.transaction,
      async close() {
        await db.exec(`DROP SCHEMA ${schema} CASCADE`);
        await db.close();
      },
    };
  }
  if (existsSync(TEMPLATE_PATH)) {
    return openPglite(undefined, { loadDataDir: new Blob([readFileSync(TEMPLATE_PATH)]) });
  }
  const db = await openPglite(undefined);
  await migrate(db);
  await db.transaction((tx) => seedReference(tx));
  return db;
}
