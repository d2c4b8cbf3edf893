// Writes the import rules of the module boundaries into biome.json: run after adding a module under src/modules/.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const MODULES_DIR = 'src/modules';
const PUBLIC_FILES = ['index.ts', 'schemas.ts'];
const UP = ['../', '../../', '../../../', '../../../../'];

export function moduleNames(root = '.'): string[] {
  const dir = `${root}/${MODULES_DIR}`;
  return readdirSync(dir)
    .filter((n) => statSync(`${dir}/${n}`).isDirectory())
    .sort();
}

type Override = { includes: string[]; linter: { rules: { style: { noRestrictedImports: unknown } } } };
const restrict = (includes: string[], patterns: Array<{ group: string[]; message: string }>): Override => ({
  includes,
  linter: { rules: { style: { noRestrictedImports: { level: 'error', options: { patterns } } } } },
});

const IO = [
  'node:fs',
  'node:fs/*',
  'node:http',
  'node:net',
  'node:child_process',
  'postgres',
  '@electric-sql/*',
  'hono',
  'hono/*',
  'exceljs',
];

const DOMAIN_RULES = [
  {
    group: [
      '**/platform/db/**',
      '**/platform/http/**',
      '**/platform/cli/**',
      '../repo.ts',
      '../http.ts',
      '../cli.ts',
    ],
    message: 'A domain folder is pure: no database, HTTP or CLI code.',
  },
  { group: IO, message: 'A domain folder is pure: no I/O modules.' },
];
const MAIN = { group: ['**/main/**'], message: 'src/main wires the modules; a module does not import it.' };

/**
 * Biome applies the last override that sets a rule, so each file's override carries all its rules: the other
 * modules' internals (all files), src/main (all but tests) and I/O (domain folders).
 */
export function boundaryOverrides(modules: readonly string[]): Override[] {
  const out: Override[] = [
    restrict(
      ['src/platform/**'],
      [
        {
          group: ['**/modules/**', '**/main/**'],
          message: 'The platform imports no module: modules build on it.',
        },
      ],
    ),
  ];
  for (const m of modules) {
    const others = modules
      .filter((o) => o !== m)
      .flatMap((o) => UP.flatMap((up) => [`${up}${o}/**`, ...PUBLIC_FILES.map((f) => `!${up}${o}/${f}`)]));
    const cross = {
      group: others,
      message: 'A module reaches another only through its index.ts (or its schemas.ts, the contracts).',
    };
    out.push(
      restrict([`src/modules/${m}/**/*.test.ts`], [cross]),
      restrict([`src/modules/${m}/**`, `!src/modules/${m}/**/*.test.ts`], [cross, MAIN]),
      restrict([`src/modules/${m}/domain/**`], [cross, MAIN, ...DOMAIN_RULES]),
    );
  }
  return out;
}

/**
 * The web runs in the browser: from src/ it takes only the contracts (a module's schemas.ts, for its types), the pure
 * domain folders and the page texts, and src/platform/cells.ts (the pure spreadsheet-cell guard the CSV export shares).
 */
export function webOverride(): Override {
  const WEB_UP = [...UP, '../../../../../'];
  const allowed = [
    'modules/*/schemas.ts',
    'modules/*/domain/**',
    'platform/i18n/**',
    'platform/cells.ts',
    'platform/auth/actor.ts',
    'platform/http/problem.ts',
  ];
  return restrict(
    ['web/src/**'],
    [
      {
        group: WEB_UP.flatMap((up) => [`${up}src/**`, ...allowed.map((a) => `!${up}src/${a}`)]),
        message:
          "The web takes from src/ only a module's schemas.ts (types), its domain/ folder and src/platform/i18n.",
      },
    ],
  );
}

const BEGIN = 'src/platform/**';
if (import.meta.url === `file://${process.argv[1]}`) {
  const config = JSON.parse(readFileSync('biome.json', 'utf8')) as {
    overrides: Array<{ includes: string[] }>;
  };
  const kept = config.overrides.filter(
    (o) =>
      !o.includes.some(
        (i) => i === BEGIN || i.startsWith('src/modules/') || i === 'src/domain/**' || i === 'web/src/**',
      ),
  );
  config.overrides = [...kept, ...boundaryOverrides(moduleNames()), webOverride()];
  writeFileSync('biome.json', `${JSON.stringify(config, null, 2)}\n`);
  process.stdout.write(`biome.json: boundaries of ${moduleNames().join(', ')}\n`);
}
