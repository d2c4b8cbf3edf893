import { useRef, useState } from 'preact/hooks';
import { ChoiceOption } from '../../components/ChoiceOption.tsx';
import { type Bar, BarChart } from '../../components/charts.tsx';
import { type Column, countryColumns, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { GroupFilters, YearFilter } from '../../components/GroupFilters.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries, getIndicator, type IndicatorResult, type Source } from '../../lib/api.ts';
import {
  type Availability,
  choiceOf,
  getAvailability,
  hasData,
  indicatorHasData,
  keepChoice,
  occupationChoices,
} from '../../lib/availability.ts';
import { CADRES, getSources, INDICATORS, sourceNote } from '../../lib/catalog.ts';
import { collator } from '../../lib/collate.ts';
import { slug } from '../../lib/csv.ts';
import {
  areaName,
  digitsFor,
  formatList,
  formatValue,
  indicatorName,
  occupationName,
  unitLabel,
  valueForm,
} from '../../lib/format.ts';
import { noteText } from '../../lib/notes.ts';
import { setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  addMetric,
  type ColumnResult,
  compareRows,
  listParam,
  type Metric,
  type Row,
  readCompareQuery,
  yearMenu,
} from './state.ts';

function metricLabel(m: Metric): string {
  return `${indicatorName(m.indicator)} — ${occupationName(m.occupation)}`;
}

async function loadColumn(m: Metric, year: string): Promise<ColumnResult> {
  try {
    return {
      ok: true,
      response: await getIndicator({ indicator: m.indicator, occupation: m.occupation, year }),
    };
  } catch (e) {
    const a = await getAvailability().catch(() => undefined);
    const accepted = a ? occupationChoices(a, m.indicator) : [];
    if (a && accepted.length > 0 && !choiceOf(a, m.indicator, m.occupation.join(',')))
      return {
        ok: false,
        reason: t('menu.notAccepted', {
          indicator: indicatorName(m.indicator),
          occupations: formatList(
            accepted.map((c) => occupationName(c.occupation)),
            'disjunction',
          ),
        }),
      };
    return {
      ok: false,
      reason: t('compare.columnFailed', { reason: e instanceof Error ? e.message : String(e) }),
    };
  }
}

export default function ComparePage({ url }: PageProps) {
  const { metrics, year, region, income, q, sortKey, sortDir, chosen, charted } = readCompareQuery(
    url.searchParams,
  );

  const base = useAsync(
    () =>
      Promise.all([getCountries(), getSources(), getAvailability().catch(() => undefined)]).then(
        ([countries, sources, availability]) => ({ countries, sources, availability }),
      ),
    [],
  );
  const availability = base.status === 'ok' ? base.data.availability : undefined;
  const state = useAsync(async () => {
    const [countries, sources, results] = await Promise.all([
      getCountries(),
      getSources(),
      Promise.all(metrics.map((m) => loadColumn(m, year))),
    ]);
    return { countries, sources, results };
  }, [metrics.map((m) => m.id).join(','), year]);

  const setColumns = (list: Metric[]) => setParams({ columns: listParam(list.map((m) => m.id)) });
  const setAreas = (list: string[]) => setParams({ areas: listParam(list) });

  // The years any chosen column has values in.
  const years = availability
    ? yearMenu(metrics, (indicator, occupation) => choiceOf(availability, indicator, occupation))
    : undefined;

  return (
    <section class="page compare-page">
      <h1>{t('compare.title')}</h1>
      <p class="muted">{t('compare.intro')}</p>
      <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
        <YearFilter
          year={year}
          sources={base.status === 'ok' ? base.data.sources : undefined}
          years={years}
        />
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
      <AddColumn metrics={metrics} availability={availability} onChange={setColumns} />
      <Load state={state}>
        {({ countries, sources, results }) => {
          const byId = new Map(metrics.map((m, i) => [m.id, results[i]]));
          const rows = compareRows(countries.values(), metrics, results, { region, income, q }, (c) =>
            areaName(c, countries),
          );
          const src = (r: IndicatorResult | undefined) =>
            r
              ? sourceNote(
                  r.inputs.map((i) => i.source),
                  sources,
                )
              : '';
          const columns: Column<Row>[] = [
            ...countryColumns<Row>(),
            ...metrics.map((m): Column<Row> => {
              const result = byId.get(m.id);
              const unit = result?.ok ? result.response.unit : '';
              return {
                key: m.id,
                label: `${metricLabel(m)}${unit ? ` (${unitLabel(unit)})` : ''}`,
                numeric: true,
                value: (r) => r.cells.get(m.id)?.value ?? null,
                render: (r) => {
                  if (result && !result.ok) return <span class="muted cell-note">{result.reason}</span>;
                  const c = r.cells.get(m.id);
                  if (!c) return <span class="muted">—</span>;
                  if (c.value === null)
                    return (
                      <span class="muted cell-note">
                        {c.reason ? noteText(c.reason, countries) : t('common.noData')}
                      </span>
                    );
                  return (
                    <span
                      title={valueForm(c.method, c.inputs, (codes) => sourceNote(codes, sources)) ?? src(c)}
                    >
                      {formatValue(c.value, c.unit, false)} <span class="year">({c.year})</span>
                    </span>
                  );
                },
              };
            }),
          ];
          const csvSources = results.flatMap((r) =>
            r.ok ? r.response.items.flatMap((i) => i.inputs.map((x) => x.source)) : [],
          );
          return (
            <>
              <CountryChart
                countries={countries}
                sources={sources}
                chosen={chosen}
                metrics={metrics}
                charted={charted}
                result={charted ? byId.get(charted.id) : undefined}
                year={year}
                onAreas={setAreas}
              />
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
                    ...metrics.flatMap((m) =>
                      (['value', 'unit', 'year', 'source'] as const).map((column) =>
                        t('csv.metric', { metric: metricLabel(m), column: t(`csv.${column}`) }),
                      ),
                    ),
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
            </>
          );
        }}
      </Load>
    </section>
  );
}

/** The add-column menus: indicators and the occupations each accepts, marked where no data are loaded. */
function AddColumn(props: {
  metrics: Metric[];
  availability: Availability | undefined;
  onChange: (list: Metric[]) => void;
}) {
  const a = props.availability;
  const [indicator, setIndicator] = useState<string>('density');
  const [occupation, setOccupation] = useState<string>('medical-doctors');
  const occupations = a
    ? occupationChoices(a, indicator).map((c) => ({ value: c.occupation.join(','), enabled: hasData(c) }))
    : CADRES.map((c) => ({ value: c as string, enabled: true }));
  const current = occupations.some((o) => o.value === occupation)
    ? occupation
    : ((occupations.find((o) => o.enabled) ?? occupations[0])?.value ?? occupation);
  return (
    <fieldset class="controls no-print">
      <legend>{t('compare.columns')}</legend>
      <ul class="chips">
        {props.metrics.map((m) => (
          <li key={m.id}>
            {metricLabel(m)}{' '}
            <button
              type="button"
              aria-label={t('compare.remove', { column: metricLabel(m) })}
              onClick={() => props.onChange(props.metrics.filter((x) => x.id !== m.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('common.indicator')}
        <select
          name="new-indicator"
          value={indicator}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setIndicator(next);
            if (a) setOccupation(keepChoice(a, next, current, 'latest').occupation);
          }}
        >
          {INDICATORS.map((i) => (
            <ChoiceOption
              key={i}
              value={i}
              label={indicatorName(i)}
              enabled={a === undefined || indicatorHasData(a, i)}
            />
          ))}
        </select>
      </label>
      <label>
        {t('common.occupation')}
        <select name="new-occupation" value={current} onChange={(e) => setOccupation(e.currentTarget.value)}>
          {occupations.map((o) => (
            <ChoiceOption
              key={o.value}
              value={o.value}
              label={occupationName(o.value.split(','))}
              enabled={o.enabled}
            />
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => {
          const next = addMetric(props.metrics, indicator, current);
          if (next.length !== props.metrics.length) props.onChange(next);
        }}
      >
        {t('compare.add')}
      </button>
    </fieldset>
  );
}

/** A bar chart of one column across the countries the reader picks, with the picker. */
function CountryChart(props: {
  countries: Map<string, Area>;
  sources: Map<string, Source>;
  chosen: string[];
  metrics: Metric[];
  charted: Metric | undefined;
  result: ColumnResult | undefined;
  year: string;
  onAreas: (codes: string[]) => void;
}) {
  const { countries, chosen } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [typed, setTyped] = useState('');
  const [unknown, setUnknown] = useState<string | null>(null);
  const names = [...countries.values()]
    .filter((a) => a.whoMember || chosen.includes(a.code))
    .map((a) => ({ code: a.code, name: areaName(a.code, countries) }))
    .sort((a, b) => collator().compare(a.name, b.name));
  const add = () => {
    const text = typed.trim();
    if (!text) return;
    // The name as the language writes it (any case or accents; the list offers the names as one types), or the code.
    const hit =
      names.find((n) => collator().compare(n.name, text) === 0) ??
      names.find((n) => n.code === text.toUpperCase());
    if (!hit) return setUnknown(text);
    setUnknown(null);
    setTyped('');
    if (!chosen.includes(hit.code)) props.onAreas([...chosen, hit.code]);
  };
  const m = props.charted;
  const yearLabel = props.year === 'latest' ? t('common.latestWithin', { window: 10 }) : props.year;
  const title = m ? t('compare.chartTitle', { metric: metricLabel(m), year: yearLabel }) : '';
  const response = props.result?.ok ? props.result.response : undefined;
  const unit = response?.unit ?? '';
  const items = chosen
    .filter((c) => countries.has(c))
    .map((code) => ({
      code,
      name: areaName(code, countries),
      item: response?.items.find((i) => i.area === code),
    }));
  const bars: Bar[] = items
    .map(({ code, name, item }): Bar => {
      if (!item || item.value === null)
        return {
          key: code,
          label: name,
          value: 0,
          missing:
            props.result && !props.result.ok
              ? props.result.reason
              : item?.reason
                ? noteText(item.reason, countries)
                : t('common.noData'),
        };
      return { key: code, label: name, value: item.value, extra: String(item.year) };
    })
    .sort((a, b) => (a.missing ? 1 : 0) - (b.missing ? 1 : 0) || b.value - a.value);
  const src = (item: IndicatorResult | undefined) =>
    item
      ? sourceNote(
          item.inputs.map((i) => i.source),
          props.sources,
        )
      : '';
  const years = items.map((i) => i.item?.year).filter((y): y is number => typeof y === 'number');
  const span = years.length
    ? ` (${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `–${Math.max(...years)}` : ''})`
    : '';
  const note = `${unit ? `${t('chart.valuesIn', { unit: unitLabel(unit) })}. ` : ''}${t('chart.sourceNote', {
    source:
      sourceNote(
        items.flatMap((i) => i.item?.inputs.map((x) => x.source) ?? []),
        props.sources,
      ) || '—',
  })}${span}`;
  return (
    <section class="compare-chart" aria-label={t('compare.countries')}>
      <fieldset class="controls picker no-print">
        <legend>{t('compare.countries')}</legend>
        <ul class="chips">
          {items.map((i) => (
            <li key={i.code}>
              {i.name}{' '}
              <button
                type="button"
                aria-label={t('compare.removeCountry', { name: i.name })}
                onClick={() => props.onAreas(chosen.filter((c) => c !== i.code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div class="picker-row">
          <label>
            {t('compare.addCountry')}
            <input
              type="search"
              name="add-country"
              list="compare-countries"
              autocomplete="off"
              value={typed}
              onInput={(e) => {
                const v = e.currentTarget.value;
                setTyped(v);
                // Picking from the list fills in a whole name: add it at once.
                const hit = names.find((n) => n.name === v);
                if (hit && !chosen.includes(hit.code)) {
                  setTyped('');
                  setUnknown(null);
                  props.onAreas([...chosen, hit.code]);
                }
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </label>
          <datalist id="compare-countries">
            {names
              .filter((n) => !chosen.includes(n.code))
              .map((n) => (
                <option key={n.code} value={n.name} />
              ))}
          </datalist>
          <button type="button" onClick={add}>
            {t('compare.addCountryButton')}
          </button>
          {chosen.length > 0 && (
            <button type="button" onClick={() => props.onAreas([])}>
              {t('compare.clearCountries')}
            </button>
          )}
          {props.metrics.length > 1 && m && (
            <label>
              {t('compare.chartColumn')}
              <select
                name="chart"
                value={m.id}
                onChange={(e) => setParams({ chart: e.currentTarget.value }, { replace: true })}
              >
                {props.metrics.map((x) => (
                  <option key={x.id} value={x.id}>
                    {metricLabel(x)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {unknown && (
          <p class="warn" role="status">
            {t('compare.unknownCountry', { name: unknown })}
          </p>
        )}
      </fieldset>
      {!m ? null : items.length === 0 ? (
        <p class="empty-note">{t('compare.noCountries')}</p>
      ) : (
        <Figure
          title={title}
          note={note}
          fileName={slug('hwmo-compare-chart', m.id.replace(':', '-'), props.year)}
          svgRef={svgRef}
          csv={() => ({
            header: ['area', 'area_name', 'indicator', 'occupation', 'year', 'value', 'unit', 'source'],
            rows: items.map((i) => [
              i.code,
              i.name,
              m.indicator,
              m.occupation.join('+'),
              i.item?.year ?? null,
              i.item?.value ?? null,
              unit,
              src(i.item),
            ]),
          })}
          table={
            <DataTable
              caption={title}
              captionHidden
              rowKey={(b) => b.key}
              rows={bars}
              columns={[
                { key: 'label', label: t('common.country'), value: (b) => b.label },
                {
                  key: 'value',
                  label: `${t('common.value')}${unit ? ` (${unitLabel(unit)})` : ''}`,
                  numeric: true,
                  value: (b) => (b.missing ? null : b.value),
                  render: (b) =>
                    b.missing ? (
                      <span class="muted cell-note">{b.missing}</span>
                    ) : (
                      formatValue(b.value, unit, false)
                    ),
                },
                { key: 'year', label: t('common.year'), numeric: true, value: (b) => b.extra ?? null },
              ]}
            />
          }
        >
          <BarChart bars={bars} digits={digitsFor(unit)} svgRef={svgRef} label={title} />
        </Figure>
      )}
    </section>
  );
}
