import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../errors.ts';
import { render, textByLang } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';

/** Who owns an embedded database directory: written to `hwmo.lock` inside it. */
export interface DataDirOwner {
  pid: number;
  hostname: string;
  /** Start time of the process as the kernel counts it (Linux), so that a reused pid is not taken for the owner. */
  processStart: string | null;
  startedAt: string;
  command: string;
  /** Set by a server once it listens. */
  port: number | null;
  url: string | null;
  token: string;
  /**
   * A secret of 256 bits that the CLI sends to the owning server (Authorization: Bearer) to act as the operator;
   * the lock file is readable by its owner only.
   */
  operatorToken: string | null;
}

export const LOCK_FILE = 'hwmo.lock';

export interface DataDirLock {
  readonly dir: string;
  readonly path: string;
  readonly owner: DataDirOwner;
  /** Records where the owning server listens, for other processes to send their work to. */
  recordServer(port: number, url: string): void;
  release(): void;
}

/** The data directory is owned by another live process. */
export class DataDirLockedError extends AppError {
  readonly holder: DataDirOwner;
  readonly dir: string;

  constructor(dir: string, holder: DataDirOwner) {
    const elsewhere = holder.hostname !== hostname();
    const said = { pid: holder.pid, command: holder.command, since: holder.startedAt };
    const host = holder.hostname;
    const hints = [
      holder.url
        ? t('lock.hint_server', { pid: holder.pid, url: holder.url })
        : / serve\b/.test(holder.command)
          ? t('lock.hint_starting', { pid: holder.pid })
          : t('lock.hint_wait', { pid: holder.pid }),
      t('lock.hint_postgres'),
      ...(elsewhere ? [t('lock.hint_delete', { path: join(dir, LOCK_FILE) })] : []),
    ];
    super('locked', t('lock.in_use', { dir }), {
      detail: holder.url
        ? elsewhere
          ? t('lock.holder_host_server', { ...said, host, url: holder.url })
          : t('lock.holder_server', { ...said, url: holder.url })
        : elsewhere
          ? t('lock.holder_host', { ...said, host })
          : t('lock.holder', said),
      hint: textByLang((lang) => hints.map((h) => render(h, lang)).join(render(t('lock.or'), lang))),
    });
    this.holder = holder;
    this.dir = dir;
  }
}

/** Directories this process holds, so that opening one twice in one process is refused too. */
const held = new Set<string>();

/** State and start time from Linux's /proc/PID/stat; null elsewhere. */
function procStat(pid: number): { state: string; start: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '' };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded owner still runs; an owner on another host is assumed to. */
export function ownerAlive(owner: DataDirOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  if (owner.pid === process.pid) return held.has(owner.token);
  if (!pidAlive(owner.pid)) return false;
  const stat = procStat(owner.pid);
  if (!stat) return true;
  // A killed process its parent has not yet reaped (a zombie) holds nothing.
  return stat.state !== 'Z' && stat.state !== 'X' && (owner.processStart ?? stat.start) === stat.start;
}

function parseOwner(text: string): DataDirOwner | null {
  try {
    const o = JSON.parse(text) as Partial<DataDirOwner>;
    return typeof o.pid === 'number' && typeof o.token === 'string' && typeof o.hostname === 'string'
      ? ({
          ...o,
          operatorToken: typeof o.operatorToken === 'string' ? o.operatorToken : null,
        } as DataDirOwner)
      : null;
  } catch {
    return null;
  }
}

/** The recorded owner, or null when there is none; an unreadable lock file counts as an owner-less one. */
export function readDataDirOwner(dir: string): { owner: DataDirOwner | null; exists: boolean } {
  try {
    return { owner: parseOwner(readFileSync(join(dir, LOCK_FILE), 'utf8')), exists: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { owner: null, exists: false };
    throw err;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes the record to a private file first, so that the lock file is never seen half-written. */
function writeTemp(path: string, owner: DataDirOwner): string {
  const tmp = `${path}.${process.pid}.${owner.token}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(owner, null, 2)}\n`, { mode: 0o600 });
  return tmp;
}

function tryCreate(path: string, owner: DataDirOwner): boolean {
  const tmp = writeTemp(path, owner);
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}

/** Removes a stale lock under a short-lived guard file, so that two processes cannot both take it over. */
function removeStale(path: string, stale: DataDirOwner | null): void {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // A guard left by a process killed in these few lines.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) unlinkSync(guard);
    } catch {}
    sleepSync(20);
    return;
  }
  try {
    const now = readDataDirOwner(resolve(path, '..'));
    if (now.exists && (now.owner?.token ?? null) === (stale?.token ?? null)) unlinkSync(path);
  } finally {
    closeSync(fd);
    unlinkSync(guard);
  }
}

function defaultCommand(): string {
  const [, script, ...args] = process.argv;
  const name = script && /hwmo(-dev)?(\.js)?$/.test(script) ? 'hwmo' : basename(script ?? 'node');
  return [name, ...args].join(' ').slice(0, 300);
}

/**
 * Takes the ownership of an embedded database directory, or throws DataDirLockedError naming the live owner.
 * A lock whose owner is dead (killed with -9, say) is taken over. The lock is released by `release()`, at exit,
 * and on SIGINT or SIGTERM when nothing else in the process handles them.
 */
export function acquireDataDirLock(dir: string, options: { command?: string } = {}): DataDirLock {
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true });
  const path = join(absolute, LOCK_FILE);
  let owner: DataDirOwner = {
    pid: process.pid,
    hostname: hostname(),
    processStart: procStat(process.pid)?.start ?? null,
    startedAt: new Date().toISOString(),
    command: options.command ?? defaultCommand(),
    port: null,
    url: null,
    token: randomBytes(8).toString('hex'),
    operatorToken: randomBytes(32).toString('base64url'),
  };
  const ours = () => readDataDirOwner(absolute).owner?.token === owner.token;
  const release = () => {
    process.removeListener('exit', release);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (!held.delete(owner.token)) return;
    try {
      if (ours()) unlinkSync(path);
    } catch {}
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // Another handler (the server's) shuts down in order and releases through close().
    if (process.listenerCount(signal) > 1) return;
    release();
    process.kill(process.pid, signal);
  };
  // Listening before the lock file exists, so that no signal can leave it behind.
  process.on('exit', release);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (let attempt = 0; ; attempt++) {
      if (tryCreate(path, owner)) break;
      const current = readDataDirOwner(absolute);
      if (!current.exists) continue;
      if (current.owner && ownerAlive(current.owner)) throw new DataDirLockedError(absolute, current.owner);
      if (attempt >= 20) {
        throw new AppError('locked', t('lock.takeover', { dir: absolute }), {
          hint: t('lock.takeover_hint', { path }),
        });
      }
      removeStale(path, current.owner);
    }
    held.add(owner.token);
  } catch (err) {
    release();
    throw err;
  }

  return {
    dir: absolute,
    path,
    get owner() {
      return owner;
    },
    recordServer(port, url) {
      if (!ours()) return;
      owner = { ...owner, port, url };
      renameSync(writeTemp(path, owner), path);
    },
    release,
  };
}
