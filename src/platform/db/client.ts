import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export type Row = Record<string, unknown>;

/** What services need from a connection: parameterised SQL and bulk CSV loading with COPY. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs SQL that may hold several statements and no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Loads CSV text (RFC 4180, no header, NULL as an unquoted empty field) into `table (columns)`. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** The ownership of the embedded database's directory, held until close(). */
  readonly dataDirLock?: DataDirLock;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
function copySql(table: string, columns: readonly string[], source: string): string {
  for (const name of [table, ...columns]) {
    if (!IDENT.test(name))
      throw new AppError('internal', t('db.unsafe_identifier', { name: JSON.stringify(name) }));
  }
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

type PGliteLike = Pick<PGlite | PGliteTransaction, 'query' | 'exec'>;

function pgliteQueryable(conn: PGliteLike): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await conn.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await conn.exec(sql);
    },
    async copyCsv(table, columns, csv) {
      await conn.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([csv]) });
    },
  };
}

/**
 * PGlite is one process's database: a data directory is opened only under its lock (data-dir-lock.ts), which
 * refuses a second owner.
 */
export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lock = dataDir ? acquireDataDirLock(dataDir) : undefined;
  // PGlite starts postgres with -F (fsync off) by default; a user's data must survive a crash.
  const startParams = PGlite.defaultStartParams.filter((p) => p !== '-F');
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      startParams: dataDir ? startParams : PGlite.defaultStartParams,
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
  const base = pgliteQueryable(pg);
  return {
    kind: 'pglite',
    ...base,
    ...(lock ? { dataDirLock: lock } : {}),
    async transaction(fn) {
      return pg.transaction(async (tx) => fn(pgliteQueryable(tx)));
    },
    async close() {
      try {
        await pg.close();
      } finally {
        lock?.release();
      }
    },
    // Exposed for test templates: a tarball of the data directory.
    dumpDataDir: () => pg.dumpDataDir('gzip'),
  } as Database & { dumpDataDir: () => Promise<Blob | File> };
}

const NUMBER_TYPES = {
  int8: {
    to: 20,
    from: [20],
    serialize: (x: unknown) => String(x),
    parse: (x: string) => Number(x),
  },
  numeric: {
    to: 1700,
    from: [1700],
    serialize: (x: unknown) => String(x),
    parse: (x: string) => Number(x),
  },
};

type Sql = postgres.Sql<Record<string, unknown>>;

function postgresQueryable(sql: Sql | postgres.TransactionSql<Record<string, unknown>>): Queryable {
  return {
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const rows = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as T[];
    },
    async exec(text: string) {
      await sql.unsafe(text).simple();
    },
    async copyCsv(table, columns, csv) {
      const writable = await sql.unsafe(copySql(table, columns, 'STDIN')).writable();
      await pipeline(Readable.from([csv]), writable);
    },
  };
}

export function openPostgres(url: string, options: { searchPath?: string; max?: number } = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    types: NUMBER_TYPES,
    ...(options.searchPath ? { connection: { search_path: options.searchPath } } : {}),
  }) as unknown as Sql;
  const base = postgresQueryable(sql);
  return {
    kind: 'postgres',
    ...base,
    async transaction(fn) {
      return (await sql.begin(async (tx) => fn(postgresQueryable(tx)))) as never;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

/** The one place where the driver is chosen. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  try {
    if (config.databaseUrl) {
      const db = openPostgres(config.databaseUrl);
      await db.query('SELECT 1');
      return db;
    }
    return await openPglite(config.dataDir);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const where = config.databaseUrl ? config.databaseUrl.replace(/:[^:@/]*@/, ':***@') : config.dataDir;
    throw new AppError('unavailable', t('db.cannot_open', { where }), {
      detail: t('cause', { text: cause instanceof Error ? cause.message : String(cause) }),
      hint: config.databaseUrl ? t('db.hint_postgres') : t('db.hint_data_dir'),
      cause,
    });
  }
}
