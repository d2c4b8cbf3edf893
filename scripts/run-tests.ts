import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Node 20's test runner has no glob support, so test files are listed here.
function find(dir: string, suffix: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, suffix, out);
    else if (suffix.test(name)) out.push(path);
  }
  return out.sort();
}

const mode = process.argv[2] ?? 'all';
const unit = ['src', 'test', 'web/src'].flatMap((dir) => find(dir, /(?<!\.int|\.browser)\.test\.ts$/));
const browser = find('test/browser', /\.browser\.test\.ts$/);
const integration = find('src', /\.int\.test\.ts$/).concat(find('test', /\.int\.test\.ts$/));
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function run(label: string, files: string[], env: NodeJS.ProcessEnv): boolean {
  if (files.length === 0) {
    process.stdout.write(`${label}: no test files\n`);
    return false;
  }
  process.stdout.write(`\n== ${label}: ${files.length} file(s)\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
    stdio: 'inherit',
    env: { ...env, TZ: 'UTC' },
  });
  return r.status === 0;
}

const base = { ...process.env };
delete base.TEST_DATABASE_URL;
delete base.DATABASE_URL;
let ok = true;
if (mode === 'all' || mode === 'unit') ok = run('unit tests', unit, base) && ok;
if (mode === 'all' || mode === 'pglite') {
  const t = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/make-test-template.ts'], {
    stdio: 'inherit',
    env: base,
  });
  ok = t.status === 0 && run('integration tests on PGlite', integration, base) && ok;
}
if (mode === 'all' || mode === 'postgres') {
  ok = run('integration tests on PostgreSQL', integration, { ...base, TEST_DATABASE_URL: pgUrl }) && ok;
}
if (mode === 'all' || mode === 'browser') {
  // The pages are tested as served: built by Vite first, then driven in Debian's Chromium.
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit', env: base },
  );
  if (!existsSync('/usr/bin/chromium')) {
    process.stdout.write('browser tests: /usr/bin/chromium is missing (apt-get install chromium)\n');
    ok = false;
  } else {
    ok = build.status === 0 && run('browser tests in Chromium', browser, base) && ok;
  }
}
process.exit(ok ? 0 : 1);
