import { resolve } from 'node:path';
import { type Config, loadConfig, systemLang } from '../config.ts';
import { type Ctx, operatorContext } from '../context.ts';
import type { Database } from '../db/client.ts';
import type { DataDirOwner } from '../db/data-dir-lock.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../i18n/langs.ts';
import { render } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';
import type { ServerClient } from './server-client.ts';

// Heavy modules (the database drivers, importers, services) are imported when a command runs, never at start-up.

let config: Config | undefined;
let serverUrl: string | undefined;
let langOption: Lang | undefined;

/**
 * Takes the global `--lang` option of the command about to run (undefined: none given), refusing a language that
 * is not one of the six.
 */
export function setLangOption(value: string | undefined): void {
  langOption = undefined;
  if (value === undefined) return;
  const lang = value.trim().toLowerCase();
  if (!isLang(lang)) {
    throw new AppError(
      'invalid_input',
      t('cli.lang', { value: JSON.stringify(value), langs: LANGS.join(', ') }),
      {
        location: { field: '--lang' },
      },
    );
  }
  langOption = lang;
}

/** The language of the CLI's messages: --lang, else HWMO_LANG, else LC_ALL / LC_MESSAGES / LANG, else English. */
export function cliLang(): Lang {
  if (langOption) return langOption;
  let configured: Lang | undefined;
  try {
    configured = getConfig().lang;
  } catch {
    // An invalid configuration is reported in the system's language.
  }
  return configured ?? systemLang() ?? DEFAULT_LANG;
}

/** The `--lang` value of a command line, looked for before it is parsed (so that a parse error is in it too). */
export function langInArgv(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export function getConfig(): Config {
  config ??= loadConfig();
  return config;
}

/** Takes the global `--server URL` option of the command about to run. */
export function setServerOption(url: string | undefined): void {
  serverUrl = url;
  if (serverUrl !== undefined && !/^https?:\/\/[^/]+/.test(serverUrl)) {
    throw new AppError('invalid_input', t('cli.server_url', { url: JSON.stringify(serverUrl) }), {
      location: { field: '--server' },
    });
  }
}

/** For commands no server route can do. */
export function refuseServerOption(): void {
  if (serverUrl === undefined) return;
  throw needsDatabase();
}

export function needsDatabase(): AppError {
  return new AppError('invalid_input', t('cli.needs_db'), {
    location: { field: '--server' },
    hint: t('cli.needs_db_hint'),
  });
}

type Prepare = (db: Database) => Promise<void>;
let preparer: () => Promise<Prepare> = async () => async () => {};

/** What every command's database needs after its migrations (reference data): set by src/main, which knows it. */
export function setDatabasePreparer(load: () => Promise<Prepare>): void {
  preparer = load;
}

async function openReady(cfg: Config): Promise<Database> {
  const { openDatabase } = await import('../db/client.ts');
  // The modules load while the embedded database starts.
  const modules = Promise.all([import('../db/migrate.ts'), preparer()]);
  modules.catch(() => {});
  const db = await openDatabase(cfg);
  try {
    const [{ migrate }, prepare] = await modules;
    await migrate(db);
    await prepare(db);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/**
 * Opens the configured database, brings its schema up to date and makes sure reference data is there. For commands
 * that no server route can do: refused with `--server`, and (by the data-directory lock) while another process
 * owns the embedded database.
 */
export async function withDb<T>(fn: (db: Database, config: Config) => Promise<T>): Promise<T> {
  if (serverUrl !== undefined) throw needsDatabase();
  const cfg = getConfig();
  const db = await openReady(cfg);
  try {
    return await fn(db, cfg);
  } finally {
    await db.close();
  }
}

export interface DataAccess<T> {
  local: (db: Database, config: Config) => Promise<T>;
  server: (server: ServerClient) => Promise<T>;
}

/**
 * Runs a command on the database, or on the hwmo server that has it: the one `--server` names, or the running server
 * that owns the embedded database's directory (said on stderr). `what` names the work in that message ("this import").
 */
export async function withData<T>(what: string, access: DataAccess<T>): Promise<T> {
  const { serverClient, serverAnswers } = await import('./server-client.ts');
  const lang = cliLang();
  if (serverUrl !== undefined)
    return access.server(serverClient(serverUrl, { token: getConfig().token, lang }));
  const cfg = getConfig();
  const { DataDirLockedError, ownerAlive, readDataDirOwner } = await import('../db/data-dir-lock.ts');
  const delegate = async (dir: string, holder: DataDirOwner | null): Promise<{ result: T } | null> => {
    if (!holder?.url || !ownerAlive(holder) || !(await serverAnswers(holder.url))) return null;
    const said = t('cli.delegating', { url: holder.url, pid: holder.pid, dir, what });
    process.stderr.write(`${render(said, lang)}\n`);
    const { operatorName } = await import('../context.ts');
    const credentials = { token: holder.operatorToken, operator: operatorName(), lang };
    return { result: await access.server(serverClient(holder.url, credentials)) };
  };
  // Looked at first, so that nothing of the local database is loaded when a server has it.
  if (!cfg.databaseUrl) {
    const sent = await delegate(resolve(cfg.dataDir), readDataDirOwner(cfg.dataDir).owner);
    if (sent) return sent.result;
  }
  let db: Database;
  try {
    db = await openReady(cfg);
  } catch (err) {
    const sent = err instanceof DataDirLockedError ? await delegate(err.dir, err.holder) : null;
    if (sent) return sent.result;
    throw err;
  }
  try {
    return await access.local(db, cfg);
  } finally {
    await db.close();
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The context of a command run on the database here: the local operator, read-only when the installation is. */
export function cliContext(db: Database, config: Config): Ctx {
  return operatorContext(db, { readOnly: config.publicReadonly, lang: cliLang() });
}
