import { AppError } from '../../../platform/errors.ts';
import type { Text } from '../../../platform/i18n/messages.ts';
import { AGE_PATTERN, OBSERVATION_FLAGS, type PartnerBasis, type Sex } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import type { FormatSpec, Header, RowReader } from './format.ts';
import { cell, readYear, record, skip } from './format.ts';
import { type LongColumns, LongRowReader } from './hwmo-template.ts';
import { notANumber, parseNumber, scale } from './numbers.ts';
import type { RawRow } from './rows.ts';
import type { ImportEvent } from './types.ts';

/** hwmo's own dataflow: what `hwmo export --format sdmx-csv` writes and this reader maps back. */
export const HWMO_DATAFLOW = 'HWMO:DF_HWMO(1.0)';

export const HWMO_SDMX_COLUMNS: readonly string[] = [
  'DATAFLOW',
  'MEASURE',
  'REF_AREA',
  'TIME_PERIOD',
  'OCCUPATION',
  'SEX',
  'AGE',
  'COUNTERPART_AREA',
  'COUNTERPART_BASIS',
  'OBS_VALUE',
  'OBS_STATUS',
  'UNIT_MEASURE',
  'COMMENT',
  'SOURCE',
];

/** The code of a `labels=both` cell (`A: Value A` → `A`); names may contain `: ` too, codes do not. */
export function sdmxCode(raw: string): string {
  const s = raw.trim();
  const i = s.indexOf(': ');
  return i === -1 ? s : s.slice(0, i);
}

/** A header cell's component id: without its label and without a `[…]` suffix (`STRUCTURE[;]`, `ATTR[en;fr]`). */
export function sdmxColumn(raw: string): string {
  return sdmxCode(raw.replace(/^\uFEFF/, ''))
    .replace(/\[[^\]]*\]$/, '')
    .toUpperCase();
}

export interface StructureId {
  agency: string | null;
  id: string;
  version: string | null;
}

const COLON_FORM = /^([\w.@-]+):([\w.@-]+)(?:\(([^)]*)\))?$/;
const COMMA_FORM = /^([\w.@-]+),([\w.@-]+),([\w.@-]*)$/;
const BARE_FORM = /^[\w.@-]+$/;

/** `AGENCY:ID(VERSION)`, `AGENCY,ID,VERSION` or a bare `ID`. */
export function parseStructureId(raw: string): StructureId | null {
  const s = sdmxCode(raw);
  let m = COLON_FORM.exec(s);
  if (m) return { agency: m[1] ?? null, id: m[2] ?? '', version: m[3] ?? null };
  m = COMMA_FORM.exec(s);
  if (m) return { agency: m[1] ?? null, id: m[2] ?? '', version: m[3] || null };
  return BARE_FORM.test(s) ? { agency: null, id: s, version: null } : null;
}

/** Columns whose cells are free text or numbers, not codes. */
const TEXT_COLUMNS = new Set(['OBS_VALUE', 'COMMENT', 'OBS_COMMENT', 'TITLE', 'UPDATED']);
const FIXED_COLUMNS = new Set([
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'DATAFLOW',
  'ACTION',
  'SERIES_KEY',
  'OBS_KEY',
]);

export interface SdmxObservation {
  row: number;
  version: '1.0' | '2.0';
  /** `dataflow`, `datastructure` or `dataprovision` (SDMX-CSV 1.0 is always a dataflow). */
  structure: string;
  structureId: StructureId | null;
  /** I information, A append, R replace, D delete. */
  action: string;
  /** Every other column by component id: codes for coded cells, text as written for OBS_VALUE and comments. */
  components: Record<string, string>;
  /** OBS_VALUE read with the file's decimal separator and UNIT_MULT applied; null when missing, NaN when not a number. */
  value: number | null;
  /** Whether UNIT_MULT scaled a finite OBS_VALUE beyond the numbers a float holds (value is then NaN). */
  overflow: boolean;
  status: string | null;
}

/** Reads SDMX-CSV 1.0 and 2.0 rows by their header. */
export class SdmxLayout {
  readonly version: '1.0' | '2.0';
  readonly ids: readonly string[];
  readonly structureIdColumn: number;
  constructor(readonly header: Header) {
    this.ids = header.names.map(sdmxColumn);
    this.version = this.ids[0] === 'STRUCTURE' ? '2.0' : '1.0';
    this.structureIdColumn = this.ids.indexOf(this.version === '2.0' ? 'STRUCTURE_ID' : 'DATAFLOW');
  }

