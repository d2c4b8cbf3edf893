import { readdirSync, readFileSync } from 'node:fs';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import type { Database } from './client.ts';

// Read from src/ also by the compiled dist/db/migrate.js (the compiler copies no .sql files).
const MIGRATIONS_DIR = new URL('../../../src/platform/db/migrations/', import.meta.url);
const LOCK_KEY = 7_340_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
    }));
}

/** Applies pending migrations in order, each in its own transaction; safe when several processes start at once. */
export async function migrate(db: Database): Promise<{ applied: string[]; current: number }> {
  const migrations = listMigrations();
  // Every command starts here: an up-to-date schema costs one query rather than a transaction per migration.
  const [table] = await db.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migration') IS NOT NULL AS exists",
  );
  if (table?.exists) {
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migration');
    const done = new Set(rows.map((r) => Number(r.version)));
    if (migrations.every((m) => done.has(m.version))) return { applied: [], current: Math.max(0, ...done) };
  }
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [m.version]);
      if (seen.length > 0) return false;
      try {
        await tx.exec(m.sql);
      } catch (cause) {
        throw new AppError('internal', t('db.migration_failed', { version: m.version, name: m.name }), {
          detail: t('cause', { text: cause instanceof Error ? cause.message : String(cause) }),
          cause,
        });
      }
      await tx.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(`${String(m.version).padStart(4, '0')}_${m.name}`);
  }
  const rows = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migration');
  return { applied, current: rows[0]?.v ?? 0 };
}
