import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Points the CLI at a fresh embedded database in a temporary folder (no demo data) and returns a runner for
 * `hwmo …` in this process. Call it before anything reads the configuration.
 */
export async function cliInTempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.HWMO_DATA_DIR = join(dir, 'data');
  process.env.HWMO_SEED_DEMO = 'false';
  delete process.env.DATABASE_URL;
  const { main } = await import('../src/main/cli.ts');

  /** Runs `hwmo …`, returning the exit code and what it printed. */
  async function hwmo(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const write = { out: process.stdout.write, err: process.stderr.write };
    // The CLI prints strings; anything else (the test runner's own reports) goes through untouched.
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string')
        return (write.out as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
      out += chunk;
      return true;
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string')
        return (write.err as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
      err += chunk;
      return true;
    }) as typeof process.stderr.write;
    try {
      const code = await main(['node', 'hwmo', ...args]);
      return { code, out, err };
    } finally {
      process.stdout.write = write.out;
      process.stderr.write = write.err;
    }
  }
  return { dir, hwmo };
}

export const HWMO_BIN = fileURLToPath(new URL('../bin/hwmo.js', import.meta.url));

/** Environment of a spawned `hwmo`: the embedded database in `dataDir`, no demo data, no PostgreSQL. */
export function hwmoEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HWMO_DATA_DIR: dataDir,
    HWMO_SEED_DEMO: 'false',
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `node bin/hwmo.js …` as a process of its own, as a user would. */
export function runHwmo(args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<Finished> {
  return finished(spawn(process.execPath, [...nodeArgs, HWMO_BIN, ...args], { env }));
}

export function finished(child: ChildProcess): Promise<Finished> {
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

/** `hwmo serve` on a free port; resolves once it listens, with its pid and URL as its lock file records them. */
export async function startHwmoServer(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; done: Promise<Finished> }> {
  const child = spawn(process.execPath, [HWMO_BIN, 'serve'], { env: hwmoEnv(dataDir, { PORT: '0' }) });
  const done = finished(child);
  const lock = join(dataDir, 'hwmo.lock');
  for (;;) {
    const state = await Promise.race([done.then((f) => f), new Promise((r) => setTimeout(r, 100, null))]);
    if (state) throw new Error(`hwmo serve exited ${JSON.stringify(state)}`);
    if (!existsSync(lock)) continue;
    try {
      const owner = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number; url: string | null };
      if (owner.pid === child.pid && owner.url) return { child, url: owner.url, done };
    } catch {}
  }
}
