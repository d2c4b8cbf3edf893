import { useRef } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { t } from '../../i18n/i18n.ts';
import { slug } from '../../lib/csv.ts';
import { formatList, formatNumber, occupationName } from '../../lib/format.ts';
import type { Projection } from './api.ts';
import { FanChart, type FanSeries } from './FanChart.tsx';
import { datasetsOf, num, sourcesOfCadre } from './words.ts';

export interface Group {
  key: string;
  label: string;
  years: number[];
  /** Per series (baseline first): the deterministic FTE path, the bands, the need and gap. */
  rows: Array<{
    name: string;
    fte: number[];
    bands: { low: number[]; median: number[]; high: number[] } | null;
    need: number[] | null;
    gap: number[] | null;
    closingYear: number | null;
  }>;
  needLabel: string;
  sources: string;
  note: string | null;
}

/** The threshold group first, then each projected cadre, as the charts and the comparison show them. */
export function groupsOf(names: string[], projections: Projection[]): Group[] {
  const [base] = projections;
  if (!base) return [];
  const groups: Group[] = [];
  const threshold = base.threshold;
  if (threshold) {
    groups.push({
      key: 'threshold',
      label: t('planning.threshold'),
      years: base.years,
      rows: projections.map((p, i) => ({
        name: names[i] ?? '',
        fte: p.threshold?.supply ?? [],
        bands: p.threshold?.bands ?? null,
        need: p.threshold?.need ?? null,
        gap: p.threshold?.gap ?? null,
        closingYear: p.threshold?.closingYear ?? null,
      })),
      needLabel: t('planning.need.threshold', { value: formatNumber(threshold.perTenThousand, 1) }),
      sources: datasetsOf([
        ...base.cadres.filter((c) => threshold.cadres.includes(c.cadre)).flatMap(sourcesOfCadre),
        ...(base.population?.sources ?? []),
      ]),
      note: threshold.missing.length
        ? t('planning.missing', { cadres: formatList(threshold.missing.map((c) => occupationName([c]))) })
        : null,
    });
  }
  for (const c of base.cadres) {
    if (!c.projected) continue;
    groups.push({
      key: c.cadre,
      label: occupationName([c.cadre]),
      years: base.years,
      rows: projections.map((p, i) => {
        const pc = p.cadres.find((x) => x.cadre === c.cadre);
        return {
          name: names[i] ?? '',
          fte: pc?.fte ?? [],
          bands: pc?.bands ?? null,
          need: pc?.need ?? null,
          gap: pc?.gap ?? null,
          closingYear: pc?.closingYear ?? null,
        };
      }),
      needLabel: c.needMethod ? t(`planning.need.${c.needMethod}`) : t('planning.need.none'),
      sources: datasetsOf(sourcesOfCadre(c)),
      note: null,
    });
  }
  return groups;
}

const last = (a: number[] | null | undefined) => (a?.length ? (a[a.length - 1] ?? null) : null);

function closesText(g: Group['rows'][number], horizonYear: number): string {
  if (!g.need) return t('planning.noNeed');
  return g.closingYear === null
    ? t('planning.neverCloses', { year: horizonYear })
    : t('planning.closesIn', { year: g.closingYear });
}

export interface ComparisonRow {
  key: string;
  group: string;
  scenario: string;
  supply: number | null;
  low: number | null;
  high: number | null;
  need: number | null;
  gap: number | null;
  closes: string;
}

export function Comparison(props: { groups: Group[]; horizonYear: number }) {
  const rows: ComparisonRow[] = props.groups.flatMap((g) =>
    g.rows.map((r, i) => ({
      key: `${g.key}:${i}`,
      group: g.label,
      scenario: r.name,
      supply: last(r.fte),
      low: last(r.bands?.low),
      high: last(r.bands?.high),
      need: last(r.need),
      gap: last(r.gap),
      closes: closesText(r, props.horizonYear),
    })),
  );
  const columns: Column<ComparisonRow>[] = [
    { key: 'group', label: t('planning.col.group'), value: (r) => r.group },
    { key: 'scenario', label: t('planning.col.scenario'), value: (r) => r.scenario },
    {
      key: 'supply',
      label: t('planning.col.supply'),
      numeric: true,
      value: (r) => r.supply,
      render: (r) => num(r.supply),
    },
    {
      key: 'range',
      label: t('planning.col.range'),
      numeric: true,
      value: (r) => r.low,
      render: (r) => (r.low === null || r.high === null ? '' : `${num(r.low)}–${num(r.high)}`),
    },
    {
      key: 'need',
      label: t('planning.col.need'),
      numeric: true,
      value: (r) => r.need,
      render: (r) => num(r.need),
    },
    {
      key: 'gap',
      label: t('planning.col.gap'),
      numeric: true,
      value: (r) => r.gap,
      render: (r) => num(r.gap),
    },
    { key: 'closes', label: t('planning.col.closes'), value: (r) => r.closes },
  ];
  const title = t('planning.comparison', { year: props.horizonYear });
  return (
    <section aria-labelledby="planning-comparison" class="planning-comparison">
      <h2 id="planning-comparison">{title}</h2>
      <p class="small muted">{t('planning.comparisonNote')}</p>
      <DataTable caption={title} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} />
    </section>
  );
}

