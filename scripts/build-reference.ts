/**
 * Builds data/reference/areas.csv and area-aliases.csv from the code lists and data files kept in ../shared/data.
 * Usage: node --import tsx scripts/build-reference.ts [shared-data-dir [output-dir]]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  type Area,
  type AreaAlias,
  AreaResolver,
  normaliseAreaName,
} from '../src/modules/reference/domain/areas.ts';

const SHARED = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../../shared/data/', import.meta.url);
const OUT = process.argv[3]
  ? pathToFileURL(`${resolve(process.argv[3])}/`)
  : new URL('../data/reference/', import.meta.url);

type Row = Record<string, string>;

function readCsv(file: string, options: { fromLine?: number; delimiter?: string } = {}): Row[] {
  return parse(readFileSync(new URL(file, SHARED)), {
    columns: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    ...(options.fromLine ? { from_line: options.fromLine } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  }) as Row[];
}

function fail(message: string): never {
  throw new Error(`build-reference: ${message}`);
}

function cell(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return String(value).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

const WHO_REGIONS = [
  { code: 'AFR', name: 'African Region', aliases: ['Africa', 'Africa (WHO)', 'AFRO', 'WHO African Region'] },
  {
    code: 'AMR',
    name: 'Region of the Americas',
    aliases: ['Americas', 'Americas (WHO)', 'AMRO', 'PAHO', 'WHO Region of the Americas', 'Americas Region'],
  },
  {
    code: 'SEAR',
    name: 'South-East Asia Region',
    aliases: ['South-East Asia', 'South-East Asia (WHO)', 'SEARO', 'WHO South-East Asia Region'],
  },
  {
    code: 'EUR',
    name: 'European Region',
    aliases: ['Europe', 'Europe (WHO)', 'EURO', 'WHO European Region'],
  },
  {
    code: 'EMR',
    name: 'Eastern Mediterranean Region',
    aliases: [
      'Eastern Mediterranean',
      'Eastern Mediterranean (WHO)',
      'EMRO',
      'WHO Eastern Mediterranean Region',
    ],
  },
  {
    code: 'WPR',
    name: 'Western Pacific Region',
    aliases: ['Western Pacific', 'Western Pacific (WHO)', 'WPRO', 'WHO Western Pacific Region'],
  },
] as const;
const WHO_REGION_BY_NAME = new Map<string, string>(WHO_REGIONS.map((r) => [r.name, r.code]));

const INCOME_GROUPS = ['HIC', 'UMC', 'LMC', 'LIC'];

/** Pseudo-areas, their names and the codes and labels files use for them. */
const PSEUDO_AREAS: Array<{ code: string; kind: Area['kind']; name: string; aliases: string[] }> = [
  // OECD `TOT` and the SDMX counterpart `W` mean every partner; World Bank `WLD` is an area of its own.
  {
    code: '_T',
    kind: 'total',
    name: 'Total',
    aliases: ['TOT', 'W', 'All origins', 'All countries of origin'],
  },
  {
    code: '_U',
    kind: 'unspecified',
    name: 'Unspecified',
    aliases: [
      'NS',
      'Others (not elsewhere classified)',
      'Not elsewhere classified',
      'Unknown',
      'Not specified',
    ],
  },
  { code: '_Z', kind: 'none', name: 'Not applicable', aliases: [] },
];

