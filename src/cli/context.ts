import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { ensureSeeded } from '../services/demo/seed-demo.ts';

let config: Config | undefined;

export function getConfig(): Config {
  config ??= loadConfig();
  return config;
}

/** Opens the configured database, brings its schema up to date and makes sure reference data is there. */
export async function withDb<T>(fn: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const cfg = getConfig();
  const db = await openDatabase(cfg);
  try {
    await migrate(db);
    await ensureSeeded(db, { demo: false });
    return await fn(db, cfg);
  } finally {
    await db.close();
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
