import { NOT_APPLICABLE, type Sex } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { areaRecord, cell, type FormatSpec, firstMissing, type Header, readYear, skip } from './format.ts';
import { notANumber, parseNumber } from './numbers.ts';
import { textCell } from './text.ts';

export interface GhoIndicator {
  measure: string;
  occupation: string;
  /** The `Indicator` text the code was checked against. */
  label: string;
}

/** GHO indicator codes hwmo stores; each checked against the `Indicator` text of the WHO export files. */
export const GHO_INDICATORS: Readonly<Record<string, GhoIndicator>> = {
  HWF_0001: { measure: 'density', occupation: 'medical-doctors', label: 'Medical doctors (per 10,000)' },
  HWF_0002: { measure: 'stock', occupation: 'medical-doctors', label: 'Medical doctors (number)' },
  HWF_0003: {
    measure: 'stock',
    occupation: 'medical-doctors.generalist',
    label: 'Generalist medical practitioners (number)',
  },
  HWF_0004: {
    measure: 'stock',
    occupation: 'medical-doctors.specialist',
    label: 'Specialist medical practitioners (number)',
  },
  HWF_0005: {
    measure: 'stock',
    occupation: 'medical-doctors.nfd',
    label: 'Medical doctors not further defined (number)',
  },
  HWF_0006: {
    measure: 'density',
    occupation: 'nursing-and-midwifery',
    label: 'Nursing and midwifery personnel (per 10,000)',
  },
  HWF_0007: {
    measure: 'stock',
    occupation: 'nursing-and-midwifery',
    label: 'Nursing and midwifery personnel (number)',
  },
  HWF_0008: { measure: 'stock', occupation: 'nursing-personnel', label: 'Nursing personnel (number)' },
  HWF_0009: { measure: 'stock', occupation: 'midwifery-personnel', label: 'Midwifery personnel (number)' },
  HWF_0010: { measure: 'density', occupation: 'dentists', label: 'Dentists (per 10,000)' },
  HWF_0011: { measure: 'stock', occupation: 'dentists', label: 'Dentists (number)' },
  HWF_0012: {
    measure: 'stock',
    occupation: 'dental-assistants',
    label: 'Dental Assistants and Therapists (number)',
  },
  HWF_0013: {
    measure: 'stock',
    occupation: 'dental-prosthetic-technicians',
    label: 'Dental Prosthetic Technicians (number)',
  },
  UHC_INDEX_REPORTED: {
    measure: 'uhc-sci',
    occupation: NOT_APPLICABLE,
    label: 'UHC service coverage index (SDG 3.8.1)',
  },
};

/** Sex codes of the GHO (`Dim1ValueCode`, or `Dim1` in the OData API) and their display names. */
const GHO_SEX: Readonly<Record<string, Sex>> = {
  SEX_MLE: 'M',
  MLE: 'M',
  male: 'M',
  SEX_FMLE: 'F',
  FMLE: 'F',
  female: 'F',
  SEX_BTSX: '_T',
  BTSX: '_T',
  'both sexes': '_T',
};

export function ghoSex(code: string): Sex | undefined {
  return GHO_SEX[code] ?? GHO_SEX[code.toLowerCase()];
}

/** The display value without its uncertainty interval (`12.3 [10.1-14.5]`). */
function displayNumber(raw: string, decimalComma: boolean): number | null {
  const bracket = raw.indexOf('[');
  return parseNumber(bracket === -1 ? raw : raw.slice(0, bracket), decimalComma);
}

const C = {
  indicator: ['IndicatorCode'],
  indicatorName: ['Indicator'],
  area: ['SpatialDimValueCode', 'SpatialDim'],
  areaName: ['Location'],
  year: ['Period', 'TimeDim'],
  value: ['FactValueNumeric', 'NumericValue'],
  prefix: ['FactValueNumericPrefix'],
  display: ['Value'],
  comment: ['FactComments', 'Comments'],
  dims: [
    [
      ['Dim1ValueCode', 'Dim1'],
      ['Dim1 type', 'Dim1Type'],
    ],
    [
      ['Dim2ValueCode', 'Dim2'],
      ['Dim2 type', 'Dim2Type'],
    ],
    [
      ['Dim3ValueCode', 'Dim3'],
      ['Dim3 type', 'Dim3Type'],
    ],
  ],
} as const;

