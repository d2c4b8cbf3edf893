import { NOT_APPLICABLE } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import { areaRecord, cell, type FormatSpec, type Header, readYear, skip } from './format.ts';
import { notANumber, parseNumber } from './numbers.ts';
import { textCell } from './text.ts';

/** Grapher value columns hwmo stores, recognised by their title. */
export const OWID_COLUMNS: ReadonlyArray<{ pattern: RegExp; measure: string }> = [
  { pattern: /UHC service coverage index|universal health coverage/i, measure: 'uhc-sci' },
  { pattern: /^population\b/i, measure: 'population' },
];

export const owid: FormatSpec = {
  name: 'owid',
  description: 'Our World in Data grapher CSV (Entity, Code, Year, value columns)',
  detect: (h: Header) =>
    h.index('Entity') === 0 && h.index('Code') === 1 && h.index('Year') === 2 && h.names.length > 3,
  missing: (h) => (['Entity', 'Code', 'Year'] as const).find((c) => !h.has(c)) ?? null,
  open({ header: h, decimalComma }) {
    const iEntity = h.index('Entity');
    const iCode = h.index('Code');
    const iYear = h.index('Year');
    const values = h.names.flatMap((name, index) => {
      if (index === iEntity || index === iCode || index === iYear || name === '') return [];
      return [{ index, name, measure: OWID_COLUMNS.find((c) => c.pattern.test(name))?.measure ?? null }];
    });
    return {
      read({ row, cells }, out) {
        const code = cell(cells, iCode).trim();
        const area = code || textCell(cell(cells, iEntity)) || '';
        const areaColumn = h.name(code ? iCode : iEntity);
        let year: number | null = null;
        for (const v of values) {
          const raw = cell(cells, v.index);
          if (raw.trim() === '') continue;
          if (!v.measure) {
            out.push(skip(row, v.name, msg('columnNotMeasure', { column: `"${v.name}"` })));
            continue;
          }
          if (area === '') {
            out.push(skip(row, h.name(iEntity), msg('noEntity')));
            continue;
          }
          if (year === null) {
            const y = readYear(cell(cells, iYear), row, h.name(iYear));
            if (typeof y !== 'number') {
              out.push(y);
              continue;
            }
            year = y;
          }
          const value = parseNumber(raw, decimalComma);
          if (value === null || Number.isNaN(value)) {
            out.push(skip(row, v.name, value === null ? msg('noValue') : notANumber(raw, decimalComma)));
            continue;
          }
          out.push(
            areaRecord({
              row,
              source: 'OWID',
              measure: v.measure,
              area,
              areaColumn,
              year,
              occupation: NOT_APPLICABLE,
              value,
              series: v.name,
            }),
          );
        }
      },
    };
  },
};
