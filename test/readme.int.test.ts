import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BIN = join(ROOT, 'bin', 'hwmo.js');

interface ReadmeCommand {
  line: string;
  /** The comment beside it and on the lines continuing it. */
  comment: string;
}

/** The `npx hwmo …` commands of the README's shell blocks, in order, with the comments explaining them. */
export function readmeCommands(markdown: string): ReadmeCommand[] {
  const out: ReadmeCommand[] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of (block[1] as string).split('\n')) {
      const trimmed = raw.trim();
      if (trimmed.startsWith('#')) {
        const last = out.at(-1);
        if (last && raw.startsWith(' ')) last.comment += ` ${trimmed.slice(1).trim()}`;
        continue;
      }
      if (!trimmed.startsWith('npx hwmo')) continue;
      const hash = trimmed.search(/\s#\s/);
      out.push({
        line: (hash === -1 ? trimmed : trimmed.slice(0, hash)).trim(),
        comment: hash === -1 ? '' : trimmed.slice(hash).replace(/^\s#\s/, ''),
      });
    }
  }
  return out;
}

/** What a command's output must show where the README says what it does. */
const EXPECT: Array<{ starts: RegExp; check: (r: Run, dir: string) => void }> = [
  {
    starts: /^npx hwmo import data\/demo\//,
    check: (r) => assert.match(r.out, /imported as batch \d+/),
  },
  {
    starts: /^npx hwmo template/,
    check: (_r, dir) => assert.match(readFileSync(join(dir, 'my-data.csv'), 'utf8'), /^measure,area,year/m),
  },
  { starts: /^npx hwmo import my-data\.csv --dry-run/, check: (r) => assert.match(r.out, /would import/) },
  { starts: /^npx hwmo query --measure stock/, check: (r) => assert.match(r.out, /GBR.*203[ ,.]?907/) },
  { starts: /^npx hwmo batches/, check: (r) => assert.match(r.out, /cghss_medical_doctors/) },
  {
    starts: /^npx hwmo export/,
    check: (_r, dir) => {
      const csv = readFileSync(join(dir, 'ken.csv'), 'utf8');
      assert.match(csv, /^DATAFLOW,/);
      assert.match(csv, /,KEN,/);
    },
  },
  { starts: /^npx hwmo areas add/, check: (r) => assert.match(r.out + r.err, /3 unit\(s\) added/) },
  { starts: /^npx hwmo flows from-stocks/, check: (r) => assert.match(r.out, /Estimated flows/) },
  { starts: /^npx hwmo import data\/examples\//, check: (r) => assert.match(r.out, /imported as batch/) },
  { starts: /^npx hwmo flows estimate /, check: (r) => assert.match(r.out + r.err, /new 12/) },
  { starts: /^npx hwmo flows estimates/, check: (r) => assert.match(r.out, /ffs-demo.*2015-2020/) },
  { starts: /^npx hwmo indicator density --area GHA/, check: (r) => assert.match(r.out, /GHA/) },
  {
    starts: /^npx hwmo indicator foreign-trained-share/,
    check: (r) => assert.ok((JSON.parse(r.out) as { items: unknown[] }).items.length === 2),
  },
  { starts: /^npx hwmo ssl --edition 2023 $/, check: (r) => assert.match(r.out, /55 countries/) },
  { starts: /^npx hwmo ssl --edition 2023 --country ZWE/, check: (r) => assert.match(r.out, /Zimbabwe/) },
  { starts: /^npx hwmo query --measure stoc /, check: (r) => assert.match(r.err, /did you mean "stock"/) },
  {
    starts: /^npx hwmo --lang fr batches show 999/,
    check: (r) => assert.match(r.err, /^erreur : Aucun lot/m),
  },
  {
    starts: /^npx hwmo questionnaires list/,
    check: (r) => assert.match(r.out, /│ nri\s+│ 2027\s+│ national/),
  },
  { starts: /^npx hwmo rounds create 2027/, check: (r) => assert.match(r.out, /2027\/28 │ planned/) },
  {
    starts: /^npx hwmo rounds designate 2027 GHA/,
    check: (r) => assert.match(r.out, /GHA\s+│ Ministry of Health/),
  },
  { starts: /^npx hwmo rounds open 2027/, check: (r) => assert.match(r.out, /2027\/28 │ open/) },
  {
    starts: /^npx hwmo rounds dashboard 2027/,
    check: (r) => assert.match(r.out, /│ African Region\s+│\s+47 │\s+1 │/),
  },
  { starts: /^npx hwmo reports list --round 2027/, check: (r) => assert.match(r.out, /│ id │ round/) },
  {
    starts: /^npx hwmo recruitment status --destination GBR --origin KEN/,
    check: (r) => assert.match(r.out, /^On 2022-01-01 Kenya is amber for United Kingdom\./),
  },
  {
    starts: /^npx hwmo recruitment status --destination GBR --origin NGA/,
    check: (r) =>
      assert.match(
        r.out,
        /Nigeria is red for United Kingdom\. A health worker who applies on their own initiative may be employed/,
      ),
  },
  {
    starts: /^npx hwmo recruitment overview GBR --status red/,
    check: (r) => assert.match(r.out, /│ NGA\s+│ Nigeria\s+│ red/),
  },
  {
    starts: /^npx hwmo recruitment config show GBR/,
    check: (r) => assert.match(r.out, /United Kingdom \(GBR\): version 1/),
  },
  {
    starts: /^npx hwmo agreements list/,
    check: (r) => assert.match(r.out, /UK–Kenya memorandum of understanding/),
  },
  {
    starts: /^npx hwmo project GHA --horizon 10/,
    check: (r) => {
      assert.match(r.out, /Starting stock\s+│\s+5,285 │ stock counted in 2020/);
      assert.match(r.out, /Doctors, nurses and midwives against 44\.5 per 10 000/);
    },
  },
  {
    starts: /^npx hwmo project GHA --retention 0\.25 --training 1\.3 --xlsx ghana\.xlsx/,
    check: (_r, dir) => assert.ok(readFileSync(join(dir, 'ghana.xlsx')).subarray(0, 2).toString() === 'PK'),
  },
  {
    starts: /^npx hwmo project world --base 2020/,
    check: (r) => {
      assert.match(r.out, /Medical doctors\s+│\s+12,\d{3},\d{3} │ 19\d\/194/);
      assert.match(r.out, /Boniol et al\. 2022/);
      assert.match(r.out, /Pharmacists: no country has a stock/);
    },
  },
  {
    starts: /^npx hwmo wisn template wisn\.xlsx/,
    check: (r) => assert.match(r.out + r.err, /Template written to wisn\.xlsx/),
  },
  {
    starts: /^npx hwmo wisn compute wisn\.xlsx/,
    check: (r) =>
      assert.match(
        r.out,
        /│ Kintampo district hospital │ Nurses +│ +1,720 │ .*│ +10\.25 │ .*high workload pressure/,
      ),
  },
  {
    starts: /^npx hwmo wisn import wisn\.xlsx/,
    check: (r) =>
      assert.match(r.out, /WISN study 1 imported from wisn\.xlsx: Kintampo district hospital 2026/),
  },
  {
    starts: /^npx hwmo wisn list --area GHA/,
    check: (r) => assert.match(r.out, /│ +1 │ Kintampo district hospital 2026/),
  },
  {
    starts: /^npx hwmo wisn export 1 wisn-1-results\.csv/,
    check: (_r, dir) =>
      assert.match(readFileSync(join(dir, 'wisn-1-results.csv'), 'utf8'), /^KDH,NUR,215,1720,/m),
  },
  { starts: /^npx hwmo --help/, check: (r) => assert.match(r.out, /Usage: hwmo/) },
];

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const shell = command.replace(/^npx hwmo\b/, `"${process.execPath}" "${BIN}"`);
    const child = spawn('/bin/sh', ['-c', shell], { cwd, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('README.md, word for word, on a fresh data directory', {
  skip: Boolean(process.env.TEST_DATABASE_URL) && 'the README describes the embedded database',
}, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hwmo-readme-'));
    // The README's paths are relative to the clone's folder; its outputs land in the temporary one.
    symlinkSync(join(ROOT, 'data'), join(dir, 'data'));
    env = { ...process.env, HWMO_DATA_DIR: join(dir, '.hwmo-data'), HWMO_SEED_DEMO: 'true', NO_COLOR: '1' };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
  });
  after(() => {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  test('the README names the commands this test runs', () => {
    const commands = readmeCommands(README);
    assert.ok(commands.length >= 20, `${commands.length} commands`);
    assert.ok(!README.includes('../shared'), 'a fresh clone has no ../shared');
    for (const e of EXPECT) {
      assert.ok(
        commands.some((c) => e.starts.test(`${c.line} `)),
        `no README command matches ${e.starts}`,
      );
    }
  });

  test('a first start loads the demo data, then every command runs and does what the text says', {
    timeout: 300_000,
  }, async () => {
    const port = await freePort();
    server = spawn(process.execPath, [BIN, 'serve'], {
      cwd: dir,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 180 s:\n${log}`)), 180_000);
      const seen = (d: Buffer) => {
        log += d.toString();
        if (/listening on/.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      };
      server?.stdout?.on('data', seen);
      server?.stderr?.on('data', seen);
      server?.on('exit', (code) => reject(new Error(`serve exited ${code}:\n${log}`)));
    });
    assert.match(log, /demo data loaded/);
    server.removeAllListeners('exit');
    const stopped = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
    server = undefined;

    for (const c of readmeCommands(README)) {
      const expected = Number(/\(exit (\d)\)/.exec(c.comment)?.[1] ?? 0);
      const r = await run(c.line, dir, env);
      const shown = `${c.line}\n--- exit ${r.code}\n${r.out.slice(0, 2000)}\n${r.err.slice(0, 2000)}`;
      assert.equal(r.code, expected, shown);
      for (const e of EXPECT) {
        if (e.starts.test(`${c.line} `)) {
          try {
            e.check(r, dir);
          } catch (error) {
            assert.fail(`${shown}\n${String(error)}`);
          }
        }
      }
    }
  });
});
