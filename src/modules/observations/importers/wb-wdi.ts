import { NOT_APPLICABLE } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { areaRecord, cell, type FormatSpec, firstMissing, type Header, readYear, skip } from './format.ts';
import { notANumber, parseNumber, scale } from './numbers.ts';
import { textCell } from './text.ts';

export interface WdiIndicator {
  measure: string;
  occupation: string;
  /** Multiplier to hwmo's unit, with the note it leaves in the comment. */
  factor?: { by: number; note: string };
}

const PER_1000 = { by: 10, note: 'converted from per 1 000 to per 10 000 population' };

/** World Development Indicators hwmo stores; other indicators are skipped with their name. */
export const WDI_INDICATORS: Readonly<Record<string, WdiIndicator>> = {
  'SP.POP.TOTL': { measure: 'population', occupation: NOT_APPLICABLE },
  'SH.UHC.SRVS.CV.XD': { measure: 'uhc-sci', occupation: NOT_APPLICABLE },
  'SH.MED.PHYS.ZS': { measure: 'density', occupation: 'medical-doctors', factor: PER_1000 },
  'SH.MED.NUMW.P3': { measure: 'density', occupation: 'nursing-and-midwifery', factor: PER_1000 },
};

const YEAR_COLUMN = /^\d{4}$/;
const C = {
  name: ['Country Name'],
  code: ['Country Code'],
  indicatorName: ['Indicator Name'],
  indicator: ['Indicator Code'],
} as const;

export const wbWdi: FormatSpec = {
  name: 'wb-wdi',
  description:
    'World Bank bulk CSV (preamble, then Country Name, Country Code, Indicator Name, Indicator Code, 1960 …)',
  detect: (h: Header) =>
    h.has(...C.code) && h.has(...C.indicator) && h.names.some((n) => YEAR_COLUMN.test(n)),
  missing: (h) => firstMissing(h, [C.name, C.code, C.indicatorName, C.indicator]),
  open({ header: h, decimalComma }) {
    const iName = h.index(...C.name);
    const iCode = h.index(...C.code);
    const iIndicator = h.index(...C.indicator);
    const iIndicatorName = h.index(...C.indicatorName);
    const years = h.names.flatMap((n, index) => (YEAR_COLUMN.test(n) ? [{ index, name: n }] : []));
    return {
      read({ row, cells }, out) {
        const code = cell(cells, iIndicator).trim();
        const ind = WDI_INDICATORS[code];
        const areaCode = cell(cells, iCode).trim();
        const area = areaCode || textCell(cell(cells, iName)) || '';
        const areaColumn = h.name(areaCode ? iCode : iName);
        for (const y of years) {
          const raw = cell(cells, y.index);
          if (raw.trim() === '') continue;
          if (!ind) {
            const name = textCell(cell(cells, iIndicatorName));
            out.push(
              skip(row, y.name, msg('indicatorNotMeasure', { code: `${code}${name ? ` (${name})` : ''}` })),
            );
            continue;
          }
          if (area === '') {
            out.push(skip(row, y.name, msg('noCountryCode')));
            continue;
          }
          const year = readYear(y.name, row, y.name);
          if (typeof year !== 'number') {
            out.push(year);
            continue;
          }
          const value = parseNumber(raw, decimalComma);
          if (value === null || Number.isNaN(value)) {
            out.push(skip(row, y.name, value === null ? msg('noValue') : notANumber(raw, decimalComma)));
            continue;
          }
          out.push(
            areaRecord({
              row,
              source: 'WB.WDI',
              measure: ind.measure,
              area,
              areaColumn,
              year,
              occupation: ind.occupation,
              value: ind.factor ? scale(value, ind.factor.by) : value,
              comment: ind.factor?.note ?? null,
              series: code,
            }),
          );
        }
      },
    };
  },
};
