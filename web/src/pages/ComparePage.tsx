import { useState } from 'preact/hooks';
import { type Column, countryColumns, DataTable, type SortDir } from '../components/DataTable.tsx';
import { Figure } from '../components/Figure.tsx';
import { GroupFilters, YearFilter } from '../components/GroupFilters.tsx';
import type { PageProps } from '../components/lazy.tsx';
import { Load } from '../components/Status.tsx';
import { t } from '../i18n/i18n.ts';
import { type Area, getCountries, getIndicator, type IndicatorResult } from '../lib/api.ts';
import { CADRES, getSources, INDICATORS, sourceNote } from '../lib/catalog.ts';
import { slug } from '../lib/csv.ts';
import { areaName, formatValue, indicatorName, occupationName, unitLabel } from '../lib/format.ts';
import { setParams } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';

/** A column: an indicator for an occupation, written `indicator:occupation[+occupation]` in the URL. */
interface Metric {
  id: string;
  indicator: string;
  occupation: string[];
}

const DEFAULT_COLUMNS =
  'density:medical-doctors,density:nursing-and-midwifery,foreign-trained-share:medical-doctors,emigration-rate:medical-doctors';

function parseMetrics(s: string): Metric[] {
  return s
    .split(',')
    .map((part) => {
      const [indicator = '', occ = ''] = part.split(':');
      return { id: part, indicator, occupation: occ.split('+').filter(Boolean) };
    })
    .filter((m) => (INDICATORS as readonly string[]).includes(m.indicator));
}

function metricLabel(m: Metric): string {
  return `${indicatorName(m.indicator)} — ${occupationName(m.occupation)}`;
}

interface Row {
  area: Area;
  name: string;
  cells: Map<string, IndicatorResult>;
}

export default function ComparePage({ url }: PageProps) {
  const p = url.searchParams;
  const metrics = parseMetrics(p.get('columns') ?? DEFAULT_COLUMNS);
  const year = p.get('year') ?? 'latest';
  const region = p.get('region') ?? '';
  const income = p.get('income') ?? '';
  const q = p.get('q') ?? '';
  const sortKey = p.get('sort') ?? 'name';
  const sortDir: SortDir = p.get('dir') === 'desc' ? 'desc' : 'asc';
  const [newIndicator, setNewIndicator] = useState<string>('density');
  const [newOccupation, setNewOccupation] = useState<string>('medical-doctors');

  const state = useAsync(async () => {
    const [countries, sources, results] = await Promise.all([
      getCountries(),
      getSources(),
      Promise.all(
        metrics.map((m) => getIndicator({ indicator: m.indicator, occupation: m.occupation, year })),
      ),
    ]);
    return { countries, sources, results };
  }, [metrics.map((m) => m.id).join(','), year]);

  const setColumns = (list: Metric[]) => setParams({ columns: list.map((m) => m.id).join(',') || 'none' });

  return (
    <section class="page">
      <h1>{t('compare.title')}</h1>
      <p class="muted">{t('compare.intro')}</p>
      <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
        <YearFilter year={year} sources={state.status === 'ok' ? state.data.sources : undefined} />
        <GroupFilters region={region} income={income} />
        <label>
          {t('common.filterName')}
          <input
            type="search"
            name="q"
            value={q}
            onInput={(e) => setParams({ q: e.currentTarget.value || null }, { replace: true })}
          />
        </label>
      </form>
      <fieldset class="controls no-print">
        <legend>{t('compare.columns')}</legend>
        <ul class="chips">
          {metrics.map((m) => (
            <li key={m.id}>
              {metricLabel(m)}{' '}
              <button
                type="button"
                aria-label={t('compare.remove', { column: metricLabel(m) })}
                onClick={() => setColumns(metrics.filter((x) => x.id !== m.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <label>
          {t('common.indicator')}
          <select value={newIndicator} onChange={(e) => setNewIndicator(e.currentTarget.value)}>
            {INDICATORS.map((i) => (
              <option key={i} value={i}>
                {indicatorName(i)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.occupation')}
          <select value={newOccupation} onChange={(e) => setNewOccupation(e.currentTarget.value)}>
            {CADRES.map((c) => (
              <option key={c} value={c}>
                {occupationName(c.split(','))}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            const id = `${newIndicator}:${newOccupation.split(',').join('+')}`;
            if (!metrics.some((m) => m.id === id)) setColumns([...metrics, ...parseMetrics(id)]);
          }}
        >
          {t('compare.add')}
        </button>
      </fieldset>
      <Load state={state}>
        {({ countries, sources, results }) => {
          const inFilter = (a: Area) =>
            (!region || a.whoRegion === region) &&
            (!income || a.wbIncome === income) &&
            (!q || areaName(a.code, countries).toLocaleLowerCase().includes(q.toLocaleLowerCase()));
          const rows: Row[] = [...countries.values()]
            .filter((a) => a.whoMember && inFilter(a))
            .map((a) => {
              const cells = new Map<string, IndicatorResult>();
              results.forEach((r, i) => {
                const m = metrics[i];
                const item = r.items.find((x) => x.area === a.code);
                if (m && item) cells.set(m.id, item);
              });
              return { area: a, name: areaName(a.code, countries), cells };
            });
          const src = (r: IndicatorResult | undefined) =>
            r
              ? sourceNote(
                  r.inputs.map((i) => i.source),
                  sources,
                )
              : '';
          const columns: Column<Row>[] = [
            ...countryColumns<Row>(),
            ...metrics.map(
              (m, i): Column<Row> => ({
                key: m.id,
                label: `${metricLabel(m)} (${unitLabel(results[i]?.unit ?? '')})`,
                numeric: true,
                value: (r) => r.cells.get(m.id)?.value ?? null,
                render: (r) => {
                  const c = r.cells.get(m.id);
                  if (!c || c.value === null) return <span class="muted">—</span>;
                  return (
                    <span title={src(c)}>
                      {formatValue(c.value, c.unit, false)} <span class="year">({c.year})</span>
                    </span>
                  );
                },
              }),
            ),
          ];
          const csvSources = results.flatMap((r) => r.items.flatMap((i) => i.inputs.map((x) => x.source)));
          return (
            <Figure
              title={t('compare.tableTitle')}
              note={t('chart.sourceNote', { source: sourceNote(csvSources, sources) || '—' })}
              fileName={slug('hwmo-compare', year)}
              csv={() => ({
                header: [
                  'area',
                  'area_name',
                  'who_region',
                  'income_group',
                  ...metrics.flatMap((m) => {
                    const id = m.id.replace(':', '_');
                    return [`${id}_value`, `${id}_unit`, `${id}_year`, `${id}_source`];
                  }),
                ],
                rows: rows.map((r) => [
                  r.area.code,
                  r.name,
                  r.area.whoRegion,
                  r.area.wbIncome,
                  ...metrics.flatMap((m) => {
                    const c = r.cells.get(m.id);
                    return [c?.value ?? null, c?.unit ?? null, c?.year ?? null, src(c)];
                  }),
                ]),
              })}
              table={
                <DataTable
                  caption={t('compare.tableTitle')}
                  captionHidden
                  columns={columns}
                  rows={rows}
                  rowKey={(r) => r.area.code}
                  sort={{ key: sortKey, dir: sortDir }}
                  onSort={(key, dir) => setParams({ sort: key, dir }, { replace: true })}
                />
              }
            />
          );
        }}
      </Load>
    </section>
  );
}