  index(id: string): number {
    return this.ids.indexOf(id);
  }

  observation({ row, cells }: RawRow, decimalComma: boolean): SdmxObservation {
    const components: Record<string, string> = {};
    this.ids.forEach((id, i) => {
      if (FIXED_COLUMNS.has(id)) return;
      const raw = cell(cells, i);
      components[id] = TEXT_COLUMNS.has(id) ? raw.trim() : sdmxCode(raw);
    });
    const status = components.OBS_STATUS || null;
    let value = parseNumber(components.OBS_VALUE ?? '', decimalComma);
    const mult = Number(components.UNIT_MULT || 0);
    let overflow = false;
    if (value !== null && !Number.isNaN(value) && Number.isInteger(mult) && mult !== 0) {
      value = scale(value, 10 ** mult);
      overflow = Number.isNaN(value);
    }
    const structure = this.version === '2.0' ? sdmxCode(cell(cells, 0)).toLowerCase() : 'dataflow';
    const action = sdmxCode(cell(cells, this.index('ACTION'))).toUpperCase() || 'I';
    return {
      row,
      version: this.version,
      structure,
      structureId: parseStructureId(cell(cells, this.structureIdColumn)),
      action,
      components,
      value,
      overflow,
      status,
    };
  }
}

/** How each OBS_STATUS code becomes an hwmo flag; A (normal) is no flag. */
function statusFlags(status: string | null): { flags: string[]; note: string | null } {
  if (!status || status === 'A') return { flags: [], note: null };
  const letters = new Set<string>(Object.values(OBSERVATION_FLAGS));
  return letters.has(status) ? { flags: [status], note: null } : { flags: [], note: `OBS_STATUS ${status}` };
}

function missingReason(status: string | null): Text {
  if (status === 'M') return msg('noValueMissing');
  return status ? msg('noValueStatus', { status }) : msg('noValue');
}

const ANNUAL = /^(\d{4})(-A1)?$/;

/**
 * OECD Health Workforce Migration, OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI(1.0). Verified from published
 * extracts: REF_AREA, FREQ=A, MEASURE PHYS (doctors) and MINU (nurses), UNIT_MEASURE PT_WR_PRF_HLTH (share of the
 * profession, not stored), origin W (all origins, kept raw for the area resolver), OBS_STATUS P. Not verified, so read from the header by name:
 * the origin dimension's id, the unit code of headcounts and a stock/inflow dimension (stock when absent).
 */
export const WFMI_MAPPING = {
  occupations: { PHYS: 'medical-doctors', MINU: 'nursing-personnel' } as Readonly<Record<string, string>>,
  /** Origin dimension id → partner basis; the first present is used. */
  origins: [
    ['COUNTRY_ORIGIN', 'training'],
    ['COUNTRY_TRAINING', 'training'],
    ['COUNTERPART_AREA', 'training'],
    ['BIRTH_PLACE', 'birth'],
    ['COUNTRY_BIRTH', 'birth'],
    ['CITIZENSHIP', 'citizenship'],
  ] as ReadonlyArray<readonly [string, PartnerBasis]>,
  personUnits: new Set(['PS', 'PERS', 'PER', 'PERSONS', 'NB', 'N']),
  shareUnitPrefix: 'PT_',
  flowColumns: ['STOCK_FLOW', 'FLOW_STOCK', 'MIGRATION_FLOW', 'FLOW_TYPE'],
  inflowCodes: new Set(['INF', 'INFL', 'INFLOW', 'IN', 'F', 'FLOW']),
  stockCodes: new Set(['S', 'STK', 'STOCK', '_Z']),
};

type Mapper = (o: SdmxObservation, raw: RawRow, out: ImportEvent[]) => void;

