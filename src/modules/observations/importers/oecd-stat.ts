import { AppError } from '../../../platform/errors.ts';
import { NOT_APPLICABLE, OBSERVATION_FLAGS, type PartnerBasis } from '../../reference/index.ts';
import { text as msg } from '../messages.ts';
import {
  cell,
  type FormatSpec,
  firstMissing,
  type Header,
  readValue,
  readYear,
  record,
  skip,
} from './format.ts';
import { textCell } from './text.ts';

export type OecdVariable =
  | {
      kind: 'bilateral';
      measure: string;
      occupation: string;
      basis: PartnerBasis;
      label: string;
    }
  | { kind: 'total'; measure: string; occupation: string; label: string }
  | { kind: 'share'; label: string };

/**
 * Variables (`VAR`) of the legacy OECD.Stat dataset HEALTH_WFMI. FTDS, TNBD and TNBN occur in the files examined
 * (with these labels); the others follow the same naming (FT foreign-trained, FB foreign-born; D doctors, N nurses;
 * S stock, F annual inflow, P share) and their labels are as OECD.Stat published them.
 */
export const OECD_VARIABLES: Readonly<Record<string, OecdVariable>> = {
  FTDS: {
    kind: 'bilateral',
    measure: 'foreign-trained-stock',
    occupation: 'medical-doctors',
    basis: 'training',
    label: 'Foreign-trained doctors - Stock',
  },
  FTDF: {
    kind: 'bilateral',
    measure: 'inflow',
    occupation: 'medical-doctors',
    basis: 'training',
    label: 'Foreign-trained doctors - Annual inflow',
  },
  FTNS: {
    kind: 'bilateral',
    measure: 'foreign-trained-stock',
    occupation: 'nursing-personnel',
    basis: 'training',
    label: 'Foreign-trained nurses - Stock',
  },
  FTNF: {
    kind: 'bilateral',
    measure: 'inflow',
    occupation: 'nursing-personnel',
    basis: 'training',
    label: 'Foreign-trained nurses - Annual inflow',
  },
  FBDS: {
    kind: 'bilateral',
    measure: 'foreign-born-stock',
    occupation: 'medical-doctors',
    basis: 'birth',
    label: 'Foreign-born doctors - Stock',
  },
  FBDF: {
    kind: 'bilateral',
    measure: 'inflow',
    occupation: 'medical-doctors',
    basis: 'birth',
    label: 'Foreign-born doctors - Annual inflow',
  },
  FBNS: {
    kind: 'bilateral',
    measure: 'foreign-born-stock',
    occupation: 'nursing-personnel',
    basis: 'birth',
    label: 'Foreign-born nurses - Stock',
  },
  FBNF: {
    kind: 'bilateral',
    measure: 'inflow',
    occupation: 'nursing-personnel',
    basis: 'birth',
    label: 'Foreign-born nurses - Annual inflow',
  },
  TNBD: { kind: 'total', measure: 'stock', occupation: 'medical-doctors', label: 'Total number of doctors' },
  TNBN: { kind: 'total', measure: 'stock', occupation: 'nursing-personnel', label: 'Total number of nurses' },
  FTDP: { kind: 'share', label: 'Share of foreign-trained doctors' },
  FTNP: { kind: 'share', label: 'Share of foreign-trained nurses' },
  FBDP: { kind: 'share', label: 'Share of foreign-born doctors' },
  FBNP: { kind: 'share', label: 'Share of foreign-born nurses' },
};

const BY_LABEL = new Map(Object.entries(OECD_VARIABLES).map(([code, v]) => [v.label.toLowerCase(), code]));
const SHARE_LABEL = /share|percent|%/i;
const TOTAL_ORIGIN = new Set(['TOT', 'total']);
const FLAG_LETTERS = new Set<string>(Object.values(OBSERVATION_FLAGS));

const C = {
  area: ['COU'],
  areaName: ['Country'],
  variable: ['VAR'],
  variableName: ['Variable'],
  origin: ['CO2'],
  originName: ['Country of origin'],
  year: ['YEA', 'Year'],
  value: ['Value'],
  flagCodes: ['Flag Codes'],
  flags: ['Flags'],
} as const;

/** A variable code named in the file name (`HEALTH_WFMI_FTDS_2018.csv`), for exports trimmed to label columns. */
function variableFromFileName(fileName: string): string | null {
  const found = fileName.split(/[^A-Za-z0-9]+/).filter((t) => t.toUpperCase() in OECD_VARIABLES);
  return found.length === 1 ? (found[0] as string).toUpperCase() : null;
}

