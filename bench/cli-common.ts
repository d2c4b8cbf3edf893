import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HWMO = fileURLToPath(new URL('../bin/hwmo.js', import.meta.url));

/** Compiles the CLI as `npm ci` and `npm start` do, so that what is measured is what users run. */
export function buildCli(): void {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('tsc -p tsconfig.build.json failed');
}

export interface Timed {
  medianMs: number;
  minMs: number;
  bytes: number;
}

/** Wall time from spawn to exit of `node ARGS`, `runs` times; the output is counted, not kept. */
export async function timeNode(args: string[], env: NodeJS.ProcessEnv, runs: number): Promise<Timed> {
  const times: number[] = [];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = 0;
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.length;
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    times.push(performance.now() - t0);
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}: ${err}`);
    bytes = out;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] as number, minMs: times[0] as number, bytes };
}