function wfmiMapper(layout: SdmxLayout): Mapper {
  const m = WFMI_MAPPING;
  const origin = m.origins.find(([id]) => layout.index(id) !== -1);
  const flowColumn = m.flowColumns.find((id) => layout.index(id) !== -1);
  return (o, _raw, out) => {
    const c = o.components;
    const row = o.row;
    if (c.FREQ && c.FREQ !== 'A') {
      out.push(skip(row, 'FREQ', msg('frequencyNotAnnual', { code: c.FREQ ?? '' })));
      return;
    }
    const occupation = m.occupations[c.MEASURE ?? ''];
    if (!occupation) {
      out.push(skip(row, 'MEASURE', msg('measureNotProfession', { code: c.MEASURE || '(empty)' })));
      return;
    }
    const unit = c.UNIT_MEASURE ?? '';
    if (unit.startsWith(m.shareUnitPrefix)) {
      out.push(skip(row, 'UNIT_MEASURE', msg('unitPercentage', { code: unit })));
      return;
    }
    if (!m.personUnits.has(unit)) {
      out.push(skip(row, 'UNIT_MEASURE', msg('unitNotHeadcount', { code: unit || '(none)' })));
      return;
    }
    let inflow = false;
    if (flowColumn) {
      const f = c[flowColumn] ?? '';
      inflow = m.inflowCodes.has(f);
      if (!inflow && !m.stockCodes.has(f)) {
        out.push(skip(row, flowColumn, msg('flowNeither', { column: flowColumn, code: f || '(empty)' })));
        return;
      }
    }
    const basis: PartnerBasis = origin?.[1] ?? 'training';
    const measure = inflow
      ? 'inflow'
      : basis === 'training'
        ? 'foreign-trained-stock'
        : basis === 'birth'
          ? 'foreign-born-stock'
          : null;
    if (!measure) {
      out.push(skip(row, origin?.[0] ?? null, msg('citizenshipStocks')));
      return;
    }
    const sexCode = c.SEX || '_T';
    const sex = (sexCode === 'T' ? '_T' : sexCode) as Sex;
    if (sex !== '_T' && sex !== 'F' && sex !== 'M') {
      out.push(skip(row, 'SEX', msg('sexNotKnown', { code: sexCode })));
      return;
    }
    const age = c.AGE || '_T';
    if (!AGE_PATTERN.test(age)) {
      out.push(skip(row, 'AGE', msg('ageNotKnown', { code: age })));
      return;
    }
    const area = c.REF_AREA ?? '';
    if (area === '') {
      out.push(skip(row, 'REF_AREA', msg('noReferenceArea')));
      return;
    }
    const period = c.TIME_PERIOD ?? '';
    const annual = ANNUAL.exec(period);
    if (!annual) {
      out.push(skip(row, 'TIME_PERIOD', msg('periodNotYear', { code: period || '(empty)' })));
      return;
    }
    const year = readYear(annual[1] ?? '', row, 'TIME_PERIOD');
    if (typeof year !== 'number') {
      out.push(year);
      return;
    }
    if (o.value === null) {
      out.push(skip(row, 'OBS_VALUE', missingReason(o.status)));
      return;
    }
    if (Number.isNaN(o.value)) {
      out.push(
        o.overflow
          ? skip(row, 'UNIT_MULT', msg('unitMultBeyond', { power: c.UNIT_MULT ?? '' }))
          : skip(row, 'OBS_VALUE', notANumber(c.OBS_VALUE ?? '')),
      );
      return;
    }
    const partnerCode = origin ? (c[origin[0]] ?? '') : '_T';
    if (partnerCode === '') {
      out.push(skip(row, origin?.[0] ?? null, msg('noCountryOfOrigin')));
      return;
    }
    const { flags, note } = statusFlags(o.status);
    out.push(
      record({
        row,
        source: 'OECD.HEALTH_WFMI',
        measure,
        area,
        areaColumn: 'REF_AREA',
        year,
        occupation,
        sex,
        age,
        partner: partnerCode,
        partnerColumn: origin?.[0] ?? null,
        partnerBasis: basis,
        value: o.value,
        flags,
        comment: note,
        series: [c.MEASURE, unit].join('.'),
      }),
    );
  };
}

const HWMO_NAMES: Record<keyof LongColumns, string> = {
  measure: 'MEASURE',
  area: 'REF_AREA',
  year: 'TIME_PERIOD',
  occupation: 'OCCUPATION',
  sex: 'SEX',
  age: 'AGE',
  partner: 'COUNTERPART_AREA',
  partnerBasis: 'COUNTERPART_BASIS',
  value: 'OBS_VALUE',
  unit: 'UNIT_MEASURE',
  flags: 'OBS_STATUS',
  comment: 'COMMENT',
  source: 'SOURCE',
};

