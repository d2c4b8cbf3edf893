import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';
import {
  findMeasure,
  NOT_APPLICABLE,
  PARTNER_BASES,
  type PartnerBasis,
  type Sex,
} from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { type ColumnMapping, ColumnMappingSchema, type ColumnRole } from '../schemas.ts';
import {
  cell,
  type FormatContext,
  type Header,
  type RowReader,
  readValue,
  readYear,
  record,
  skip,
} from './format.ts';
import { headerKey, isNoteText, measureWord, occupationWord, sexWord } from './header-words.ts';
import { parseYear } from './numbers.ts';
import type { RawRow } from './rows.ts';
import { textCell } from './text.ts';
import type { ImportEvent } from './types.ts';

export const DEFAULT_MAPPED_SOURCE = 'USER';
export const DEFAULT_MAPPED_MEASURE = 'stock';

function mappingError(where: string, error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({
    file: where,
    field: i.path.length ? i.path.join('.') : 'mapping',
    issue: i.message,
  }));
  const [first] = issues;
  return new AppError(
    'invalid_input',
    first
      ? msg('mappingIssue', { where, field: first.field, issue: first.issue })
      : msg('mappingInvalid', { where }),
    {
      detail: msg('mappingIssues', { issues: issues.map((e) => `${e.field}: ${e.issue}`).join('; ') }),
      hint: msg('mappingStartHint'),
      location: { file: where, ...(first ? { field: first.field } : {}) },
      errors: issues.map(({ file, field, issue }) => ({
        file,
        field,
        message: msg('mappingIssueEntry', { field, issue }),
      })),
    },
  );
}

/** Checks a column mapping given as a value (a JSON body, a form field already parsed). */
export function checkMapping(value: unknown, where = 'mapping'): ColumnMapping {
  const r = ColumnMappingSchema.safeParse(value);
  if (!r.success) throw mappingError(where, r.error);
  return r.data;
}

/** Reads a column mapping written as JSON or YAML (YAML is a superset of JSON). */
export function parseMappingText(text: string, where = 'mapping'): ColumnMapping {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    throw new AppError('invalid_input', msg('mappingNotJsonYaml', { where }), {
      detail: msg('systemReason', { reason: e instanceof Error ? e.message : String(e) }),
      location: { file: where },
    });
  }
  return checkMapping(value, where);
}

/** A year written as a whole header cell ("2019"), or null. */
export function headerYear(name: string): number | null {
  const t = name.trim();
  if (!/^\d{4}(\.0+)?$/.test(t)) return null;
  const y = parseYear(t);
  return y !== null && y >= 1900 && y <= 2100 ? y : null;
}

/**
 * What identifies a layout: the header's names compared as header words are, years written as `#year`, so next
 * year's file of the same layout has the same signature.
 */
export function headerSignature(cells: readonly string[]): string {
  return cells
    .map((c) => (headerYear(c) !== null ? '#year' : headerKey(c)))
    .filter((k) => k !== '')
    .join('|');
}

/** A line that is not data: a `#` comment, or the first note below the table, which ends it. */
export function tableLine(row: RawRow): 'comment' | 'end' | null {
  const first = row.cells[0] ?? '';
  if (first.trimStart().startsWith('#')) return 'comment';
  let only: string | null = null;
  for (const c of row.cells) {
    if (c.trim() === '') continue;
    if (only !== null) return null;
    only = c;
  }
  return only !== null && isNoteText(only) ? 'end' : null;
}

/** How the event stream treats a row: read it, pass over it, or stop at it. */
export function classifyTableLine(row: RawRow): 'data' | 'skip' | 'end' {
  const kind = tableLine(row);
  return kind === null ? 'data' : kind === 'comment' ? 'skip' : 'end';
}

interface ValueColumn {
  index: number;
  name: string;
  measure?: string;
  occupation?: string;
  year?: number;
  sex?: Sex;
}

interface BoundMapping {
  columns: Partial<Record<Exclude<ColumnRole, 'value' | 'ignore'>, number>>;
  values: ValueColumn[];
}

/** Finds the columns a mapping names in a header; a named column the header lacks refuses the file. */
export function bindMapping(mapping: ColumnMapping, header: Header, file: string): BoundMapping {
  const keys = header.names.map(headerKey);
  const used = new Set<number>();
  const bound: BoundMapping = { columns: {}, values: [] };
  for (const c of mapping.columns) {
    if (c.role === 'ignore') continue;
    const key = headerKey(c.header);
    const index = keys.findIndex((k, i) => k === key && !used.has(i));
    if (index === -1) {
      throw new AppError(
        'invalid_file',
        msg('mappingColumnMissing', { file, row: header.row, column: JSON.stringify(c.header) }),
        {
          location: { file, row: header.row, column: c.header },
          detail: msg('headerIs', { names: header.names.filter((n) => n !== '').join(', ') }),
          hint: msg('correctMappingHint'),
        },
      );
    }
    used.add(index);
    if (c.role === 'value') {
      bound.values.push({
        index,
        name: header.name(index),
        ...(c.measure ? { measure: c.measure } : {}),
        ...(c.occupation ? { occupation: c.occupation } : {}),
        ...(c.year !== undefined ? { year: c.year } : {}),
        ...(c.sex ? { sex: c.sex } : {}),
      });
    } else {
      bound.columns[c.role] = index;
    }
  }
  if (mapping.yearColumns) {
    const dims = mapping.yearColumns;
    header.names.forEach((name, index) => {
      const year = headerYear(name);
      if (year === null || used.has(index)) return;
      bound.values.push({
        index,
        name,
        year,
        ...(dims.measure ? { measure: dims.measure } : {}),
        ...(dims.occupation ? { occupation: dims.occupation } : {}),
        ...(dims.sex ? { sex: dims.sex } : {}),
      });
    });
    if (bound.values.length === 0) {
      throw new AppError('invalid_file', msg('mappingNoYearColumns', { file, row: header.row }), {
        location: { file, row: header.row },
        hint: msg('mappingNoYearColumnsHint'),
      });
    }
  }
  return bound;
}

