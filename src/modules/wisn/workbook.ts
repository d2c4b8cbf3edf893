import type ExcelJS from 'exceljs';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../platform/config.ts';
import { renderXlsx } from '../../platform/documents/index.ts';
import { AppError, type LocatedProblem } from '../../platform/errors.ts';
import { render, type Text, textByLang } from '../../platform/i18n/messages.ts';
import { PARSE_OPTIONS, issueText as zodIssueText } from '../../platform/zod-text.ts';
import { checkWorkbookZip, isZip } from '../observations/index.ts';
import {
  type Cell,
  locateInSheets,
  OPTIONAL_COLUMNS,
  RESULT_COLUMNS,
  resultRows,
  SHEET_COLUMNS,
  SHEETS,
  type Sheet,
  type SheetRows,
  studyOfSheets,
  studySheets,
} from './domain/sheets.ts';
import { validateStudy } from './domain/validate.ts';
import { issueText } from './issues.ts';
import { text as t } from './messages.ts';
import { type StudyInputs, StudyInputsSchema, type StudyResults } from './schemas.ts';

export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

/** A cell's value: numbers as numbers, text, a formula's result, rich text joined; empty as null. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

interface Problem {
  sheet: string;
  row: number;
  column: string;
  message: Text | string;
}

function refuse(file: string, problems: readonly Problem[]): never {
  const [first] = problems;
  if (!first) throw new Error('refuse without a problem');
  const errors: LocatedProblem[] = problems.map((p) => ({
    file,
    row: p.row,
    column: p.column,
    message: textByLang((lang) =>
      render(t('cell_problem', { sheet: p.sheet, problem: render(p.message, lang) }), lang),
    ),
  }));
  const message = textByLang((lang) =>
    render(
      t('not_read', {
        file,
        sheet: first.sheet,
        row: first.row,
        column: first.column,
        problem: render(first.message, lang),
      }),
      lang,
    ),
  );
  throw new AppError('invalid_file', message, {
    detail: t('not_read_detail'),
    hint: t('sheets_hint'),
    location: { file, row: first.row, column: first.column },
    errors,
  });
}

function readSheet(ws: ExcelJS.Worksheet, sheet: Sheet, problems: Problem[]): SheetRows {
  const columns: Array<string | null> = [];
  const header = ws.getRow(1);
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const name = String(cellValue(cell.value) ?? '')
      .trim()
      .toLowerCase();
    if (name === '') return;
    if (!(SHEET_COLUMNS[sheet] as readonly string[]).includes(name)) {
      problems.push({ sheet, row: 1, column: name, message: t('unknown_column', { column: name }) });
      return;
    }
    columns[col] = name;
  });
  for (const column of SHEET_COLUMNS[sheet])
    if (!columns.includes(column) && !OPTIONAL_COLUMNS.has(`${sheet}.${column}`))
      problems.push({ sheet, row: 1, column, message: t('missing_column', { column }) });
  const rows: SheetRows = [];
  ws.eachRow({ includeEmpty: false }, (r, row) => {
    if (row === 1) return;
    const cells: Record<string, Cell> = {};
    let any = false;
    columns.forEach((name, col) => {
      if (!name) return;
      const v = cellValue(r.getCell(col).value);
      cells[name] = v;
      if (v !== null && String(v).trim() !== '') any = true;
    });
    if (any) rows.push({ row, cells });
  });
  return rows;
}

/**
 * The study a workbook holds (the sheets of `hwmo wisn template`), checked as a whole: the schema, then the
 * impossible inputs. Refused (422) with every problem found, each named by file, sheet, row and column.
 */
export async function readStudyWorkbook(
  file: string,
  bytes: Uint8Array,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<StudyInputs> {
  if (!isZip(bytes)) refuse(file, [{ sheet: '', row: 1, column: '', message: t('not_xlsx', { file }) }]);
  // The whole workbook is inflated in memory below: a damaged archive or one inflating past the limit stops here.
  await checkWorkbookZip({ fileName: file, bytes }, limits);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new AppError('invalid_file', t('not_xlsx', { file }), { location: { file }, cause });
  }
  const problems: Problem[] = [];
  const rows = {} as Record<Sheet, SheetRows>;
  for (const sheet of SHEETS) {
    const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === sheet);
    if (!ws) {
      problems.push({ sheet, row: 1, column: '', message: t('missing_sheet', { sheet }) });
      rows[sheet] = [];
    } else rows[sheet] = readSheet(ws, sheet, problems);
  }
  if (problems.length > 0) refuse(file, problems);
  const parsed = StudyInputsSchema.safeParse(studyOfSheets(rows), PARSE_OPTIONS);
  if (!parsed.success)
    refuse(
      file,
      parsed.error.issues.map((i) => ({ ...locateInSheets(rows, i.path), message: zodIssueText(i) })),
    );
  const issues = validateStudy(parsed.data);
  if (issues.length > 0)
    refuse(
      file,
      issues.map((i) => ({ ...locateInSheets(rows, [i.table, i.index, i.field]), message: issueText(i) })),
    );
  return parsed.data;
}

/** A study as a workbook: its sheets as the import reads them and, with its results, a sheet of them. */
export async function studyWorkbook(inputs: StudyInputs, results?: StudyResults): Promise<Buffer> {
  const sheets = studySheets(inputs);
  return renderXlsx([
    ...SHEETS.map((sheet) => ({ name: sheet, header: SHEET_COLUMNS[sheet], rows: sheets[sheet], wide: 3 })),
    ...(results
      ? [{ name: 'results', header: RESULT_COLUMNS, rows: resultRows(results.results), wide: 3 }]
      : []),
  ]);
}
