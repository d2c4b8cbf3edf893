import type { Sex } from '../../reference/index.ts';
import { findMeasure } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { areaRecord, cell, type FormatSpec, firstMissing, type Header, readYear, skip } from './format.ts';
import { notANumber, parseNumber, scale } from './numbers.ts';
import { textCell } from './text.ts';
import { GHO_INDICATORS, ghoSex } from './who-gho.ts';

const C = {
  indicator: ['GHO', 'GHO (CODE)'],
  year: ['YEAR', 'YEAR (CODE)', 'YEAR (DISPLAY)'],
  country: ['COUNTRY', 'COUNTRY (CODE)'],
  region: ['REGION', 'REGION (CODE)'],
  income: ['WORLDBANKINCOMEGROUP', 'WORLDBANKINCOMEGROUP (CODE)'],
  sex: ['SEX', 'SEX (CODE)'],
  publish: ['PUBLISHSTATE', 'PUBLISHSTATE (CODE)'],
  display: ['Display Value'],
  value: ['Numeric'],
  comment: ['Comments'],
} as const;

/**
 * A value on the 0–1 scale where the measure is a 0–100 index: regional and income-group rows of the old GHO API
 * give `Numeric` as a fraction (0.44412) and the display value on the index scale (44).
 */
export function isFractionOfIndex(value: number, display: number | null): boolean {
  if (value < 0 || value > 1) return false;
  if (display === null || Number.isNaN(display)) return value > 0;
  return Math.abs(display - value * 100) <= 1 && Math.abs(display - value) > 0.5;
}

export const whoGhoLegacy: FormatSpec = {
  name: 'who-gho-legacy',
  description:
    'old GHO API CSV (GHO, PUBLISHSTATE, YEAR, REGION, WORLDBANKINCOMEGROUP, COUNTRY, Display Value, Numeric)',
  detect: (h: Header) => h.has(...C.indicator) && h.has(...C.value) && h.has(...C.year),
  missing: (h) => firstMissing(h, [C.indicator, C.year, C.value]),
  open({ header: h, decimalComma }) {
    const i = {
      indicator: h.index(...C.indicator),
      year: h.index(...C.year),
      country: h.index(...C.country),
      region: h.index(...C.region),
      income: h.index(...C.income),
      sex: h.index(...C.sex),
      publish: h.index(...C.publish),
      display: h.index(...C.display),
      value: h.index(...C.value),
      comment: h.index(...C.comment),
    };
    const areaColumns = [i.country, i.region, i.income].filter((x) => x !== -1);
    return {
      read({ row, cells }, out) {
        const code = cell(cells, i.indicator).trim();
        const ind = GHO_INDICATORS[code];
        if (!ind) {
          out.push(skip(row, h.name(i.indicator), msg('indicatorNotMeasure', { code: code || '(empty)' })));
          return;
        }
        const state = cell(cells, i.publish).trim();
        if (state !== '' && state.toUpperCase() !== 'PUBLISHED') {
          out.push(skip(row, h.name(i.publish), msg('publishState', { state })));
          return;
        }
        const areaIndex = areaColumns.find((c) => cell(cells, c).trim() !== '');
        if (areaIndex === undefined) {
          out.push(skip(row, h.name(areaColumns[0] ?? i.indicator), msg('noCountryRegionIncome')));
          return;
        }
        let sex: Sex = '_T';
        const sexCode = cell(cells, i.sex).trim();
        if (sexCode !== '') {
          const s = ghoSex(sexCode);
          if (!s) {
            out.push(skip(row, h.name(i.sex), msg('sexNotKnown', { code: sexCode })));
            return;
          }
          sex = s;
        }
        const year = readYear(cell(cells, i.year), row, h.name(i.year));
        if (typeof year !== 'number') {
          out.push(year);
          return;
        }
        const raw = cell(cells, i.value);
        let value = parseNumber(raw, decimalComma);
        let comment = textCell(cell(cells, i.comment));
        if (value === null || Number.isNaN(value)) {
          const why = value === null ? msg('noValue') : notANumber(raw, decimalComma);
          out.push(skip(row, h.name(i.value), why));
          return;
        }
        if (findMeasure(ind.measure)?.unit === 'index 0-100') {
          const display = i.display === -1 ? null : parseNumber(cell(cells, i.display), decimalComma);
          if (isFractionOfIndex(value, display)) {
            const note = `rescaled to 0-100 from the 0-1 fraction ${raw.trim()} published in ${h.name(i.value)}`;
            value = scale(value, 100);
            comment = comment ? `${comment}; ${note}` : note;
          }
        }
        out.push(
          areaRecord({
            row,
            source: 'WHO.GHO',
            measure: ind.measure,
            area: cell(cells, areaIndex).trim(),
            areaColumn: h.name(areaIndex),
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
