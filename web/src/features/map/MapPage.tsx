import { scaleQuantile } from 'd3-scale';
import { useRef, useState } from 'preact/hooks';
import { ChoiceOption } from '../../components/ChoiceOption.tsx';
import { type Column, countryColumns, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { GroupFilters, YearFilter } from '../../components/GroupFilters.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import {
  type Area,
  getCountries,
  getIndicator,
  getJson,
  type IndicatorResult,
  type SafeguardsList,
  type Source,
} from '../../lib/api.ts';
import {
  type Availability,
  acceptedOccupation,
  choiceOf,
  getAvailability,
  hasData,
  indicatorHasData,
  keepChoice,
  occupationChoices,
  yearHasData,
} from '../../lib/availability.ts';
import { CADRES, getSources, INDICATORS, sourceNote } from '../../lib/catalog.ts';
import { collator } from '../../lib/collate.ts';
import { slug } from '../../lib/csv.ts';
import {
  areaName,
  digitsFor,
  formatNumber,
  formatValue,
  incomeName,
  indicatorName,
  occupationName,
  regionName,
  unitLabel,
  valueForm,
} from '../../lib/format.ts';
import { type Note, noteText } from '../../lib/notes.ts';
import { href, navigate, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { loadWorld, MAP_HEIGHT, MAP_WIDTH, type Shape } from '../../lib/world.ts';

/** YlGnBu, 5 classes (ColorBrewer): ordered light to dark, readable in grey. */
const CLASSES = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const SSL_COLOURS = { on: '#b2182b', off: '#92c5de' } as const;
const OUTSIDE = '#e3e8ee';
const LEGEND_Y = MAP_HEIGHT + 14;

interface Cell {
  value: number | null;
  year: number | null;
  sources: string[];
  /** How the value was obtained (computed from headcounts and population, or as published), for the reader. */
  method?: string | null;
  inputs?: IndicatorResult['inputs'];
  category?: 'on' | 'off';
  reason?: Note | null;
}

interface MapData {
  unit: string;
  categorical: boolean;
  cells: Map<string, Cell>;
}

async function loadSsl(): Promise<MapData> {
  const [list, countries] = await Promise.all([
    getJson<SafeguardsList>('/api/safeguards/2023'),
    getCountries(),
  ]);
  const on = new Set(list.members.map((m) => m.area));
  const cells = new Map<string, Cell>();
  for (const a of countries.values()) {
    if (!a.whoMember && !on.has(a.code)) continue;
    cells.set(a.code, {
      value: null,
      year: list.edition,
      sources: ['WHO.SSL'],
      category: on.has(a.code) ? 'on' : 'off',
    });
  }
  return { unit: '', categorical: true, cells };
}

async function loadValues(indicator: string, occupation: string[], year: string): Promise<MapData> {
  const r = await getIndicator({ indicator, occupation, year });
  const cells = new Map<string, Cell>();
  for (const item of r.items) {
    cells.set(item.area, {
      value: item.value,
      year: item.year,
      sources: [...new Set(item.inputs.map((i) => i.source))],
      method: item.method,
      inputs: item.inputs,
      reason: item.reason,
    });
  }
  return { unit: r.unit, categorical: false, cells };
}

function yearSpan(years: number[]): string {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return years.length === 0 ? '' : lo === hi ? String(lo) : `${lo}–${hi}`;
}

interface Row {
  area: Area;
  name: string;
  cell: Cell | undefined;
}

/** An occupation choice as the menu shows it, marked when the loaded data give it no value. */
function occupationOptions(a: Availability | undefined, indicator: string) {
  const choices = a ? occupationChoices(a, indicator) : [];
  if (choices.length === 0) return CADRES.map((c) => ({ value: c as string, enabled: true }));
  return choices.map((c) => ({ value: c.occupation.join(','), enabled: hasData(c) }));
}

export default function MapPage({ url }: PageProps) {
  const p = url.searchParams;
  const indicator = p.get('indicator') ?? 'density';
  const isSsl = indicator === 'ssl';
  const asked = p.get('occupation') ?? 'medical-doctors';
  const year = p.get('year') ?? 'latest';
  const region = p.get('region') ?? '';
  const income = p.get('income') ?? '';
  const selected = (p.get('area') ?? '').toUpperCase();

  const base = useAsync(async () => {
    const countries = getCountries();
    const [areas, sources, shapes] = await Promise.all([countries, getSources(), loadWorld(countries)]);
    return { countries: areas, sources, shapes };
  }, []);
  // The menus narrow to what the data hold once this arrives; the map does not wait for it.
  const known = useAsync(() => getAvailability().catch(() => undefined), []);
  const availability = known.status === 'ok' ? known.data : undefined;
  // An occupation the indicator does not accept (from an old link, say) is replaced by one it does.
  const occupationKey = availability ? acceptedOccupation(availability, indicator, asked) : asked;
  const occupation = occupationKey.split(',').filter(Boolean);
  const choice = availability ? choiceOf(availability, indicator, occupationKey) : undefined;
  const data = useAsync(async () => {
    if (isSsl) return loadSsl();
    try {
      return await loadValues(indicator, asked.split(',').filter(Boolean), year);
    } catch (e) {
      const a = await getAvailability().catch(() => undefined);
      const occ = a ? acceptedOccupation(a, indicator, asked) : asked;
      if (occ === asked) throw e;
      return loadValues(indicator, occ.split(',').filter(Boolean), year);
    }
  }, [indicator, asked, year, isSsl]);

  const set = (k: string, v: string) => setParams({ [k]: v || null });
  const chooseIndicator = (next: string) => {
    if (next === 'ssl' || !availability) return set('indicator', next);
    const keep = keepChoice(availability, next, occupationKey, year);
    setParams({
      indicator: next,
      occupation: keep.occupation === 'medical-doctors' ? null : keep.occupation,
      year: keep.year === 'latest' ? null : keep.year,
    });
  };
  const chooseOccupation = (next: string) => {
    const c = availability ? choiceOf(availability, indicator, next) : undefined;
    const keepYear = !c || yearHasData(c, year);
    setParams({
      occupation: next,
      year: keepYear ? year : c.latest || c.years.length === 0 ? null : String(c.years[0]),
    });
  };
  const unavailable =
    !isSsl && choice !== undefined && !yearHasData(choice, year)
      ? t('map.noDataLoaded', {
          choice: t('map.caption', {
            indicator: indicatorName(indicator),
            occupation: occupationName(occupation),
            year: year === 'latest' ? t('common.latestWithin', { window: 10 }) : year,
          }),
        })
      : null;

  return (
    <section class="page map-page">
      <h1>{t('map.title')}</h1>
      <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('common.indicator')}
          <select name="indicator" value={indicator} onChange={(e) => chooseIndicator(e.currentTarget.value)}>
            {[...INDICATORS, 'ssl'].map((i) => (
              <ChoiceOption
                key={i}
                value={i}
                label={indicatorName(i)}
                enabled={i === 'ssl' || availability === undefined || indicatorHasData(availability, i)}
              />
            ))}
          </select>
        </label>
        <label>
          {t('common.occupation')}
          <select
            name="occupation"
            value={occupationKey}
            disabled={isSsl}
            onChange={(e) => chooseOccupation(e.currentTarget.value)}
          >
            {occupationOptions(availability, indicator).map((o) => (
              <ChoiceOption
                key={o.value}
                value={o.value}
                label={occupationName(o.value.split(','))}
                enabled={o.enabled}
              />
            ))}
          </select>
        </label>
        <YearFilter
          year={year}
          sources={base.status === 'ok' ? base.data.sources : undefined}
          years={isSsl ? undefined : choice}
          disabled={isSsl}
        />
        <GroupFilters region={region} income={income} />
      </form>
      <p class="muted">{t(`indicatorHelp.${isSsl ? 'ssl' : (indicator as (typeof INDICATORS)[number])}`)}</p>
      {unavailable && (
        <p class="empty-note" role="status">
          {unavailable}
        </p>
      )}
      <Load state={base}>
        {(b) => (
          <Load state={data}>
            {(d) => (
              <MapView
                {...b}
                data={d}
                indicator={indicator}
                occupation={occupation}
                year={year}
                region={region}
                income={income}
                selected={selected}
              />
            )}
          </Load>
        )}
      </Load>
    </section>
  );
}

