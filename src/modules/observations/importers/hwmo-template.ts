import { AppError, type ErrorLocation } from '../../../platform/errors.ts';
import {
  AGE_PATTERN,
  findMeasure,
  findOccupation,
  MEASURES,
  NOT_APPLICABLE,
  OBSERVATION_FLAGS,
  PARTNER_BASES,
  type PartnerBasis,
  SEXES,
  type Sex,
} from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { cell, type FormatSpec, firstMissing, type Header, record, skip } from './format.ts';
import { classifyTableLine } from './mapping.ts';
import { isOutOfRange, MAX_YEAR, MIN_YEAR, notANumber, parseNumber, parseYear, scale } from './numbers.ts';
import type { RawRow } from './rows.ts';
import { textCell } from './text.ts';
import type { ImportEvent } from './types.ts';

/** The columns of hwmo's long CSV: the downloadable template and the `csv` export. */
export const HWMO_TEMPLATE_HEADER: readonly string[] = [
  'measure',
  'area',
  'year',
  'occupation',
  'sex',
  'age',
  'partner',
  'partner_basis',
  'value',
  'unit',
  'flags',
  'comment',
  'source',
];

export const DEFAULT_SOURCE = 'USER';
const SOURCE_CODE = /^[A-Za-z0-9_.-]+$/;
const MAX_ERRORS = 50;

const FLAG_WORDS = new Map<string, string>();
for (const [word, letter] of Object.entries(OBSERVATION_FLAGS)) {
  FLAG_WORDS.set(word, letter);
  FLAG_WORDS.set(word.replaceAll('_', '-'), letter);
  FLAG_WORDS.set(word.replaceAll('_', ' '), letter);
  FLAG_WORDS.set(letter.toLowerCase(), letter);
}
FLAG_WORDS.set('a', '');

