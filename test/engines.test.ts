import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

type Version = [number, number, number];

const parse = (s: string): { v: Version; parts: number } => {
  const bits = s
    .replace(/^v/, '')
    .split('.')
    .filter((b) => b !== '' && b !== '*' && b.toLowerCase() !== 'x');
  const n = bits.map(Number);
  return { v: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], parts: bits.length };
};
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether a version satisfies one comparator of an npm semver range (>=, >, <=, <, =, ^, ~, x-ranges). */
function satisfiesComparator(version: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*v?([\d.xX*]*)$/.exec(comparator.trim());
  if (!m) throw new Error(`cannot read the range ${JSON.stringify(comparator)}`);
  const op = m[1] ?? '';
  const { v, parts } = parse(m[2] ?? '');
  if (parts === 0) return true;
  const next: Version =
    parts === 1 ? [v[0] + 1, 0, 0] : parts === 2 ? [v[0], v[1] + 1, 0] : [v[0], v[1], v[2] + 1];
  switch (op) {
    case '>=':
      return cmp(version, v) >= 0;
    case '>':
      return parts === 3 ? cmp(version, v) > 0 : cmp(version, next) >= 0;
    case '<=':
      return parts === 3 ? cmp(version, v) <= 0 : cmp(version, next) < 0;
    case '<':
      return cmp(version, v) < 0;
    case '^': {
      const upper: Version = v[0] > 0 ? [v[0] + 1, 0, 0] : v[1] > 0 ? [0, v[1] + 1, 0] : next;
      return cmp(version, v) >= 0 && cmp(version, upper) < 0;
    }
    case '~': {
      const upper: Version = parts === 1 ? [v[0] + 1, 0, 0] : [v[0], v[1] + 1, 0];
      return cmp(version, v) >= 0 && cmp(version, upper) < 0;
    }
    default:
      return cmp(version, v) >= 0 && cmp(version, next) < 0;
  }
}

export function satisfies(version: string, range: string): boolean {
  const v = parse(version).v;
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((c) => satisfiesComparator(v, c)),
  );
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

test('the range reader agrees with npm on the forms the dependencies use', () => {
  assert.ok(satisfies('20.19.0', '^20.19.0 || >=22.12.0'));
  assert.ok(!satisfies('20.11.0', '^20.19.0 || >=22.12.0'));
  assert.ok(!satisfies('21.0.0', '^20.19.0 || >=22.12.0'));
  assert.ok(satisfies('20.19.0', '10.* || >= 12.*'));
  assert.ok(!satisfies('20.19.0', '>=22'));
  assert.ok(satisfies('20.19.0', '>= 18.0.0 < 21'));
  assert.ok(satisfies('20.19.0', '*'));
});

test("package.json's engines.node lower bound satisfies every installed package's engines.node", () => {
  const lower = /^>=\s*v?(\d+(\.\d+){0,2})$/.exec(pkg.engines.node.trim());
  assert.ok(lower, `engines.node ${pkg.engines.node} is a lower bound (>=X.Y)`);
  const minimum = lower[1] as string;
  const refused: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!path || !range) continue;
    if (!satisfies(minimum, range)) refused.push(`${path}@${entry.version}: node ${range}`);
  }
  assert.deepEqual(refused, [], `packages refusing Node ${minimum}`);
  assert.ok(satisfies(process.version, pkg.engines.node), `this machine's ${process.version}`);
});
