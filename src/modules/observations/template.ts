import { MEASURES, OBSERVATION_FLAGS, OCCUPATIONS, PARTNER_BASES, SEXES } from '../reference/index.ts';
import { HWMO_TEMPLATE_HEADER } from './importers/index.ts';

type TemplateRow = Readonly<Record<string, string | number>>;

/** Two rows that import as they are: a headcount, and a bilateral stock by country of training. */
const EXAMPLES: readonly TemplateRow[] = [
  {
    measure: 'stock',
    area: 'KEN',
    year: 2022,
    occupation: 'medical-doctors',
    sex: '_T',
    age: '_T',
    partner: '',
    partner_basis: '',
    value: 12000,
    unit: 'persons',
    flags: '',
    comment: 'example: registered practitioners',
    source: 'USER',
  },
  {
    measure: 'foreign-trained-stock',
    area: 'GBR',
    year: 2022,
    occupation: 'nursing-personnel',
    sex: 'F',
    age: '_T',
    partner: 'IND',
    partner_basis: 'training',
    value: 4000,
    unit: 'persons',
    flags: 'P',
    comment: 'example: provisional',
    source: 'USER',
  },
];

const SEX_LABELS: Record<(typeof SEXES)[number], string> = { _T: 'all', F: 'female', M: 'male' };
const BASES = PARTNER_BASES.filter((b) => b !== '_Z');

/** The allowed values of the template's coded columns, as (value, meaning) pairs. */
function allowedValues(): Record<
  'measure' | 'occupation' | 'sex' | 'partner_basis' | 'flags',
  Array<[string, string]>
> {
  return {
    measure: MEASURES.map((m) => [
      m.code,
      `${m.name} (${m.unit}${m.byOccupation ? ', by occupation' : ''}${m.bilateral ? ', needs partner and partner_basis' : ''})`,
    ]),
    occupation: OCCUPATIONS.map((o) => [o.code, `${o.name} (ISCO-08 ${o.isco08.join(' ')})`]),
    sex: SEXES.map((s) => [s, SEX_LABELS[s]]),
    partner_basis: BASES.map((b) => [b, `partner is the country of ${b}`]),
    flags: Object.entries(OBSERVATION_FLAGS).map(([word, letter]) => [letter, word.replaceAll('_', ' ')]),
  };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * hwmo's long CSV template: the header, two example rows, and a comment block (lines starting with `#`, which the
 * importer passes over) listing the allowed values.
 */
export function templateCsv(): string {
  const lines = [HWMO_TEMPLATE_HEADER.join(',')];
  for (const r of EXAMPLES) lines.push(HWMO_TEMPLATE_HEADER.map((c) => csvCell(r[c] ?? '')).join(','));
  const allowed = allowedValues();
  lines.push(
    '# hwmo import template: one value per row; lines starting with # are comments and are not imported.',
    '# Required: measure | area | year | value. Replace or delete the two example rows above.',
    '# area and partner: an ISO 3166 code (KEN or KE) or a country name in English / French / Spanish / Arabic / Russian / Chinese. partner _T means all partners.',
    '# year: 1900-2100. age: _T (all ages) or a range such as Y25T34. unit: optional (when given it must be the unit of the measure).',
    '# source: a dataset code of letters digits . _ - (default USER). A later file of the same source revises its values.',
  );
  for (const [column, values] of Object.entries(allowed)) {
    lines.push(`# ${column}: ${values.map(([v, meaning]) => `${v} = ${meaning}`).join(' | ')}`);
  }
  // Comment lines stay one cell in a spreadsheet: no field separators in them.
  return `${lines.map((l) => (l.startsWith('#') ? l.replaceAll(',', ';') : l)).join('\n')}\n`;
}

const DATA_SHEET = 'Data';
const VALUES_SHEET = 'Allowed values';
const VALIDATED_ROWS = 1000;

/**
 * The template as a workbook: a data sheet (header, two example rows, drop-down lists on the coded columns) and a
 * second sheet listing the allowed values with their meaning.
 */
export async function templateXlsx(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hwmo';
  const data = wb.addWorksheet(DATA_SHEET);
  const values = wb.addWorksheet(VALUES_SHEET);
  data.addRow([...HWMO_TEMPLATE_HEADER]);
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of EXAMPLES) data.addRow(HWMO_TEMPLATE_HEADER.map((c) => r[c] ?? ''));
  HWMO_TEMPLATE_HEADER.forEach((_, i) => {
    data.getColumn(i + 1).width = i === 0 || i === 11 ? 24 : 16;
  });

  const allowed = allowedValues();
  const lists = Object.entries(allowed);
  lists.forEach(([column, entries], k) => {
    const col = 2 * k + 1;
    values.getCell(1, col).value = column;
    values.getCell(1, col + 1).value = 'meaning';
    values.getRow(1).font = { bold: true };
    entries.forEach(([v, meaning], i) => {
      values.getCell(i + 2, col).value = v;
      values.getCell(i + 2, col + 1).value = meaning;
    });
    values.getColumn(col).width = 30;
    values.getColumn(col + 1).width = 40;
  });
  const letter = (n: number) => values.getColumn(n).letter;
  for (const [k, [column, entries]] of lists.entries()) {
    if (column === 'flags') continue;
    const target = HWMO_TEMPLATE_HEADER.indexOf(column) + 1;
    const col = letter(2 * k + 1);
    const range = `'${VALUES_SHEET}'!$${col}$2:$${col}$${entries.length + 1}`;
    for (let row = 2; row <= VALIDATED_ROWS; row++) {
      data.getCell(row, target).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: `Unknown ${column}`,
        error: `Choose a ${column} from the list (sheet "${VALUES_SHEET}")`,
      };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
