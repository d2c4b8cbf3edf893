#!/usr/bin/env node
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/main/cli.js', root);

/** The compiled CLI is used only when it is newer than every source file, so that an edit is never run stale. */
function compiledIsFresh() {
  let built;
  try {
    built = statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  const src = new URL('src/', root);
  for (const name of readdirSync(src, { recursive: true })) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    if (statSync(new URL(name, src)).mtimeMs > built) return false;
  }
  return true;
}

// A reader that stops early (`hwmo … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

let main;
if (compiledIsFresh()) {
  ({ main } = await import(compiled.href));
} else {
  if (process.stderr.isTTY) {
    process.stderr.write(
      'hwmo: dist/ is older than src/, running from source (`npm run build` to start faster)\n',
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main/cli.ts'));
}
process.exitCode = await main(process.argv);
