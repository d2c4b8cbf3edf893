import type { CadreResult, StudyInputs, StudyInputsSent } from '../schemas.ts';
import type { Table } from './validate.ts';

/**
 * The workbook of a study: one sheet per table, a header row of column names, one record a row. The template, the
 * import and the export share it, so that an exported study reads back as it was.
 */
export const SHEET_COLUMNS = {
  study: ['name', 'area', 'facility_type'],
  facilities: ['code', 'name'],
  cadres: [
    'code',
    'name',
    'days_per_year',
    'public_holidays',
    'annual_leave',
    'sick_leave',
    'other_leave',
    'hours_per_day',
    'days_per_week',
  ],
  staff: ['facility', 'cadre', 'existing'],
  activities: ['cadre', 'name', 'standard', 'unit'],
  workload: ['facility', 'cadre', 'activity', 'annual'],
  cas: ['cadre', 'name', 'value', 'unit', 'per'],
  ias: ['facility', 'cadre', 'name', 'value', 'unit', 'per', 'staff'],
} as const;
export type Sheet = keyof typeof SHEET_COLUMNS;
export const SHEETS = Object.keys(SHEET_COLUMNS) as Sheet[];

/** Columns a sheet may leave out (their values take the schema's default). */
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['cadres.days_per_week', 'cas.per']);

const NUMERIC: ReadonlySet<string> = new Set([
  'days_per_year',
  'public_holidays',
  'annual_leave',
  'sick_leave',
  'other_leave',
  'hours_per_day',
  'days_per_week',
  'existing',
  'standard',
  'annual',
  'value',
  'staff',
]);

export const RESULT_COLUMNS = [
  'facility',
  'cadre',
  'awt_days',
  'awt_hours',
  'service_staff',
  'cas_percent',
  'caf',
  'iaf',
  'required',
  'existing',
  'difference',
  'ratio',
  'level',
] as const;

export type Cell = string | number | null;
/** A sheet's records as read: the spreadsheet row of each and its cells by column name. */
export type SheetRows = Array<{ row: number; cells: Readonly<Record<string, Cell>> }>;

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The rows of each sheet of a study, in the order of `SHEET_COLUMNS`. */
export function studySheets(s: StudyInputs): Record<Sheet, Cell[][]> {
  return {
    study: [[s.name, s.area, s.facilityType]],
    facilities: s.facilities.map((f) => [f.code, f.name]),
    cadres: s.cadres.map((c) => {
      const w = c.workingTime;
      return [
        c.code,
        c.name,
        w.daysPerYear,
        w.publicHolidays,
        w.annualLeave,
        w.sickLeave,
        w.otherLeave,
        w.hoursPerDay,
        w.daysPerWeek,
      ];
    }),
    staff: s.staff.map((r) => [r.facility, r.cadre, r.existing]),
    activities: s.activities.map((a) => [a.cadre, a.name, a.standard, a.unit]),
    workload: s.workload.map((l) => [l.facility, l.cadre, l.activity, l.annual]),
    cas: s.cas.map((c) => [c.cadre, c.name, c.value, c.unit, c.per]),
    ias: s.ias.map((i) => [i.facility, i.cadre, i.name, i.value, i.unit, i.per, i.staff]),
  };
}

export function resultRows(results: readonly CadreResult[]): Cell[][] {
  return results.map((r) => [
    r.facility,
    r.cadre,
    r.awtDays,
    r.awtHours,
    r.serviceStaff,
    r.casPercent,
    r.caf,
    r.iaf,
    r.required,
    r.existing,
    r.difference,
    r.ratio,
    r.level,
  ]);
}

/** A cell as the value its column holds: numbers from numeric text, codes trimmed; empty as undefined. */
function cellOf(column: string, cell: Cell | undefined): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') {
    const s = cell.trim();
    if (s === '') return undefined;
    if (NUMERIC.has(column)) {
      const n = Number(s);
      return /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s) && Number.isFinite(n) ? n : s;
    }
    return column === 'unit' || column === 'per' ? s.toLowerCase() : s;
  }
  return NUMERIC.has(column) ? cell : String(cell);
}

function record(sheet: Sheet, cells: Readonly<Record<string, Cell>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of SHEET_COLUMNS[sheet]) {
    const v = cellOf(column, cells[column]);
    if (v !== undefined) out[camel(column)] = v;
    else if (sheet === 'cas' && column === 'per') out.per = null;
  }
  return out;
}

/** The study the sheets hold, for its schema to check. */
export function studyOfSheets(rows: Readonly<Record<Sheet, SheetRows>>): StudyInputsSent {
  const [head] = rows.study;
  const study = head ? record('study', head.cells) : {};
  const table = (sheet: Sheet) => rows[sheet].map((r) => record(sheet, r.cells));
  const cadres = table('cadres').map(({ code, name, ...workingTime }) => ({ code, name, workingTime }));
  return {
    ...study,
    facilities: table('facilities'),
    cadres,
    staff: table('staff'),
    activities: table('activities'),
    workload: table('workload'),
    cas: table('cas'),
    ias: table('ias'),
  } as StudyInputsSent;
}

/**
 * Where a field of the study is in the workbook: from a schema path (`['cadres', 2, 'workingTime', 'sickLeave']`)
 * or a table, index and field, the sheet, its row and column.
 */
export function locateInSheets(
  rows: Readonly<Record<Sheet, SheetRows>>,
  path: ReadonlyArray<PropertyKey>,
): { sheet: Sheet; row: number; column: string } {
  const [first, index, ...rest] = path;
  if (typeof first !== 'string' || !(first in SHEET_COLUMNS) || first === 'study') {
    const column = typeof first === 'string' ? snake(first) : 'name';
    return { sheet: 'study', row: rows.study[0]?.row ?? 2, column };
  }
  const sheet = first as Table;
  const field = [...rest].reverse().find((p): p is string => typeof p === 'string' && p !== 'workingTime');
  const row = typeof index === 'number' ? (rows[sheet][index]?.row ?? index + 2) : 2;
  return { sheet, row, column: field ? snake(field) : (SHEET_COLUMNS[sheet][0] ?? '') };
}
