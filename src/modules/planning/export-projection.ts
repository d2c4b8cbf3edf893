import { renderCsv, renderXlsx } from '../../platform/documents/index.ts';
import { PARAMETERS, type Projection } from './schemas.ts';

export const PROJECTION_COLUMNS = [
  'area',
  'cadre',
  'year',
  'headcount',
  'fte',
  'fte_p05',
  'fte_p50',
  'fte_p95',
  'need',
  'need_method',
  'gap',
] as const;

export const INPUT_COLUMNS = [
  'area',
  'cadre',
  'parameter',
  'value',
  'basis',
  'year',
  'note',
  'sources',
] as const;

type Cell = string | number | null;

/** A row per cadre and year, then the threshold's cadres together ("threshold"). */
export function projectionRows(p: Projection): Cell[][] {
  const rows: Cell[][] = [];
  for (const c of p.cadres) {
    if (!c.projected) continue;
    p.years.forEach((year, t) => {
      rows.push([
        p.area,
        c.cadre,
        year,
        c.headcount[t] ?? null,
        c.fte[t] ?? null,
        c.bands?.low[t] ?? null,
        c.bands?.median[t] ?? null,
        c.bands?.high[t] ?? null,
        c.need?.[t] ?? null,
        c.needMethod,
        c.gap?.[t] ?? null,
      ]);
    });
  }
  const th = p.threshold;
  if (th) {
    p.years.forEach((year, t) => {
      rows.push([
        p.area,
        `threshold:${th.cadres.join('+')}`,
        year,
        null,
        th.supply[t] ?? null,
        th.bands?.low[t] ?? null,
        th.bands?.median[t] ?? null,
        th.bands?.high[t] ?? null,
        th.need[t] ?? null,
        `threshold ${th.perTenThousand}`,
        th.gap[t] ?? null,
      ]);
    });
  }
  return rows;
}

/** Every input of every cadre with its basis and sources ("dataset file row year"). */
export function inputRows(p: Projection): Cell[][] {
  return p.cadres.flatMap((c) =>
    PARAMETERS.map((name) => {
      const v = c.inputs.parameters[name];
      return [
        p.area,
        c.cadre,
        name,
        v.value,
        v.basis,
        v.year,
        v.note.code,
        v.sources.map((s) => `${s.dataset} ${s.file ?? ''}:${s.row ?? ''} ${s.measure} ${s.year}`).join('; '),
      ];
    }),
  );
}

export function projectionCsv(p: Projection): string {
  return renderCsv(PROJECTION_COLUMNS, projectionRows(p));
}

/** The projection, its inputs and its provenance as a workbook of three sheets. */
export async function projectionWorkbook(p: Projection): Promise<Buffer> {
  return renderXlsx([
    { name: 'projection', header: PROJECTION_COLUMNS, rows: projectionRows(p) },
    { name: 'inputs', header: INPUT_COLUMNS, rows: inputRows(p) },
    {
      name: 'provenance',
      header: ['key', 'value'],
      rows: [
        ['area', p.area],
        ['baseYear', p.baseYear],
        ['horizon', p.horizon],
        ['seed', p.provenance.seed],
        ['draws', p.provenance.draws],
        ['quantiles', p.provenance.quantiles.join(' ')],
        ['hwmoVersion', p.provenance.hwmoVersion],
        ['dataVersion', p.provenance.dataVersion],
        ['wisnStudy', p.provenance.wisnStudy],
        [
          'population',
          p.population ? `${p.population.method} (${p.population.extrapolated} extrapolated)` : null,
        ],
      ],
    },
  ]);
}