/** Reads the rows under a header as a mapping says: one event per filled value cell. */
export function mappedReader(mapping: ColumnMapping, ctx: FormatContext): RowReader {
  const { header, file, decimalComma } = ctx;
  const bound = bindMapping(mapping, header, file);
  const at = bound.columns;
  const name = (i: number | undefined) => (i === undefined ? '' : header.name(i));
  const source = mapping.source ?? DEFAULT_MAPPED_SOURCE;
  return {
    classify: classifyTableLine,
    read({ row, cells }: RawRow, out: ImportEvent[]) {
      const get = (i: number | undefined) => (i === undefined ? '' : cell(cells, i).trim());
      const filled = bound.values.filter((v) => get(v.index) !== '');
      if (filled.length === 0) return;
      const area = get(at.area);
      const rowYear = at.year === undefined ? null : readYear(get(at.year), row, name(at.year));
      // An indicator cell may name the occupation too ("Medical doctors (number)", "Nurses per 10 000"), and an
      // occupation cell the measure ("Doctor density"). Null: the row does not say; undefined: a cell hwmo cannot read.
      const measureCell = get(at.measure);
      const occupationCell = get(at.occupation);
      let rowMeasure: string | null | undefined = null;
      let rowOccupation: string | null | undefined = null;
      if (measureCell !== '') {
        const o = occupationWord(measureCell)?.value;
        rowMeasure = measureWord(measureCell)?.value ?? (o ? null : undefined);
        rowOccupation = o ?? null;
      }
      if (occupationCell !== '') {
        rowOccupation = occupationWord(occupationCell)?.value;
        if (rowMeasure === null) rowMeasure = measureWord(occupationCell)?.value ?? null;
      }
      const sexCell = get(at.sex);
      const rowSex = sexCell === '' ? null : sexWord(sexCell);
      const partnerCell = get(at.partner);
      const basisCell = get(at['partner-basis']).toLowerCase();
      const comment = textCell(cell(cells, at.comment ?? -1));
      for (const v of filled) {
        const fail = (column: string, reason: string) => out.push(skip(row, column, reason));
        if (area === '') {
          fail(name(at.area) || v.name, 'no area');
          continue;
        }
        if (rowMeasure === undefined) {
          fail(name(at.measure), `${JSON.stringify(measureCell)} is not a measure hwmo knows`);
          continue;
        }
        const measure = findMeasure(v.measure ?? rowMeasure ?? mapping.measure ?? DEFAULT_MAPPED_MEASURE);
        if (!measure) continue;
        let year: number | ImportEvent | undefined = v.year ?? rowYear ?? mapping.year;
        if (year === undefined) year = skip(row, v.name, msg('noYear'));
        if (typeof year !== 'number') {
          out.push(year);
          continue;
        }
        let occupation = NOT_APPLICABLE;
        if (measure.byOccupation) {
          if (rowOccupation === undefined) {
            fail(name(at.occupation), `${JSON.stringify(occupationCell)} is not an occupation hwmo knows`);
            continue;
          }
          const o = v.occupation ?? rowOccupation ?? mapping.occupation;
          if (!o || o === NOT_APPLICABLE) {
            fail(
              v.name,
              `measure ${measure.code} needs an occupation: map the column or add an occupation column`,
            );
            continue;
          }
          occupation = o;
        }
        const sex = v.sex ?? rowSex ?? mapping.sex ?? '_T';
        if (sexCell !== '' && rowSex === null) {
          fail(name(at.sex), `${JSON.stringify(sexCell)} is not a sex (_T, F, M, or a word such as female)`);
          continue;
        }
        let partner = NOT_APPLICABLE;
        let partnerBasis: PartnerBasis = '_Z';
        if (!measure.bilateral && partnerCell !== '' && partnerCell !== NOT_APPLICABLE) {
          fail(name(at.partner), `measure ${measure.code} has no partner area: map a bilateral measure`);
          continue;
        }
        if (measure.bilateral) {
          partner = partnerCell || mapping.partner || '';
          const basis = (basisCell || mapping.partnerBasis || '') as PartnerBasis;
          if (partner === '') {
            fail(name(at.partner) || v.name, `measure ${measure.code} needs a partner area`);
            continue;
          }
          if (!PARTNER_BASES.includes(basis) || basis === '_Z') {
            fail(
              name(at['partner-basis']) || v.name,
              `measure ${measure.code} needs a partner basis: training, birth or citizenship`,
            );
            continue;
          }
          partnerBasis = basis;
        }
        const value = readValue(get(v.index), decimalComma, row, v.name);
        if (typeof value !== 'number') {
          out.push(value);
          continue;
        }
        out.push(
          record({
            row,
            source,
            measure: measure.code,
            area,
            areaColumn: name(at.area),
            year,
            occupation,
            sex,
            age: '_T',
            partner,
            partnerColumn: measure.bilateral ? name(at.partner) || null : null,
            partnerBasis,
            value,
            flags: [],
            comment,
            series: v.name,
          }),
        );
      }
    },
  };
}