function hwmoMapper(
  layout: SdmxLayout,
  file: string,
  decimalComma: boolean,
): { map: Mapper; finish: () => void } {
  const cols = Object.fromEntries(
    Object.entries(HWMO_NAMES).map(([field, id]) => [field, layout.index(id)]),
  ) as unknown as LongColumns;
  const coded = Object.values(cols).filter((i) => i !== -1 && i !== cols.value && i !== cols.comment);
  const reader = new LongRowReader(file, layout.header, cols, HWMO_NAMES, decimalComma, 'HWMO');
  const unitMult = layout.index('UNIT_MULT');
  return {
    map: (_o, raw, out) => {
      let cells = raw.cells;
      if (coded.some((i) => (cells[i] ?? '').includes(': '))) {
        cells = cells.slice();
        for (const i of coded) cells[i] = sdmxCode(cells[i] ?? '');
      }
      const mult = Number(sdmxCode(cell(cells, unitMult)) || 0);
      reader.read(
        { row: raw.row, cells },
        out,
        Number.isInteger(mult) && mult !== 0 ? { scalePower: mult } : {},
      );
    },
    finish: () => reader.finish(),
  };
}

const MIG_REASON = msg('migrationFlow');

type FlowKind = 'hwmo' | 'wfmi' | 'mig';
const DATAFLOWS: Readonly<Record<string, FlowKind>> = {
  DF_HWMO: 'hwmo',
  'DSD_HEALTH_WFMI@DF_HEALTH_WFMI': 'wfmi',
  DF_HEALTH_WFMI: 'wfmi',
  DSD_HEALTH_WFMI: 'wfmi',
  'DSD_MIG@DF_MIG': 'mig',
  DF_MIG: 'mig',
  DSD_MIG: 'mig',
};

export const sdmxCsv: FormatSpec = {
  name: 'sdmx-csv',
  description: 'SDMX-CSV 1.0 (DATAFLOW first) or 2.0 (STRUCTURE, STRUCTURE_ID first)',
  normalise: (c) => sdmxColumn(c).toLowerCase(),
  detect: (h: Header) => {
    const first = sdmxColumn(h.names[0] ?? '');
    return first === 'DATAFLOW' || (first === 'STRUCTURE' && h.has('structure_id'));
  },
  missing: (h) => {
    const first = sdmxColumn(h.names[0] ?? '');
    if (first !== 'DATAFLOW' && first !== 'STRUCTURE') return 'DATAFLOW';
    if (first === 'STRUCTURE' && !h.has('structure_id')) return 'STRUCTURE_ID';
    return h.has('obs_value') ? null : 'OBS_VALUE';
  },
  open({ header, decimalComma, file }): RowReader {
    const layout = new SdmxLayout(header);
    const flowColumn = layout.version === '2.0' ? 'STRUCTURE_ID' : 'DATAFLOW';
    const mappers = new Map<string, Mapper>();
    const finishers: Array<() => void> = [];
    const mapperFor = (raw: string, row: number): Mapper => {
      const id = parseStructureId(raw);
      const kind = id ? DATAFLOWS[id.id.toUpperCase()] : undefined;
      if (kind === 'hwmo') {
        const h = hwmoMapper(layout, file, decimalComma);
        finishers.push(h.finish);
        return h.map;
      }
      if (kind === 'wfmi') return wfmiMapper(layout);
      if (kind === 'mig') return (o, _raw, out) => out.push(skip(o.row, flowColumn, MIG_REASON));
      throw new AppError(
        'invalid_file',
        msg('sdmxUnmappedFlow', { column: flowColumn, flow: JSON.stringify(sdmxCode(raw)) }),
        {
          location: { file, row, column: flowColumn },
          detail: msg('sdmxMappedFlows', {
            hwmo: HWMO_DATAFLOW,
            wfmi: 'OECD.ELS.HD:DSD_HEALTH_WFMI@DF_HEALTH_WFMI',
            mig: 'OECD.ELS.IMD:DSD_MIG@DF_MIG',
          }),
          hint: msg('useTemplateHint'),
        },
      );
    };
    return {
      read(raw, out) {
        const flowCell = cell(raw.cells, layout.structureIdColumn);
        let mapper = mappers.get(flowCell);
        if (!mapper) {
          mapper = mapperFor(flowCell, raw.row);
          mappers.set(flowCell, mapper);
        }
        const o = layout.observation(raw, decimalComma);
        if (o.action === 'D') {
          out.push(skip(raw.row, 'ACTION', msg('deleteAction')));
          return;
        }
        mapper(o, raw, out);
      },
      finish() {
        for (const f of finishers) f();
      },
    };
  },
};