export const whoGho: FormatSpec = {
  name: 'who-gho',
  description:
    'WHO GHO export CSV (IndicatorCode, SpatialDimValueCode, Period, FactValueNumeric; or OData names)',
  detect: (h: Header) =>
    h.has(...C.indicator) && h.has(...C.area) && (h.has(...C.value) || h.has(...C.display)),
  missing: (h) => firstMissing(h, [C.indicator, C.area, C.year, [...C.value, ...C.display]]),
  open({ header: h, decimalComma }) {
    const iIndicator = h.index(...C.indicator);
    const iArea = h.index(...C.area);
    const iAreaName = h.index(...C.areaName);
    const iYear = h.index(...C.year);
    const iValue = h.index(...C.value);
    const iPrefix = h.index(...C.prefix);
    const iDisplay = h.index(...C.display);
    const iComment = h.index(...C.comment);
    const dims = C.dims.map(([code, type]) => ({ code: h.index(...code), type: h.index(...type) }));
    const indicatorCol = h.name(iIndicator);
    const yearCol = h.name(iYear);
    const valueCol = h.name(iValue === -1 ? iDisplay : iValue);
    return {
      read({ row, cells }, out) {
        const code = cell(cells, iIndicator).trim();
        const ind = GHO_INDICATORS[code];
        if (!ind) {
          const name = textCell(cell(cells, h.index(...C.indicatorName)));
          const what = name ? `${code} (${name})` : code || '(empty)';
          out.push(skip(row, indicatorCol, msg('indicatorNotMeasure', { code: what })));
          return;
        }
        let sex: Sex = '_T';
        for (let d = 0; d < dims.length; d++) {
          const dim = dims[d];
          if (!dim) continue;
          const value = cell(cells, dim.code).trim();
          if (value === '') continue;
          const s = d === 0 ? ghoSex(value) : undefined;
          if (s) {
            sex = s;
            continue;
          }
          const type = cell(cells, dim.type).trim() || `Dim${d + 1}`;
          out.push(skip(row, h.name(dim.code), msg('brokenDown', { dimension: type, value })));
          return;
        }
        const areaCode = cell(cells, iArea).trim();
        const areaName = areaCode === '' ? textCell(cell(cells, iAreaName)) : null;
        if (!areaCode && !areaName) {
          out.push(skip(row, h.name(iArea), msg('noAreaCode')));
          return;
        }
        const year = readYear(cell(cells, iYear), row, yearCol);
        if (typeof year !== 'number') {
          out.push(year);
          return;
        }
        let raw = cell(cells, iValue);
        let column = valueCol;
        let value = iValue === -1 ? null : parseNumber(raw, decimalComma);
        if (value === null && iDisplay !== -1) {
          raw = cell(cells, iDisplay);
          column = h.name(iDisplay);
          value = displayNumber(raw, decimalComma);
        }
        if (value === null) {
          out.push(skip(row, column, msg('noValue')));
          return;
        }
        if (Number.isNaN(value)) {
          out.push(skip(row, column, notANumber(raw, decimalComma)));
          return;
        }
        let comment = textCell(cell(cells, iComment));
        const prefix = cell(cells, iPrefix).trim();
        if (prefix) comment = [`published as ${prefix}${value}`, comment].filter(Boolean).join('; ');
        out.push(
          areaRecord({
            row,
            source: 'WHO.GHO',
            measure: ind.measure,
            area: areaCode || (areaName as string),
            areaColumn: areaCode ? h.name(iArea) : h.name(iAreaName),
            year,
            occupation: ind.occupation,
            sex,
            value,
            comment,
            series: code,
          }),
        );
      },
    };
  },
};