/** Flag letters from `P E`, `provisional, break`, `P;E`; null when a word is not a flag. */
export function parseFlags(raw: string): { flags: string[]; bad: string | null } {
  const flags: string[] = [];
  const text = raw.trim().toLowerCase();
  if (text === '') return { flags, bad: null };
  const words = text.includes('definition differs')
    ? text.replaceAll('definition differs', 'definition-differs')
    : text;
  for (const w of words.split(/[\s,;|]+/)) {
    if (w === '') continue;
    const letter = FLAG_WORDS.get(w);
    if (letter === undefined) return { flags, bad: w };
    if (letter !== '' && !flags.includes(letter)) flags.push(letter);
  }
  return { flags, bad: null };
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();

/** Where each field of a long record is, by column position (-1 when the file has no such column). */
export interface LongColumns {
  measure: number;
  area: number;
  year: number;
  occupation: number;
  sex: number;
  age: number;
  partner: number;
  partnerBasis: number;
  value: number;
  unit: number;
  flags: number;
  comment: number;
  source: number;
}

export interface LongRowOptions {
  /** UNIT_MULT of an SDMX row: the value is multiplied by 10^scalePower. */
  scalePower?: number;
  /** Flags already read from the row by the caller (SDMX OBS_STATUS). */
  flags?: string[];
}

/**
 * Reads hwmo's own long rows (the template, or DF_HWMO SDMX-CSV) strictly: an invalid cell refuses the whole file,
 * naming row and column; up to 50 problems are collected before giving up.
 */
export class LongRowReader {
  private readonly problems: Array<ErrorLocation & { message: string }> = [];

  constructor(
    private readonly file: string,
    private readonly header: Header,
    private readonly cols: LongColumns,
    /** Column names to use in messages when the file lacks the column. */
    private readonly names: Record<keyof LongColumns, string>,
    private readonly decimalComma: boolean,
    private readonly defaultSource: string,
  ) {}

  private columnName(index: number, field: keyof LongColumns): string {
    return index === -1 ? this.names[field] : this.header.name(index);
  }

  private name(field: keyof LongColumns): string {
    return this.columnName(this.cols[field], field);
  }

  private problem(row: number, field: keyof LongColumns, message: string): void {
    const column = this.columnName(this.cols[field], field);
    this.problems.push({ file: this.file, row, column, message: `${column}: ${message}` });
    if (this.problems.length >= MAX_ERRORS) this.finish();
  }

  read({ row, cells }: RawRow, out: ImportEvent[], options: LongRowOptions = {}): void {
    const c = this.cols;
    const before = this.problems.length;
    const get = (i: number) => cell(cells, i).trim();

    const measureCode = get(c.measure);
    const measure = findMeasure(measureCode);
    if (!measure) {
      this.problem(
        row,
        'measure',
        `unknown measure ${JSON.stringify(measureCode)} (measures: ${MEASURES.map((m) => m.code).join(', ')})`,
      );
      return;
    }
    const area = get(c.area);
    if (area === '') this.problem(row, 'area', 'no area');

    const yearText = get(c.year);
    const year = parseYear(yearText);
    if (year === null || year < MIN_YEAR || year > MAX_YEAR) {
      this.problem(
        row,
        'year',
        `${JSON.stringify(yearText)} is not a year between ${MIN_YEAR} and ${MAX_YEAR}`,
      );
    }

    let occupation = get(c.occupation);
    if (measure.byOccupation) {
      if (!findOccupation(occupation)) {
        this.problem(
          row,
          'occupation',
          occupation === ''
            ? `measure ${measure.code} needs an occupation`
            : `unknown occupation ${JSON.stringify(occupation)}`,
        );
      }
    } else if (occupation === '' || occupation === NOT_APPLICABLE) {
      occupation = NOT_APPLICABLE;
    } else {
      this.problem(
        row,
        'occupation',
        `measure ${measure.code} has no occupation: leave it empty or ${NOT_APPLICABLE}`,
      );
    }

    const sexText = get(c.sex);
    const sex = (sexText === '' ? '_T' : sexText.length === 1 ? sexText.toUpperCase() : sexText) as Sex;
    if (!SEXES.includes(sex))
      this.problem(row, 'sex', `unknown sex ${JSON.stringify(sexText)} (${SEXES.join(', ')})`);

    const age = get(c.age) || '_T';
    if (!AGE_PATTERN.test(age)) {
      this.problem(row, 'age', `unknown age group ${JSON.stringify(age)} (_T, Y25T34, Y_GE65, Y_LT25 …)`);
    }

    let partner = get(c.partner);
    const basisText = get(c.partnerBasis);
    let basis = (basisText === '_Z' ? basisText : basisText.toLowerCase()) as PartnerBasis;
    if (measure.bilateral) {
      if (partner === '' || partner === NOT_APPLICABLE) {
        this.problem(row, 'partner', `measure ${measure.code} needs a partner area (_T for all partners)`);
      }
      if (!PARTNER_BASES.includes(basis) || basis === '_Z') {
        this.problem(
          row,
          'partnerBasis',
          `measure ${measure.code} needs a partner basis: training, birth or citizenship`,
        );
      }
    } else {
      if (partner !== '' && partner !== NOT_APPLICABLE) {
        this.problem(
          row,
          'partner',
          `measure ${measure.code} has no partner area: leave it empty or ${NOT_APPLICABLE}`,
        );
      }
      if (basisText !== '' && basisText.toUpperCase() !== '_Z') {
        this.problem(
          row,
          'partnerBasis',
          `measure ${measure.code} has no partner basis: leave it empty or _Z`,
        );
      }
      partner = NOT_APPLICABLE;
      basis = '_Z';
    }

    const unit = get(c.unit);
    if (unit !== '' && squash(unit) !== squash(measure.unit)) {
      this.problem(
        row,
        'unit',
        `unit ${JSON.stringify(unit)} is not the unit of ${measure.code} (${measure.unit})`,
      );
    }

    let flags = options.flags;
    if (!flags) {
      const parsed = parseFlags(get(c.flags));
      if (parsed.bad !== null) {
        this.problem(
          row,
          'flags',
          `unknown flag ${JSON.stringify(parsed.bad)} (${Object.entries(OBSERVATION_FLAGS)
            .map(([w, l]) => `${l} ${w}`)
            .join(', ')})`,
        );
      }
      flags = parsed.flags;
    }

    const source = get(c.source) || this.defaultSource;
    if (!SOURCE_CODE.test(source)) {
      this.problem(
        row,
        'source',
        `source ${JSON.stringify(source)} must be a code of letters, digits, . _ or -`,
      );
    }

    const valueText = get(c.value);
    let value = parseNumber(valueText, this.decimalComma);
    const outOfRange = value !== null && Number.isNaN(value) && isOutOfRange(valueText, this.decimalComma);
    if (value !== null && Number.isNaN(value) && !outOfRange) {
      this.problem(row, 'value', `${JSON.stringify(valueText)} is not a number`);
    }
    if (this.problems.length > before || year === null) return;
    if (value === null) {
      out.push(skip(row, this.name('value'), flags.includes('M') ? msg('noValueMissing') : msg('noValue')));
      return;
    }
    if (outOfRange) {
      out.push(skip(row, this.name('value'), notANumber(valueText, this.decimalComma)));
      return;
    }
    if (options.scalePower) value = scale(value, 10 ** options.scalePower);
    if (Number.isNaN(value)) {
      out.push(skip(row, 'UNIT_MULT', msg('unitMultBeyond', { power: options.scalePower ?? '' })));
      return;
    }
    out.push(
      record({
        row,
        source,
        measure: measure.code,
        area,
        areaColumn: this.name('area'),
        year,
        occupation,
        sex,
        age,
        partner,
        partnerColumn: measure.bilateral ? this.name('partner') : null,
        partnerBasis: basis,
        value,
        flags,
        comment: textCell(cell(cells, c.comment)),
        series: '',
      }),
    );
  }

  finish(): void {
    const [first] = this.problems;
    if (!first) return;
    const n = this.problems.length;
    throw new AppError(
      'invalid_file',
      msg('templateInvalidCells', { row: first.row ?? '', problem: first.message }),
      {
        detail:
          n >= MAX_ERRORS
            ? msg('templateInvalidCellsMore', { count: n, file: this.file })
            : msg('templateInvalidCellsDetail', { count: n, file: this.file }),
        hint: msg('templateInvalidCellsHint'),
        location: {
          file: this.file,
          ...(first.row ? { row: first.row } : {}),
          ...(first.column ? { column: first.column } : {}),
        },
        errors: this.problems,
      },
    );
  }
}

const TEMPLATE_NAMES: Record<keyof LongColumns, string> = {
  measure: 'measure',
  area: 'area',
  year: 'year',
  occupation: 'occupation',
  sex: 'sex',
  age: 'age',
  partner: 'partner',
  partnerBasis: 'partner_basis',
  value: 'value',
  unit: 'unit',
  flags: 'flags',
  comment: 'comment',
  source: 'source',
};

export const hwmoTemplate: FormatSpec = {
  name: 'hwmo-template',
  description: `hwmo long CSV or XLSX (${HWMO_TEMPLATE_HEADER.join(', ')})`,
  detect: (h: Header) => h.has('measure') && h.has('area') && h.has('year') && h.has('value'),
  missing: (h) => firstMissing(h, [['measure'], ['area'], ['year'], ['value']]),
  open({ header: h, decimalComma, file }) {
    const cols = Object.fromEntries(
      Object.entries(TEMPLATE_NAMES).map(([field, name]) => [field, h.index(name)]),
    ) as unknown as LongColumns;
    const reader = new LongRowReader(file, h, cols, TEMPLATE_NAMES, decimalComma, DEFAULT_SOURCE);
    return {
      classify: classifyTableLine,
      read: (row, out) => reader.read(row, out),
      finish: () => reader.finish(),
    };
  },
};
