import { useRef, useState } from 'preact/hooks';
import { dirOf } from '../../../../src/platform/i18n/langs.ts';
import { ChoiceOption } from '../../components/ChoiceOption.tsx';
import { type Column, countryColumns, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { GroupFilters, YearFilter } from '../../components/GroupFilters.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { lang, t } from '../../i18n/i18n.ts';
import {
  type Area,
  getCountries,
  getIndicator,
  getJson,
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
import {
  colourClasses,
  fillOf,
  indicatorMap,
  type MapData,
  mapRows,
  NO_DATA,
  OUTSIDE,
  type Row,
  readMapQuery,
  SSL_COLOURS,
  sslMap,
  yearSpan,
} from './state.ts';

const LEGEND_Y = MAP_HEIGHT + 14;

async function loadSsl(): Promise<MapData> {
  const [list, countries] = await Promise.all([
    getJson<SafeguardsList>('/api/safeguards/2023'),
    getCountries(),
  ]);
  return sslMap(list, countries.values());
}

async function loadValues(indicator: string, occupation: string[], year: string): Promise<MapData> {
  return indicatorMap(await getIndicator({ indicator, occupation, year }));
}

/** An occupation choice as the menu shows it, marked when the loaded data give it no value. */
function occupationOptions(a: Availability | undefined, indicator: string) {
  const choices = a ? occupationChoices(a, indicator) : [];
  if (choices.length === 0) return CADRES.map((c) => ({ value: c as string, enabled: true }));
  return choices.map((c) => ({ value: c.occupation.join(','), enabled: hasData(c) }));
}

export default function MapPage({ url }: PageProps) {
  const {
    indicator,
    isSsl,
    occupation: asked,
    year,
    region,
    income,
    selected,
  } = readMapQuery(url.searchParams);

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
  const group = { region: props.region, income: props.income };
  const { rows, shown } = mapRows(
    countries.values(),
    data,
    group,
    (c) => areaName(c, countries),
    (a, b) => collator().compare(a, b),
  );
  const values = shown.map((r) => r.cell?.value).filter((v): v is number => v !== null && v !== undefined);
  const scale = colourClasses(values);
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

  const fill = (code: string | null) => fillOf(code, countries, data, group, scale.fill);
  const describe = (code: string): string => {
    const cell = data.cells.get(code);
    if (cell?.category) return cell.category === 'on' ? t('map.sslOn') : t('map.sslOff');
    if (!cell || cell.value === null) return t('common.noData');
    return `${formatValue(cell.value, unit)} (${cell.year ?? ''})`;
  };

  // The legend reads in the page's direction (the map itself is not mirrored).
  const rtl = dirOf(lang()) === 'rtl';
  const legend: Array<{ fill: string; label: string }> = [];
  if (isSsl) {
    legend.push(
      { fill: SSL_COLOURS.on, label: t('map.sslOn') },
      { fill: SSL_COLOURS.off, label: t('map.sslOff') },
    );
  } else {
    for (const c of scale.classes)
      legend.push({ fill: c.fill, label: `${formatNumber(c.from, digits)}–${formatNumber(c.to, digits)}` });
  }
  legend.push({ fill: NO_DATA, label: t('map.missing') });
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
                    fill={fill(code)}
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
            <g class="legend-svg" transform={`translate(${rtl ? MAP_WIDTH - 8 : 8},${LEGEND_Y})`}>
              <text y="0" dy="0.8em" fill="#1d2733" font-weight="600">
                {t('map.legend')}
                {!isSsl && unit ? ` (${unitLabel(unit)})` : ''}
              </text>
              {legend.map((l, i) => (
                <g
                  key={l.label}
                  transform={`translate(${(rtl ? -1 : 1) * (i % 5) * 188},${20 + Math.floor(i / 5) * 20})`}
                >
                  <rect
                    x={rtl ? -22 : 0}
                    width="22"
                    height="14"
                    fill={l.fill}
                    stroke="#8c97a3"
                    stroke-width="0.5"
                  />
                  <text x={rtl ? -28 : 28} y="7" dy="0.32em" fill="#1d2733">
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
                  class={l.fill === NO_DATA ? 'swatch nodata' : 'swatch'}
                  style={l.fill === NO_DATA ? undefined : { background: l.fill }}
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
