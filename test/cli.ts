import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points the CLI at a fresh embedded database in a temporary folder (no demo data) and returns a runner for
 * `hwmo …` in this process. Call it before anything reads the configuration.
 */
export async function cliInTempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.HWMO_DATA_DIR = join(dir, 'data');
  process.env.HWMO_SEED_DEMO = 'false';
  delete process.env.DATABASE_URL;
  const { main } = await import('../src/cli/main.ts');

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
