import { useRef } from 'preact/hooks';
import { type Bar, FlowChart } from '../components/charts.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Figure } from '../components/Figure.tsx';
import type { PageProps } from '../components/lazy.tsx';
import { Load } from '../components/Status.tsx';
import { t } from '../i18n/i18n.ts';
import { getAllObservations, getCountries, type Observation } from '../lib/api.ts';
import { getSources, sourceNote } from '../lib/catalog.ts';
import { slug } from '../lib/csv.ts';
import { areaName, formatNumber, occupationName } from '../lib/format.ts';
import { href, setParams } from '../lib/router.ts';
import { useAsync } from '../lib/use-async.ts';

const TOP = 12;
const isCountry = (code: string) => !code.startsWith('_');

/** Bilateral stocks of foreign-trained health workers, as destination countries report them. */
export default function FlowsPage({ url }: PageProps) {
  const p = url.searchParams;
  const mode = p.get('mode') === 'origin' ? 'origin' : 'destination';
  const state = useAsync(async () => {
    const [countries, sources, rows] = await Promise.all([
      getCountries(),
      getSources(),
      getAllObservations({ measure: 'foreign-trained-stock' }),
    ]);
    return { countries, sources, rows };
  }, []);

  return (
    <section class="page">
      <h1>{t('flows.title')}</h1>
      <p class="muted">{t('flows.intro')}</p>
      <Load state={state}>
        {({ countries, sources, rows }) => {
          const name = (c: string, fallback?: string) =>
            c === '_U' ? t('flows.unknown') : areaName(c, countries, fallback);
          const keyOf = (o: Observation) => (mode === 'destination' ? o.area : o.partner);
          const partnerOf = (o: Observation) => (mode === 'destination' ? o.partner : o.area);
          const choices = [...new Set(rows.map(keyOf).filter(isCountry))]
            .map((c) => ({ code: c, name: name(c) }))
            .sort((a, b) => a.name.localeCompare(b.name));
          const fallback =
            mode === 'destination' ? (choices.find((c) => c.code === 'USA') ?? choices[0]) : choices[0];
          const area = choices.some((c) => c.code === p.get('area'))
            ? (p.get('area') as string)
            : (fallback?.code ?? '');
          const forArea = rows.filter((o) => keyOf(o) === area);
          const occupations = [...new Set(forArea.map((o) => o.occupation))].sort();
          const occupation = occupations.includes(p.get('occupation') ?? '')
            ? (p.get('occupation') as string)
            : (occupations[0] ?? '');
          const years = [
            ...new Set(forArea.filter((o) => o.occupation === occupation).map((o) => o.year)),
          ].sort((a, b) => b - a);
          const year = years.includes(Number(p.get('year'))) ? Number(p.get('year')) : (years[0] ?? 0);
          const selected = forArea.filter((o) => o.occupation === occupation && o.year === year);
          return (
            <>
              <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
                <label>
                  {t('flows.mode')}
                  <select
                    name="mode"
                    value={mode}
                    onChange={(e) => setParams({ mode: e.currentTarget.value, area: null, year: null })}
                  >
                    <option value="destination">{t('flows.byDestination')}</option>
                    <option value="origin">{t('flows.byOrigin')}</option>
                  </select>
                </label>
                <label>
                  {mode === 'destination' ? t('flows.destination') : t('flows.origin')}
                  <select
                    name="area"
                    value={area}
                    onChange={(e) => setParams({ area: e.currentTarget.value, year: null })}
                  >
                    {choices.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('common.occupation')}
                  <select
                    name="occupation"
                    value={occupation}
                    onChange={(e) => setParams({ occupation: e.currentTarget.value })}
                  >
                    {occupations.map((o) => (
                      <option key={o} value={o}>
                        {occupationName([o])}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('common.year')}
                  <select
                    name="year"
                    value={String(year)}
                    onChange={(e) => setParams({ year: e.currentTarget.value })}
                  >
                    {years.map((y) => (
                      <option key={y} value={String(y)}>
                        {y}
                      </option>
                    ))}
                  </select>
                </label>
              </form>
              {selected.length ? (
                <FlowView
                  rows={selected}
                  mode={mode}
                  areaLabel={name(area)}
                  area={area}
                  occupation={occupation}
                  year={year}
                  name={name}
                  partnerOf={partnerOf}
                  note={t('chart.sourceNote', {
                    source: sourceNote(
                      selected.map((o) => o.source),
                      sources,
                    ),
                  })}
                />
              ) : (
                <p>{t('flows.noData')}</p>
              )}
            </>
          );
        }}
      </Load>
    </section>
  );
}

function FlowView(props: {
  rows: Observation[];
  mode: 'destination' | 'origin';
  area: string;
  areaLabel: string;
  occupation: string;
  year: number;
  name: (code: string, fallback?: string) => string;
  partnerOf: (o: Observation) => string;
  note: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { rows, mode } = props;
  const total = rows.find((o) => props.partnerOf(o) === '_T')?.value ?? null;
  const parts = rows
    .filter((o) => props.partnerOf(o) !== '_T')
    .map((o) => ({ code: props.partnerOf(o), value: o.value, obs: o }))
    .sort((a, b) => b.value - a.value);
  const sum = parts.reduce((a, b) => a + b.value, 0);
  const denominator = total ?? sum;
  const share = (v: number) => (denominator > 0 ? (100 * v) / denominator : null);
  const known = parts.filter((x) => isCountry(x.code));
  const unknown = parts.filter((x) => !isCountry(x.code));
  const top = known.slice(0, TOP);
  const others = known.slice(TOP);
  const bands: Bar[] = [
    ...top.map((x) => ({ key: x.code, label: props.name(x.code), value: x.value })),
    ...(others.length
      ? [
          {
            key: '_O',
            label: t('flows.others', { count: others.length }),
            value: others.reduce((a, b) => a + b.value, 0),
            muted: true,
          },
        ]
      : []),
    ...unknown.map((x) => ({ key: x.code, label: props.name(x.code), value: x.value, muted: true })),
  ].filter((b) => b.value > 0);
  const occupation = occupationName([props.occupation]);
  const title =
    mode === 'destination'
      ? t('flows.chartTitleDest', { occupation, name: props.areaLabel, year: props.year })
      : t('flows.chartTitleOrigin', { occupation, name: props.areaLabel, year: props.year });
  const partnerHeader = mode === 'destination' ? t('flows.origin') : t('flows.destination');
  return (
    <Figure
      title={title}
      note={`${total !== null ? `${t('flows.total')}: ${formatNumber(total)}. ` : ''}${props.note} (${props.year})`}
      fileName={slug('hwmo-flows', mode, props.area, props.occupation, props.year)}
      svgRef={svgRef}
      tableOpen
      csv={() => ({
        header: [
          'destination',
          'origin',
          'origin_name',
          'occupation',
          'year',
          'value',
          'share_percent',
          'source',
          'file',
          'row',
        ],
        rows: parts.map((x) => [
          x.obs.area,
          x.obs.partner,
          props.name(mode === 'destination' ? x.obs.partner : x.obs.area),
          x.obs.occupation,
          x.obs.year,
          x.value,
          share(x.value)?.toFixed(2) ?? null,
          x.obs.source,
          x.obs.file,
          x.obs.row,
        ]),
      })}
      table={
        <DataTable
          caption={title}
          captionHidden
          columns={[
            {
              key: 'name',
              label: partnerHeader,
              value: (x) => props.name(x.code),
              render: (x) =>
                isCountry(x.code) ? (
                  <a href={href(`/country/${x.code}`)}>{props.name(x.code)}</a>
                ) : (
                  props.name(x.code)
                ),
            },
            {
              key: 'value',
              label: t('common.value'),
              numeric: true,
              value: (x) => x.value,
              render: (x) => formatNumber(x.value),
            },
            {
              key: 'share',
              label: `${t('common.share')} (%)`,
              numeric: true,
              value: (x) => share(x.value),
              render: (x) => {
                const s = share(x.value);
                return s === null ? '—' : formatNumber(s, 1);
              },
            },
          ]}
          rows={parts}
          rowKey={(x) => x.code}
        />
      }
    >
      <FlowChart bands={bands} node={props.areaLabel} svgRef={svgRef} label={title} />
    </Figure>
  );
}
