import { NOT_APPLICABLE } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import {
  areaRecord,
  cell,
  type FormatSpec,
  firstMissing,
  type Header,
  readValue,
  readYear,
  skip,
} from './format.ts';
import { textCell } from './text.ts';

const C = {
  name: ['Country Name'],
  code: ['Country Code'],
  year: ['Year'],
  value: ['Value'],
} as const;

/** World Bank SP.POP.TOTL in long form, as the datasets/population package publishes it. */
export const longPopulation: FormatSpec = {
  name: 'long-population',
  description: 'long population CSV (Country Name, Country Code, Year, Value)',
  detect: (h: Header) =>
    h.has(...C.name) && h.has(...C.code) && h.has(...C.year) && h.has(...C.value) && !h.has('Indicator Code'),
  missing: (h) => firstMissing(h, [C.code, C.year, C.value]),
  open({ header: h, decimalComma }) {
    const iName = h.index(...C.name);
    const iCode = h.index(...C.code);
    const iYear = h.index(...C.year);
    const iValue = h.index(...C.value);
    const yearCol = h.name(iYear);
    const valueCol = h.name(iValue);
    return {
      read({ row, cells }, out) {
        const code = cell(cells, iCode).trim();
        const area = code || textCell(cell(cells, iName));
        if (!area) {
          out.push(skip(row, h.name(iCode), msg('noCountryCode')));
          return;
        }
        const year = readYear(cell(cells, iYear), row, yearCol);
        if (typeof year !== 'number') {
          out.push(year);
          return;
        }
        const value = readValue(cell(cells, iValue), decimalComma, row, valueCol);
        if (typeof value !== 'number') {
          out.push(value);
          return;
        }
        out.push(
          areaRecord({
            row,
            source: 'WB.WDI',
            measure: 'population',
            area,
            areaColumn: h.name(code ? iCode : iName),
            year,
            occupation: NOT_APPLICABLE,
            value,
            series: 'SP.POP.TOTL',
          }),
        );
      },
    };
  },
};