/** Names and codes the files use that no code list gives. */
const MANUAL_ALIASES: Record<string, string[]> = {
  HIC: ['High-income countries', 'WB_HI', 'High income economies'],
  UMC: ['Upper-middle-income countries', 'WB_UMI', 'UMIC', 'Upper middle income economies'],
  LMC: ['Lower-middle-income countries', 'WB_LMI', 'LMIC', 'Lower middle income economies'],
  LIC: ['Low-income countries', 'WB_LI', 'Low income economies'],
  WLD: ['GLOBAL', 'Global', 'WB_WORLD_INCOME', 'OWID_WRL'],
  OED: ['OECD', 'OECD countries'],
  EUU: ['EU27_2020', 'EU27'],
  M49_009: ['Oceania (9) (UN)'],
  KOR: ['Korea', 'Korea, Rep.', 'Republic of Korea', 'South Korea'],
  PRK: ['North Korea', "Korea, Dem. People's Rep.", "Democratic People's Republic of Korea", 'Korea, DPR'],
  CZE: ['Czech Republic', 'Czechia'],
  SVK: ['Slovak Republic', 'Slovakia'],
  TLS: ['East Timor', 'Timor-Leste'],
  TUR: ['Türkiye', 'Turkey', 'Turkiye'],
  CIV: ["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  COD: ['Democratic Republic of Congo', 'Congo, Dem. Rep.', 'DR Congo', 'Democratic Republic of the Congo'],
  COG: ['Congo', 'Congo, Rep.', 'Republic of the Congo'],
  FSM: ['Micronesia (Federated States of)', 'Micronesia (country)', 'Micronesia, Fed. Sts.', 'Micronesia'],
  LAO: ["Lao People's Democratic Republic", 'Laos', 'Lao PDR'],
  BOL: ['Bolivia (Plurinational State of)', 'Bolivia'],
  IRN: ['Iran (Islamic Republic of)', 'Iran', 'Iran, Islamic Rep.'],
  VEN: ['Venezuela (Bolivarian Republic of)', 'Venezuela', 'Venezuela, RB'],
  GBR: ['United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', 'UK'],
  USA: ['United States of America', 'United States'],
  VNM: ['Viet Nam', 'Vietnam'],
  RUS: ['Russian Federation', 'Russia'],
  NLD: ['Netherlands (Kingdom of the)', 'Netherlands', 'Kingdom of the Netherlands'],
  MKD: [
    'North Macedonia',
    'The former Yugoslav Republic of Macedonia',
    'Macedonia',
    'TFYR Macedonia',
    'Macedonia, FYR',
    'Republic of North Macedonia',
  ],
  SWZ: ['Eswatini', 'Swaziland'],
  HKG: ['Hong Kong, China', 'China, Hong Kong SAR', 'Hong Kong SAR, China', 'Hong Kong'],
  MAC: ['Macao, China', 'China, Macao SAR', 'Macao SAR, China', 'Macao', 'Macau'],
  TWN: ['Chinese Taipei', 'Taiwan', 'Taiwan, China'],
  PSE: [
    'Palestine',
    'State of Palestine',
    'Occupied Palestinian territory',
    'occupied Palestinian territory, including east Jerusalem',
    'West Bank and Gaza',
  ],
  MDA: ['Moldova', 'Republic of Moldova'],
  TZA: ['Tanzania', 'United Republic of Tanzania'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  BRN: ['Brunei', 'Brunei Darussalam'],
  MMR: ['Burma', 'Myanmar'],
  VAT: ['Vatican', 'Holy See'],
  KGZ: ['Kyrgyzstan', 'Kyrgyz Republic'],
  XKX: ['Kosovo'],
  CHI: ['Channel Islands'],
  GRC: ['EL'],
};

/** Names too vague to resolve: the World Bank's "Not classified" (by income) is kept to its code INX. */
const NOT_ALIASES = new Set(['Not classified']);
const NAMES: Record<string, string> = { INX: 'Not classified by income' };

/** Economies in World Bank CLASS that ISO 3166-1 lacks. */
const WB_ONLY: Record<string, Partial<Area>> = {
  XKX: { iso2: 'XK' },
  // UN M49 830 is the Channel Islands.
  CHI: { iso2: 'JG', m49: '830', unRegion: 'Europe', unSubregion: 'Northern Europe' },
};

function whoCode(cellValue: string): string | undefined {
  return cellValue
    .split('|')
    .map((s) => s.trim())
    .find((s) => /^[A-Z]{3}$/.test(s));
}

async function readClass(): Promise<{
  economies: Array<{ code: string; name: string; region: string; income: string }>;
  groups: Map<string, string>;
}> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fileURLToPath(new URL('worldbank/cghss_CLASS_2023-01.xlsx', SHARED)));
  const list = wb.getWorksheet('List of economies') ?? fail('CLASS.xlsx has no sheet "List of economies"');
  const groupsSheet = wb.getWorksheet('Groups') ?? fail('CLASS.xlsx has no sheet "Groups"');
  const column = (sheet: ExcelJS.Worksheet, name: string) => {
    const i = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(cell).indexOf(name);
    if (i <= 0) fail(`CLASS.xlsx "${sheet.name}" has no column ${name}`);
    return (row: ExcelJS.Row) => cell(row.getCell(i).value);
  };
  const economy = column(list, 'Economy');
  const economyCode = column(list, 'Code');
  const region = column(list, 'Region');
  const income = column(list, 'Income group');
  const groupCode = column(groupsSheet, 'GroupCode');
  const groupName = column(groupsSheet, 'GroupName');
  const economies: Array<{ code: string; name: string; region: string; income: string }> = [];
  const groups = new Map<string, string>();
  list.eachRow((row, n) => {
    const code = economyCode(row);
    if (n === 1 || !code) return;
    // Aggregates are listed below the economies, without a region.
    if (region(row)) economies.push({ code, name: economy(row), region: region(row), income: income(row) });
    else groups.set(code, economy(row));
  });
  groupsSheet.eachRow((row, n) => {
    const code = groupCode(row);
    if (n > 1 && code && !groups.has(code)) groups.set(code, groupName(row));
  });
  return { economies, groups };
}