export const oecdStat: FormatSpec = {
  name: 'oecd-stat',
  description:
    'legacy OECD.Stat CSV (COU, Country, VAR, Variable, CO2, Country of origin, YEA, Year, Value, Flag Codes, Flags)',
  detect: (h: Header) =>
    (h.has(...C.area) &&
      h.has(...C.variable) &&
      h.has(...C.origin) &&
      h.has(...C.year) &&
      h.has(...C.value)) ||
    (h.has(...C.areaName) && h.has(...C.originName) && h.has(...C.year) && h.has(...C.value)),
  missing: (h) =>
    firstMissing(h, [[...C.area, ...C.areaName], [...C.origin, ...C.originName], C.year, C.value]),
  open({ header: h, decimalComma, fileName, file }) {
    const i = {
      area: h.index(...C.area),
      areaName: h.index(...C.areaName),
      variable: h.index(...C.variable),
      variableName: h.index(...C.variableName),
      origin: h.index(...C.origin),
      originName: h.index(...C.originName),
      year: h.index(...C.year),
      value: h.index(...C.value),
      flagCodes: h.index(...C.flagCodes),
      flags: h.index(...C.flags),
    };
    const fixed = i.variable === -1 && i.variableName === -1 ? variableFromFileName(fileName) : null;
    if (i.variable === -1 && i.variableName === -1 && !fixed) {
      throw new AppError('invalid_file', msg('oecdNoVariable', { file }), {
        location: { file, row: h.row, column: 'VAR' },
        hint: msg('oecdNoVariableHint', { codes: Object.keys(OECD_VARIABLES).join(', ') }),
      });
    }
    const variableCol = i.variable === -1 ? h.name(i.variableName) : h.name(i.variable);
    const areaCol = h.name(i.area);
    const areaNameCol = h.name(i.areaName);
    const originCodeCol = h.name(i.origin);
    const originNameCol = h.name(i.originName);
    const originCol = i.origin === -1 ? i.originName : i.origin;
    const yearCol = h.name(i.year);
    const valueCol = h.name(i.value);
    return {
      read({ row, cells }, out) {
        let code = fixed ?? cell(cells, i.variable).trim();
        const label = i.variableName === -1 ? '' : cell(cells, i.variableName).trim();
        if (code === '' && label !== '') code = BY_LABEL.get(label.toLowerCase()) ?? '';
        const v = OECD_VARIABLES[code];
        if (!v || v.kind === 'share') {
          const what = label ? `${code || '(no code)'} (${label})` : code || '(empty)';
          const reason =
            v?.kind === 'share' || SHARE_LABEL.test(label)
              ? msg('variableShare', { code: what })
              : msg('variableNotMeasure', { code: what });
          out.push(skip(row, variableCol, reason));
          return;
        }
        let area = cell(cells, i.area).trim();
        let areaColumn = areaCol;
        if (area === '') {
          area = textCell(cell(cells, i.areaName)) ?? '';
          areaColumn = areaNameCol;
        }
        if (area === '') {
          out.push(skip(row, h.name(i.area === -1 ? i.areaName : i.area), msg('noCountry')));
          return;
        }
        let origin = cell(cells, i.origin).trim();
        let originColumn = originCodeCol;
        if (origin === '') {
          origin = textCell(cell(cells, i.originName)) ?? '';
          originColumn = originNameCol;
        }
        if (v.kind === 'total' && origin !== '' && !TOTAL_ORIGIN.has(origin)) {
          out.push(skip(row, h.name(originCol), msg('originTotOnly', { label: v.label, origin })));
          return;
        }
        if (v.kind === 'bilateral' && origin === '') {
          out.push(skip(row, h.name(originCol), msg('noCountryOfOrigin')));
          return;
        }
        const year = readYear(cell(cells, i.year), row, yearCol);
        if (typeof year !== 'number') {
          out.push(year);
          return;
        }
        const value = readValue(cell(cells, i.value), decimalComma, row, valueCol);
        if (typeof value !== 'number') {
          out.push(value);
          return;
        }
        const flags: string[] = [];
        let comment: string | null = null;
        const flagCodes = cell(cells, i.flagCodes).trim();
        if (flagCodes !== '') {
          for (const f of flagCodes.toUpperCase().split(/[^A-Z]+/)) {
            if (f === '') continue;
            if (FLAG_LETTERS.has(f)) flags.push(f);
            else comment = `OECD flag ${f}${i.flags === -1 ? '' : `: ${cell(cells, i.flags).trim()}`}`;
          }
        }
        const bilateral = v.kind === 'bilateral';
        out.push(
          record({
            row,
            source: 'OECD.HEALTH_WFMI',
            measure: v.measure,
            area,
            areaColumn,
            year,
            occupation: v.occupation,
            sex: '_T',
            age: '_T',
            partner: bilateral ? origin : NOT_APPLICABLE,
            partnerColumn: bilateral ? originColumn : null,
            partnerBasis: bilateral ? v.basis : '_Z',
            value,
            flags,
            comment,
            series: code,
          }),
        );
      },
    };
  },
};