function MapView(props: {
  countries: Map<string, Area>;
  sources: Map<string, Source>;
  shapes: Shape[];
  data: MapData;
  indicator: string;
  occupation: string[];
  year: string;
  region: string;
  income: string;
  selected: string;
}) {
  const { countries, sources, shapes, data } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ code: string; name: string; x: number; y: number } | null>(null);
  const isSsl = props.indicator === 'ssl';
  const inFilter = (a: Area | undefined) =>
    !!a && (!props.region || a.whoRegion === props.region) && (!props.income || a.wbIncome === props.income);

  const rows: Row[] = [...countries.values()]
    .filter((a) => inFilter(a) && (a.whoMember || data.cells.has(a.code)))
    .map((a) => ({ area: a, name: areaName(a.code, countries), cell: data.cells.get(a.code) }))
    .sort((a, b) => collator().compare(a.name, b.name));
  const shown = rows.filter((r) => r.cell && (r.cell.value !== null || r.cell.category));
  const values = shown.map((r) => r.cell?.value).filter((v): v is number => v !== null && v !== undefined);
  const quantile = scaleQuantile<string>()
    .domain(values)
    .range(CLASSES.slice(0, Math.max(1, Math.min(CLASSES.length, new Set(values).size))));
  const years = shown.map((r) => r.cell?.year).filter((y): y is number => typeof y === 'number');
  const unit = data.unit;
  const digits = digitsFor(unit);
  const title = isSsl
    ? t('indicator.ssl')
    : t('map.caption', {
        indicator: indicatorName(props.indicator),
        occupation: occupationName(props.occupation),
        year: props.year === 'latest' ? t('common.latestWithin', { window: 10 }) : props.year,
      });
  const allSources = shown.flatMap((r) => r.cell?.sources ?? []);
  const note = isSsl
    ? t('chart.sourceNote', { source: t('map.sslSource') })
    : `${unit ? `${t('chart.valuesIn', { unit: unitLabel(unit) })}. ` : ''}${t('chart.sourceNote', {
        source: sourceNote(allSources, sources) || '—',
      })}${years.length ? ` (${yearSpan(years)})` : ''}`;

  const fillOf = (code: string | null): string => {
    const a = code ? countries.get(code) : undefined;
    if (!code || !inFilter(a)) return OUTSIDE;
    const cell = data.cells.get(code);
    if (cell?.category) return SSL_COLOURS[cell.category];
    if (!cell || cell.value === null) return 'url(#nodata)';
    return quantile(cell.value) ?? 'url(#nodata)';
  };
  const describe = (code: string): string => {
    const cell = data.cells.get(code);
    if (cell?.category) return cell.category === 'on' ? t('map.sslOn') : t('map.sslOff');
    if (!cell || cell.value === null) return t('common.noData');
    return `${formatValue(cell.value, unit)} (${cell.year ?? ''})`;
  };

  const legend: Array<{ fill: string; label: string }> = [];
  if (isSsl) {
    legend.push(
      { fill: SSL_COLOURS.on, label: t('map.sslOn') },
      { fill: SSL_COLOURS.off, label: t('map.sslOff') },
    );
  } else if (values.length) {
    const cuts = quantile.quantiles();
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    quantile.range().forEach((colour, i) => {
      const from = i === 0 ? lo : (cuts[i - 1] ?? lo);
      const to = i === quantile.range().length - 1 ? hi : (cuts[i] ?? hi);
      legend.push({ fill: colour, label: `${formatNumber(from, digits)}–${formatNumber(to, digits)}` });
    });
  }
  legend.push({ fill: 'url(#nodata)', label: t('map.missing') });
  if (props.region || props.income) legend.push({ fill: OUTSIDE, label: t('map.outside') });

  const sel = props.selected ? countries.get(props.selected) : undefined;
  const selCell = sel ? data.cells.get(sel.code) : undefined;

  const columns: Column<Row>[] = [
    ...countryColumns<Row>(),
    {
      key: 'value',
      label: isSsl ? t('indicator.ssl') : `${t('common.value')}${unit ? ` (${unitLabel(unit)})` : ''}`,
      numeric: !isSsl,
      value: (r) => (r.cell?.category ? describe(r.area.code) : (r.cell?.value ?? null)),
      render: (r) =>
        r.cell?.category ? describe(r.area.code) : formatValue(r.cell?.value ?? null, unit, false),
    },
    { key: 'year', label: t('common.year'), numeric: true, value: (r) => r.cell?.year ?? null },
    {
      key: 'source',
      label: t('common.source'),
      value: (r) => (r.cell ? (isSsl ? 'WHO' : sourceNote(r.cell.sources, sources)) : ''),
    },
  ];

  return (
    <>
      <p class="summary-line" aria-live="polite">
        {shown.length
          ? t('map.summary', {
              countries: t('common.countries', { count: shown.length }),
              years: yearSpan(years),
            })
          : t('map.summaryNone')}
      </p>
      <div class="find no-print">
        <label>
          {t('map.find')}
          <select
            name="area"
            value={props.selected}
            onChange={(e) => setParams({ area: e.currentTarget.value || null }, { replace: true })}
          >
            <option value="">—</option>
            {[...countries.values()]
              .map((a) => ({ code: a.code, name: areaName(a.code, countries) }))
              .sort((a, b) => collator().compare(a.name, b.name))
              .map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
      </div>
      {sel && (
        <aside class="selected" aria-label={areaName(sel.code, countries)}>
          <h2>{areaName(sel.code, countries)}</h2>
          <p>
            {regionName(sel.whoRegion)}
            {sel.wbIncome ? ` · ${incomeName(sel.wbIncome)}` : ''}
          </p>
          <p class="big">{describe(sel.code)}</p>
          {selCell?.reason && <p class="muted small">{noteText(selCell.reason, countries)}</p>}
          {selCell && !isSsl && selCell.sources.length > 0 && (
            <p class="muted small">
              {valueForm(selCell.method ?? null, selCell.inputs ?? [], (codes) =>
                sourceNote(codes, sources),
              ) ?? t('chart.sourceNote', { source: sourceNote(selCell.sources, sources) })}
            </p>
          )}
          <a class="button" href={href(`/country/${sel.code}`)}>
            {t('map.openProfile', { name: areaName(sel.code, countries) })}
          </a>
        </aside>
      )}
      <Figure
        title={title}
        note={note}
        fileName={slug(
          'hwmo-map',
          props.indicator,
          isSsl ? '2023' : props.occupation.join('-'),
          isSsl ? '' : props.year,
        )}
        svgRef={svgRef}
        headingLevel={2}
        csv={() => ({
          header: [
            'area',
            'area_name',
            'who_region',
            'income_group',
            'indicator',
            'occupation',
            'year',
            'value',
            'unit',
            'source',
          ],
          rows: rows.map((r) => [
            r.area.code,
            r.name,
            r.area.whoRegion,
            r.area.wbIncome,
            props.indicator,
            isSsl ? '' : props.occupation.join('+'),
            r.cell?.year ?? '',
            r.cell?.category ?? r.cell?.value ?? '',
            isSsl ? '' : unit,
            r.cell ? (isSsl ? t('map.sslSource') : sourceNote(r.cell.sources, sources)) : '',
          ]),
        })}
        table={
          <DataTable
            caption={t('map.tableTitle', { indicator: title })}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(r) => r.area.code}
          />
        }
      >
        <div
          class="map-wrap"
          ref={wrapRef}
          onPointerLeave={() => setHover(null)}
          onPointerMove={(e) => {
            const target = e.target as Element;
            const code = target.getAttribute?.('data-code');
            const box = wrapRef.current?.getBoundingClientRect();
            if (!code || !box) return setHover(null);
            setHover({
              code,
              name: target.getAttribute('data-name') ?? code,
              x: e.clientX - box.left,
              y: e.clientY - box.top,
            });
          }}
        >
          <svg
            ref={svgRef}
            class="map"
            viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT + 80}`}
            role="img"
            aria-label={`${title}. ${t('map.hint')}`}
            font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
            font-size="13"
          >
            <defs>
              <pattern
                id="nodata"
                patternUnits="userSpaceOnUse"
                width="6"
                height="6"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="#f6f7f9" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#8c97a3" stroke-width="1.6" />
              </pattern>
            </defs>
            <g>
              {shapes.map((s, i) => {
                const code = s.code;
                const name = code ? areaName(code, countries) : s.name;
                return (
                  // Clicking a shape is the pointer's shortcut; keyboards reach the same profile by the country list and the table.
                  // biome-ignore lint/a11y/noStaticElementInteractions: see above
                  <path
                    key={code ?? `x${i}`}
                    d={s.d}
                    fill={fillOf(code)}
                    stroke="#ffffff"
                    stroke-width="0.5"
                    data-code={code ?? undefined}
                    data-name={name}
                    class={code ? 'country' : undefined}
                    onClick={code ? () => navigate(href(`/country/${code}`)) : undefined}
                  />
                );
              })}
              {sel &&
                shapes
                  .filter((s) => s.code === sel.code)
                  .map((s) => (
                    <path
                      key="sel"
                      d={s.d}
                      fill="none"
                      stroke="#1d2733"
                      stroke-width="2"
                      pointer-events="none"
                    />
                  ))}
            </g>
            <g class="legend-svg" transform={`translate(8,${LEGEND_Y})`}>
              <text y="0" dy="0.8em" fill="#1d2733" font-weight="600">
                {t('map.legend')}
                {!isSsl && unit ? ` (${unitLabel(unit)})` : ''}
              </text>
              {legend.map((l, i) => (
                <g key={l.label} transform={`translate(${(i % 5) * 188},${20 + Math.floor(i / 5) * 20})`}>
                  <rect width="22" height="14" fill={l.fill} stroke="#8c97a3" stroke-width="0.5" />
                  <text x="28" y="7" dy="0.32em" fill="#1d2733">
                    {l.label}
                  </text>
                </g>
              ))}
            </g>
          </svg>
          {hover && (
            <div
              class="tooltip"
              role="status"
              style={{
                left: `${Math.min(hover.x + 14, (wrapRef.current?.clientWidth ?? 600) - 220)}px`,
                top: `${hover.y + 14}px`,
              }}
            >
              <strong>{hover.name}</strong>
              <br />
              {describe(hover.code)}
              {data.cells.get(hover.code)?.reason && (
                <>
                  <br />
                  <span class="small">{noteText(data.cells.get(hover.code)?.reason as Note, countries)}</span>
                </>
              )}
              {data.cells.get(hover.code)?.sources.length ? (
                <>
                  <br />
                  <span class="small">
                    {isSsl ? 'WHO' : sourceNote(data.cells.get(hover.code)?.sources ?? [], sources)}
                  </span>
                </>
              ) : null}
            </div>
          )}
        </div>
        <div class="legend-html">
          <p class="legend-title">
            {t('map.legend')}
            {!isSsl && unit ? ` (${unitLabel(unit)})` : ''}
          </p>
          <ul class="legend-list">
            {legend.map((l) => (
              <li key={l.label}>
                <span
                  class={l.fill === 'url(#nodata)' ? 'swatch nodata' : 'swatch'}
                  style={l.fill === 'url(#nodata)' ? undefined : { background: l.fill }}
                />
                {l.label}
              </li>
            ))}
          </ul>
        </div>
        <p class="muted small">
          {t('map.hint')} {t('map.tooSmall')}
        </p>
      </Figure>
    </>
  );
}
