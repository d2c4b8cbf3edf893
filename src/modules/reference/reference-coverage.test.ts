import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.ts';
import { type Area, AreaResolver } from './domain/areas.ts';
import { loadReferenceAreas, parseReferenceAreas } from './load-reference.ts';

const SHARED = new URL('../../../../shared/data/', import.meta.url);
const DEMO = new URL('../../../data/demo/', import.meta.url);
const REFERENCE = new URL('../../../data/reference/', import.meta.url);
const NO_SHARED = existsSync(SHARED)
  ? false
  : 'the public data files (../shared/data) are not available here';

const { areas, aliases } = loadReferenceAreas();
const resolver = new AreaResolver(areas, aliases);

type Row = Record<string, string>;

function readCsv(path: string, fromLine = 1): Row[] {
  return parse(readFileSync(path), {
    columns: true,
    bom: true,
    relax_column_count: true,
    from_line: fromLine,
  });
}

function csvFiles(dir: URL, subdirs?: readonly string[]): string[] {
  const root = fileURLToPath(dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.csv') && (!subdirs || subdirs.some((d) => f.startsWith(`${d}/`))))
    .sort()
    .map((f) => join(root, f));
}

interface Cell {
  file: string;
  row: number;
  column: string;
  value: string;
  /** What else the row says about the area: the kinds it may have, a name that must resolve to the same area. */
  kinds?: readonly Area['kind'][];
  sameAs?: string;
}

const GROUPINGS: readonly Area['kind'][] = ['aggregate', 'income-group', 'who-region'];

/** The area cells an importer passes to the resolver, per file format (detected from the header). */
function areaCells(path: string): Cell[] {
  const file = path.slice(path.lastIndexOf('/data/') + 1);
  const head = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .slice(0, 400);
  const cells: Cell[] = [];
  const push = (row: number, column: string, value: string, extra: Partial<Cell> = {}) =>
    cells.push({ file, row, column, value, ...extra });
  if (head.startsWith('"Data Source"')) {
    // World Bank WDI bulk CSV: four lines before the header.
    readCsv(path, 5).forEach((r, i) => {
      push(i + 6, 'Country Code', r['Country Code'] ?? '');
    });
  } else if (head.startsWith('IndicatorCode,')) {
    readCsv(path).forEach((r, i) => {
      const code = r.SpatialDimValueCode ?? '';
      const name = r.Location ?? '';
      push(i + 2, code ? 'SpatialDimValueCode' : 'Location', code || name, {
        kinds: ['country'],
        sameAs: name,
      });
      push(i + 2, 'ParentLocationCode', r.ParentLocationCode ?? '', {
        kinds: ['who-region'],
        sameAs: r.ParentLocation ?? '',
      });
    });
  } else if (head.startsWith('"GHO","PUBLISHSTATE"')) {
    readCsv(path).forEach((r, i) => {
      if (r.COUNTRY) push(i + 2, 'COUNTRY', r.COUNTRY, { kinds: ['country'] });
      else if (r.REGION) push(i + 2, 'REGION', r.REGION, { kinds: ['who-region', 'aggregate'] });
      else push(i + 2, 'WORLDBANKINCOMEGROUP', r.WORLDBANKINCOMEGROUP ?? '', { kinds: ['income-group'] });
    });
  } else if (/^"?COU"?,/.test(head)) {
    readCsv(path).forEach((r, i) => {
      push(i + 2, 'COU', r.COU || (r.Country ?? ''), { kinds: ['country'], sameAs: r.Country ?? '' });
      push(i + 2, 'CO2', r.CO2 || (r['Country of origin'] ?? ''), {
        kinds: ['country', 'total', 'unspecified'],
        sameAs: r['Country of origin'] ?? '',
      });
    });
  } else if (head.startsWith('Entity,Code,')) {
    readCsv(path).forEach((r, i) => {
      const code = r.Code ?? '';
      if (code) push(i + 2, 'Code', code, { sameAs: r.Entity ?? '' });
      else push(i + 2, 'Entity', r.Entity ?? '', { kinds: GROUPINGS });
    });
  } else if (head.startsWith('Country Name,Country Code,')) {
    readCsv(path).forEach((r, i) => {
      push(i + 2, 'Country Code', r['Country Code'] ?? '');
    });
  } else if (head.startsWith('iso3,who_name,')) {
    readCsv(path).forEach((r, i) => {
      push(i + 2, 'iso3', r.iso3 ?? '', { kinds: ['country'], sameAs: r.who_name ?? '' });
    });
  } else {
    assert.fail(`${file}: unknown file format, header ${JSON.stringify(head.split('\n')[0])}`);
  }
  return cells;
}

/** One line per file, column, value and problem, naming the first row where it occurs. */
function problems(cells: readonly Cell[]): string[] {
  const out = new Map<string, number>();
  const report = (c: Cell, problem: string) => {
    const key = `${c.file} ${c.column}=${JSON.stringify(c.value)}: ${problem}`;
    if (!out.has(key)) out.set(key, c.row);
  };
  for (const c of cells) {
    const area = resolver.resolve(c.value);
    if (!area || c.value.trim() === '') {
      report(c, 'unknown');
      continue;
    }
    if (c.kinds && !c.kinds.includes(area.kind)) report(c, `${area.code} is a ${area.kind}`);
    if (c.sameAs) {
      const other = resolver.resolve(c.sameAs);
      if (other?.code !== area.code) report(c, `${JSON.stringify(c.sameAs)} is ${other?.code ?? 'unknown'}`);
    }
  }
  return [...out].map(([problem, row]) => `${problem} (first at row ${row})`);
}

test('every area cell of the public observation files resolves', { skip: NO_SHARED }, () => {
  const files = csvFiles(SHARED, ['who_gho', 'oecd', 'uhc', 'population']);
  assert.ok(files.length >= 10, `${files.length} files`);
  const cells = files.flatMap(areaCells);
  assert.ok(cells.length > 50_000, `${cells.length} cells`);
  assert.deepEqual(problems(cells), []);
});

test('every area cell of the bundled demo files resolves', () => {
  const files = csvFiles(DEMO);
  assert.ok(files.length >= 10);
  assert.deepEqual(problems(files.flatMap(areaCells)), []);
});

test('OECD pseudo-origins are totals and residuals, World Bank aggregates are never countries', {
  skip: NO_SHARED,
}, () => {
  const oecd = csvFiles(SHARED, ['oecd']).flatMap((f) => readCsv(f));
  const origins = new Set(oecd.map((r) => r.CO2 ?? ''));
  assert.ok(origins.has('TOT') && origins.has('NS'));
  assert.equal(resolver.resolve('TOT')?.kind, 'total');
  assert.equal(resolver.resolve('NS')?.kind, 'unspecified');

  const iso = new Set(
    readCsv(fileURLToPath(new URL('codes/lukes_iso3166_all.csv', SHARED))).map((r) => r['alpha-3']),
  );
  // Economies the World Bank lists that ISO 3166-1 does not.
  const economies = new Set([...iso, 'XKX', 'CHI']);
  const wb = [
    ...readCsv(fileURLToPath(new URL('uhc/wb_API_SH.UHC.SRVS.CV.XD_DS2_en_csv_v2_15880.csv', SHARED)), 5),
    ...readCsv(fileURLToPath(new URL('population/datasets_population_wb_SP.POP.TOTL.csv', SHARED))),
  ];
  const wrong = new Set<string>();
  let aggregates = 0;
  for (const r of wb) {
    const code = r['Country Code'] ?? '';
    const kind = resolver.resolve(code)?.kind;
    if (economies.has(code)) {
      if (kind !== 'country') wrong.add(`${code} is a ${kind}`);
    } else {
      aggregates++;
      if (kind !== 'aggregate' && kind !== 'income-group') wrong.add(`${code} is a ${kind}`);
    }
  }
  assert.deepEqual([...wrong], []);
  assert.ok(aggregates > 1000);
  for (const code of ['HIC', 'UMC', 'LMC', 'LIC'])
    assert.equal(resolver.resolve(code)?.kind, 'income-group', code);
  for (const code of ['AFE', 'ARB', 'EAS', 'EUU', 'WLD', 'LMY', 'MIC', 'OED', 'INX']) {
    assert.equal(resolver.resolve(code)?.kind, 'aggregate', code);
  }
});

test('the shipped reference files are what scripts/build-reference.ts makes of the public files', {
  skip: NO_SHARED,
}, () => {
  const out = mkdtempSync(join(tmpdir(), 'hwmo-reference-'));
  try {
    const script = fileURLToPath(new URL('../../../scripts/build-reference.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, fileURLToPath(SHARED), out], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['areas.csv', 'area-aliases.csv']) {
      assert.equal(readFileSync(join(out, f), 'utf8'), readFileSync(new URL(f, REFERENCE), 'utf8'), f);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the shipped reference files are sorted and consistent', () => {
  const codes = areas.map((a) => a.code);
  assert.deepEqual(codes, [...codes].sort());
  const names = aliases.map((a) => a.alias);
  assert.deepEqual(names, [...names].sort());
  for (const a of areas) {
    if (a.kind === 'subnational') assert.ok(a.parent, a.code);
    else assert.equal(a.parent, null, a.code);
  }
});

test('a bad reference row is refused with its file, row and column', () => {
  const header =
    'code,kind,name,iso2,m49,parent,who_region,who_member,wb_income,wb_region,un_region,un_subregion';
  const good = 'AFG,country,Afghanistan,AF,004,,,true,,,Asia,Southern Asia';
  const refused = (areasCsv: string, aliasesCsv = 'alias,code\n') => {
    try {
      parseReferenceAreas({ areas: areasCsv, aliases: aliasesCsv });
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'invalid_file');
      return e.location;
    }
    return assert.fail('accepted');
  };
  assert.equal(
    parseReferenceAreas({ areas: `${header}\n${good}\n`, aliases: 'alias,code\nAfghan,AFG\n' }).areas.length,
    1,
  );
  assert.deepEqual(refused(`${header}\n${good}\nXYZ,planet,X,,,,,false,,,,\n`), {
    file: 'areas.csv',
    row: 3,
    column: 'kind',
  });
  assert.deepEqual(refused(`${header}\nAFG,country,Afghanistan,AF,4,,,true,,,,\n`), {
    file: 'areas.csv',
    row: 2,
    column: 'm49',
  });
  assert.deepEqual(refused(`${header}\nAFG,country,Afghanistan,AF,004,,,yes,,,,\n`), {
    file: 'areas.csv',
    row: 2,
    column: 'who_member',
  });
  assert.deepEqual(refused(`${header}\nKE-30,subnational,Nairobi,,,,,false,,,,\n`), {
    file: 'areas.csv',
    row: 2,
    column: 'parent',
  });
  assert.deepEqual(refused(`${header}\nAFG,country,Afghanistan,AF,004,,XYZ,true,,,,\n`), {
    file: 'areas.csv',
    row: 2,
    column: 'who_region',
  });
  assert.deepEqual(refused(`${header}\n${good}\n`, 'alias,code\nAfghan,AFG\nAtlantis,XXX\n'), {
    file: 'area-aliases.csv',
    row: 3,
    column: 'code',
  });
});