/** (name, code) pairs as the observation files write them, to learn their names for each area. */
function namesInDataFiles(): Array<{ name: string; code: string; file: string }> {
  const out: Array<{ name: string; code: string; file: string }> = [];
  const add = (file: string, rows: Row[], nameCol: string, codeCol: string) => {
    for (const r of rows) {
      const name = r[nameCol]?.trim() ?? '';
      const code = r[codeCol]?.trim() ?? '';
      if (name && code) out.push({ name, code, file });
    }
  };
  for (const f of [
    'who_gho/cghss_medical_doctors_HWF_0001-0005.csv',
    'who_gho/cghss_nursing_midwifery_HWF_0006-0009.csv',
    'who_gho/cghss_dentists_HWF_0010-0013.csv',
  ]) {
    const rows = readCsv(f);
    add(f, rows, 'Location', 'SpatialDimValueCode');
    add(f, rows, 'ParentLocation', 'ParentLocationCode');
  }
  for (const f of [
    'oecd/microm84_HEALTH_WFMI_USA_FTDS_2016_by_origin.csv',
    'oecd/protor23_HEALTH_WFMI_FTDS_2018_by_origin.csv',
    'oecd/sasindu_HEALTH_WFMI_total_doctors_nurses_2010_2022.csv',
  ]) {
    const rows = readCsv(f);
    add(f, rows, 'Country', 'COU');
    add(f, rows, 'Country of origin', 'CO2');
  }
  const wdi = 'uhc/wb_API_SH.UHC.SRVS.CV.XD_DS2_en_csv_v2_15880.csv';
  add(wdi, readCsv(wdi, { fromLine: 5 }), 'Country Name', 'Country Code');
  const pop = 'population/datasets_population_wb_SP.POP.TOTL.csv';
  add(pop, readCsv(pop), 'Country Name', 'Country Code');
  const owid = 'uhc/owid_universal-health-coverage-index.csv';
  add(owid, readCsv(owid), 'Entity', 'Code');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Build

function emptyArea(code: string, kind: Area['kind'], name: string): Area {
  return {
    code,
    kind,
    name,
    iso2: null,
    m49: null,
    parent: null,
    whoRegion: null,
    whoMember: false,
    wbIncome: null,
    wbRegion: null,
    unRegion: null,
    unSubregion: null,
  };
}

const unterm = (s: string | undefined) =>
  (s ?? '')
    .replace(/\*+/g, '')
    .replace(/\s*\(the\)\s*$/, '')
    .trim();

async function build(): Promise<{ areas: Area[]; aliases: AreaAlias[] }> {
  const iso = readCsv('codes/lukes_iso3166_all.csv');
  const codes = new Map(
    readCsv('codes/datasets_country-codes.csv').map((r) => [r['ISO3166-1-Alpha-3'] ?? '', r]),
  );
  const who = readCsv('codes/cghss_who_member_states.tsv', { delimiter: '\t' });
  const derived = readCsv('derived/countries_iso_who_region_wb_income_fy2023.csv');
  const { economies, groups } = await readClass();
  const fileNames = namesInDataFiles();

  const areas = new Map<string, Area>();
  const candidates: AreaAlias[] = [];
  const alias = (code: string, ...names: Array<string | undefined>) => {
    for (const n of names) if (n?.trim()) candidates.push({ alias: n.trim(), code });
  };

  // Countries and territories: ISO 3166-1 with UN M49 regions.
  for (const r of iso) {
    const code = r['alpha-3'] ?? fail('lukes row without alpha-3');
    const cc = codes.get(code);
    const name = unterm(cc?.['UNTERM English Short']) || (r.name ?? code);
    areas.set(code, {
      ...emptyArea(code, 'country', name),
      iso2: r['alpha-2'] || null,
      m49: r['country-code'] || null,
      unRegion: r.region || null,
      unSubregion: r['sub-region'] || null,
    });
    alias(
      code,
      r.name,
      unterm(cc?.['UNTERM English Formal']).replace(/^the /, ''),
      cc?.official_name_en,
      cc?.['CLDR display name'],
    );
  }

  // UN M49 regions, sub-regions and intermediate regions.
  for (const r of iso) {
    const levels = [
      { code: r['region-code'], name: r.region, unRegion: null, unSubregion: null },
      { code: r['sub-region-code'], name: r['sub-region'], unRegion: r.region, unSubregion: null },
      {
        code: r['intermediate-region-code'],
        name: r['intermediate-region'],
        unRegion: r.region,
        unSubregion: r['sub-region'],
      },
    ];
    for (const l of levels) {
      if (!l.code || !l.name) continue;
      const code = `M49_${l.code}`;
      if (areas.has(code)) continue;
      areas.set(code, {
        ...emptyArea(code, 'aggregate', `${l.name} (UN)`),
        m49: l.code,
        unRegion: l.unRegion || null,
        unSubregion: l.unSubregion || null,
      });
    }
  }

  // WHO regions and membership.
  for (const r of WHO_REGIONS) {
    areas.set(r.code, emptyArea(r.code, 'who-region', r.name));
    alias(r.code, ...r.aliases);
  }
  for (const r of who) {
    const code = whoCode(r.iso_3166 ?? '');
    if (r.who_member_state !== 'TRUE') continue;
    const area = (code && areas.get(code)) || fail(`WHO member ${r.iso_3166} is not in ISO 3166-1`);
    area.whoMember = true;
    area.whoRegion =
      WHO_REGION_BY_NAME.get(r.who_region?.trim() ?? '') ?? fail(`unknown WHO region ${r.who_region}`);
  }
  // WHO places a few non-members in a region in its own data (GHO ParentLocationCode).
  for (const file of [
    'who_gho/cghss_medical_doctors_HWF_0001-0005.csv',
    'who_gho/cghss_nursing_midwifery_HWF_0006-0009.csv',
    'who_gho/cghss_dentists_HWF_0010-0013.csv',
  ]) {
    for (const r of readCsv(file)) {
      const area =
        areas.get(r.SpatialDimValueCode ?? '') ?? fail(`${file}: unknown ${r.SpatialDimValueCode}`);
      const region = r.ParentLocationCode ?? '';
      if (area.whoRegion === null) area.whoRegion = region;
      else if (area.whoRegion !== region)
        fail(`${file}: ${area.code} is in ${region}, the member list says ${area.whoRegion}`);
    }
  }

  // World Bank economies, income groups, regions and other aggregates (CLASS, FY2023).
  const groupByName = new Map([...groups].map(([code, name]) => [name, code]));
  for (const code of INCOME_GROUPS) {
    areas.set(code, emptyArea(code, 'income-group', groups.get(code) ?? fail(`CLASS has no group ${code}`)));
  }
  for (const [code, name] of groups) {
    if (!areas.has(code)) areas.set(code, emptyArea(code, 'aggregate', name));
  }
  for (const e of economies) {
    let area = areas.get(e.code);
    if (!area) {
      const extra =
        WB_ONLY[e.code] ?? fail(`CLASS economy ${e.code} ${e.name} is neither in ISO 3166-1 nor known`);
      area = { ...emptyArea(e.code, 'country', e.name), ...extra };
      areas.set(e.code, area);
    }
    area.wbRegion = groupByName.get(e.region) ?? fail(`CLASS region ${e.region} is not a group`);
    if (e.income) {
      const income = groupByName.get(e.income);
      if (!income || !INCOME_GROUPS.includes(income)) fail(`CLASS income group ${e.income} unknown`);
      area.wbIncome = income;
    }
    alias(e.code, e.name);
  }
  const world = areas.get('WLD') ?? fail('CLASS has no WLD');
  world.m49 = '001';

  // World Bank aggregates that CLASS does not list (they appear in WDI files).
  for (const f of fileNames) {
    if (!/^(uhc\/wb_|population\/)/.test(f.file) || areas.has(f.code)) continue;
    areas.set(f.code, emptyArea(f.code, 'aggregate', NAMES[f.code] ?? f.name));
  }

  for (const p of PSEUDO_AREAS) {
    areas.set(p.code, emptyArea(p.code, p.kind, p.name));
    alias(p.code, ...p.aliases);
  }
  for (const [code, names] of Object.entries(MANUAL_ALIASES)) {
    if (!areas.has(code)) fail(`manual alias for unknown area ${code}`);
    alias(code, ...names);
  }

  // Names the data files use, attached to the area their code resolves to.
  const draft = new AreaResolver([...areas.values()], candidates);
  for (const f of fileNames) {
    const area = draft.resolve(f.code) ?? fail(`${f.file}: code ${f.code} (${f.name}) resolves to no area`);
    if (!NOT_ALIASES.has(f.name)) alias(area.code, f.name);
  }

  checkAgainstDerived(areas, derived);
  const aliases = dedupeAliases([...areas.values()], candidates);
  return { areas: [...areas.values()].sort((a, b) => cmp(a.code, b.code)), aliases };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Keeps each spelling once, drops an area's own name and codes, and refuses a name that would mean two areas. */
function dedupeAliases(areas: Area[], candidates: AreaAlias[]): AreaAlias[] {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const owner = new Map<string, string>();
  const clash: string[] = [];
  const take = (key: string, code: string, what: string) => {
    const prev = owner.get(key);
    if (prev !== undefined && prev !== code) clash.push(`${what} (key "${key}") names ${prev} and ${code}`);
    if (prev === undefined) owner.set(key, code);
    return prev === undefined;
  };
  for (const a of areas) {
    take(`code:${a.code.toUpperCase()}`, a.code, a.code);
    if (a.iso2) take(`code:${a.iso2}`, a.code, a.iso2);
    take(`name:${normaliseAreaName(a.name)}`, a.code, a.name);
  }
  const sorted = [...candidates].sort((x, y) => cmp(x.code, y.code) || cmp(x.alias, y.alias));
  const kept = new Map<string, AreaAlias>();
  for (const c of sorted) {
    const area = byCode.get(c.code) ?? fail(`alias ${c.alias} for unknown area ${c.code}`);
    if (/^[A-Z][A-Z0-9_]*$/.test(c.alias)) take(`code:${c.alias}`, c.code, c.alias);
    take(`name:${normaliseAreaName(c.alias)}`, c.code, c.alias);
    if (c.alias === area.name || c.alias === area.code || c.alias === area.iso2) continue;
    const other = kept.get(c.alias);
    if (other && other.code !== c.code) clash.push(`${c.alias} names ${other.code} and ${c.code}`);
    kept.set(c.alias, c);
  }
  if (clash.length > 0) fail(`ambiguous names:\n  ${clash.join('\n  ')}`);
  return [...kept.values()].sort((x, y) => cmp(x.alias, y.alias));
}

const INCOME_NAMES: Record<string, string> = {
  'High income': 'HIC',
  'Upper middle income': 'UMC',
  'Lower middle income': 'LMC',
  'Low income': 'LIC',
};

function checkAgainstDerived(areas: Map<string, Area>, derived: Row[]): void {
  for (const r of derived) {
    const a = areas.get(r.iso3 ?? '') ?? fail(`derived row ${r.iso3} is not an area`);
    const member = r.who_member_state_2023 === 'TRUE';
    if (a.whoMember !== member) fail(`${a.code}: WHO membership differs from the derived file`);
    if (member && a.whoRegion !== r.who_region_2023)
      fail(`${a.code}: WHO region differs from the derived file`);
    const income = INCOME_NAMES[r.wb_income_group_fy2023 ?? ''] ?? null;
    if (a.wbIncome !== income)
      fail(`${a.code}: income group ${a.wbIncome} differs from the derived file (${income})`);
  }
}

function countBy<T>(items: readonly T[], key: (t: T) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) {
    const k = key(t);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

function expectCounts(what: string, actual: Record<string, number>, expected: Record<string, number>): void {
  for (const [k, n] of Object.entries(expected)) {
    if (actual[k] !== n) fail(`${what} ${k}: expected ${n}, found ${actual[k] ?? 0}`);
  }
}

const { areas, aliases } = await build();
const members = areas.filter((a) => a.whoMember);
expectCounts(
  'WHO members in',
  countBy(members, (a) => a.whoRegion),
  {
    AFR: 47,
    AMR: 35,
    EMR: 21,
    EUR: 53,
    SEAR: 11,
    WPR: 27,
  },
);
expectCounts(
  'economies in income group',
  countBy(areas, (a) => a.wbIncome),
  { HIC: 81, UMC: 54, LMC: 54, LIC: 28 },
);

const resolver = new AreaResolver(areas, aliases);
const missing = Object.values(MANUAL_ALIASES)
  .flat()
  .filter((n) => !resolver.resolve(n));
if (missing.length > 0) fail(`aliases that do not resolve: ${missing.join(', ')}`);

mkdirSync(OUT, { recursive: true });
writeFileSync(
  new URL('areas.csv', OUT),
  stringify(
    areas.map((a) => [
      a.code,
      a.kind,
      a.name,
      a.iso2,
      a.m49,
      a.parent,
      a.whoRegion,
      a.whoMember,
      a.wbIncome,
      a.wbRegion,
      a.unRegion,
      a.unSubregion,
    ]),
    {
      header: true,
      columns: [
        'code',
        'kind',
        'name',
        'iso2',
        'm49',
        'parent',
        'who_region',
        'who_member',
        'wb_income',
        'wb_region',
        'un_region',
        'un_subregion',
      ],
      cast: { boolean: (b) => String(b) },
    },
  ),
);
writeFileSync(
  new URL('area-aliases.csv', OUT),
  stringify(
    aliases.map((a) => [a.alias, a.code]),
    { header: true, columns: ['alias', 'code'] },
  ),
);
process.stdout.write(
  `areas: ${areas.length} ${JSON.stringify(countBy(areas, (a) => a.kind))}; aliases: ${aliases.length}\n`,
);