interface YearRow {
  key: string;
  scenario: string;
  year: number;
  fte: number | null;
  low: number | null;
  median: number | null;
  high: number | null;
  need: number | null;
  gap: number | null;
}

function yearRows(g: Group): YearRow[] {
  return g.rows.flatMap((r, i) =>
    g.years.map((year, j) => ({
      key: `${i}:${year}`,
      scenario: r.name,
      year,
      fte: r.fte[j] ?? null,
      low: r.bands?.low[j] ?? null,
      median: r.bands?.median[j] ?? null,
      high: r.bands?.high[j] ?? null,
      need: r.need?.[j] ?? null,
      gap: r.gap?.[j] ?? null,
    })),
  );
}

export function GroupFigure(props: { group: Group; area: string }) {
  const g = props.group;
  const ref = useRef<SVGSVGElement>(null);
  const from = g.years[0] ?? 0;
  const to = g.years[g.years.length - 1] ?? from;
  const title = t('planning.chartTitle', { group: g.label, from, to });
  const series: FanSeries[] = g.rows.map((r, i) => ({
    key: String(i),
    label: r.name,
    band: r.bands ? { low: r.bands.low, high: r.bands.high } : null,
    line: r.bands?.median ?? r.fte,
  }));
  const need = g.rows[0]?.need ?? null;
  const rows = yearRows(g);
  const columns: Column<YearRow>[] = [
    { key: 'scenario', label: t('planning.col.scenario'), value: (r) => r.scenario },
    { key: 'year', label: t('planning.col.year'), numeric: true, value: (r) => r.year },
    {
      key: 'fte',
      label: t('planning.col.supply'),
      numeric: true,
      value: (r) => r.fte,
      render: (r) => num(r.fte),
    },
    {
      key: 'low',
      label: t('planning.col.low'),
      numeric: true,
      value: (r) => r.low,
      render: (r) => num(r.low),
    },
    {
      key: 'median',
      label: t('planning.col.median'),
      numeric: true,
      value: (r) => r.median,
      render: (r) => num(r.median),
    },
    {
      key: 'high',
      label: t('planning.col.high'),
      numeric: true,
      value: (r) => r.high,
      render: (r) => num(r.high),
    },
    {
      key: 'need',
      label: t('planning.col.need'),
      numeric: true,
      value: (r) => r.need,
      render: (r) => num(r.need),
    },
    {
      key: 'gap',
      label: t('planning.col.gap'),
      numeric: true,
      value: (r) => r.gap,
      render: (r) => num(r.gap),
    },
  ];
  return (
    <div class="planning-figure" data-group={g.key}>
      <Figure
        title={title}
        note={`${t('planning.chartNote', { need: g.needLabel, sources: g.sources })}${g.note ? ` ${g.note}` : ''}`}
        fileName={slug('hwmo', 'planning', props.area, g.key)}
        svgRef={ref}
        csv={() => ({
          header: [
            'area',
            'group',
            'scenario',
            'year',
            'fte',
            'fte_p05',
            'fte_p50',
            'fte_p95',
            'need',
            'gap',
          ],
          rows: rows.map((r) => [
            props.area,
            g.key,
            r.scenario,
            r.year,
            r.fte,
            r.low,
            r.median,
            r.high,
            r.need,
            r.gap,
          ]),
        })}
        table={
          <DataTable
            caption={t('planning.gapTable', { group: g.label })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
          />
        }
      >
        <FanChart
          years={g.years}
          series={series}
          need={need ? { label: t('planning.needLine'), values: need } : null}
          svgRef={ref}
          label={t('planning.chartLabel', { group: g.label })}
        />
      </Figure>
    </div>
  );
}
