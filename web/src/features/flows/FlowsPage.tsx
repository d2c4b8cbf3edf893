import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { FlowChart } from '../../components/charts.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { type Message, t } from '../../i18n/i18n.ts';
import {
  type EstimateMethod,
  getAllObservations,
  getCountries,
  getEstimationRuns,
  type Observation,
  type Source,
} from '../../lib/api.ts';
import { getSources, sourceNote } from '../../lib/catalog.ts';
import { slug } from '../../lib/csv.ts';
import { areaName, formatList, formatNumber, labelOf, occupationName } from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  currentEstimates,
  type DataKind,
  type Estimate,
  estimateSelection,
  flowBands,
  isCountry,
  type Mode,
  type Name,
  partnerParts,
  readFlowsQuery,
  stockSelection,
} from './state.ts';

const METHOD_LABELS: Record<EstimateMethod, Message> = {
  'ffs-demo': 'flows.method.ffs-demo',
  'ffs-diff': 'flows.method.ffs-diff',
};
const methodName = (method: string) =>
  Object.hasOwn(METHOD_LABELS, method) ? t(METHOD_LABELS[method as EstimateMethod]) : method;

const ESTIMATE_COMMAND =
  'npx hwmo flows estimate --measure foreign-trained-stock --occupation medical-doctors --start-year 2015 --end-year 2020';

/** Bilateral stocks as destination countries report them, or flows hwmo estimated from two years of such stocks. */
export default function FlowsPage({ url }: PageProps) {
  const p = url.searchParams;
  const { data, mode } = readFlowsQuery(p);
  return (
    <section class="page">
      <h1>{t('flows.title')}</h1>
      <p class="muted">{data === 'stocks' ? t('flows.intro') : t('flows.introEstimated')}</p>
      {data === 'stocks' ? (
        <ReportedStocks params={p} mode={mode} />
      ) : (
        <EstimatedFlows params={p} mode={mode} />
      )}
    </section>
  );
}

function Select(props: {
  label: string;
  name: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The data and view choices both kinds of data share, then the ones of each kind. */
function Controls(props: { data: DataKind; mode?: Mode; children?: ComponentChildren }) {
  const estimated = props.data === 'estimated';
  return (
    <form class="controls no-print" onSubmit={(e) => e.preventDefault()}>
      <Select
        label={t('flows.data')}
        name="data"
        value={props.data}
        options={[
          { value: 'stocks', label: t('flows.dataStocks') },
          { value: 'estimated', label: t('flows.dataEstimated') },
        ]}
        onChange={(v) => setParams({ data: v === 'estimated' ? v : null, year: null, estimate: null })}
      />
      {props.mode && (
        <Select
          label={t('flows.mode')}
          name="mode"
          value={props.mode}
          options={[
            {
              value: 'destination',
              label: estimated ? t('flows.byDestinationEstimated') : t('flows.byDestination'),
            },
            { value: 'origin', label: estimated ? t('flows.byOriginEstimated') : t('flows.byOrigin') },
          ]}
          // An estimate's areas are each both origin and destination; reported stocks list other areas per view.
          onChange={(v) => setParams(estimated ? { mode: v } : { mode: v, area: null, year: null })}
        />
      )}
      {props.children}
    </form>
  );
}

function partnerCell(code: string, name: Name) {
  return isCountry(code) ? <a href={href(`/country/${code}`)}>{name(code)}</a> : name(code);
}

/** The partners of a flow view with their values and shares of the total. */
function PartnerTable(props: {
  caption: string;
  partnerHeader: string;
  valueHeader: string;
  parts: ReadonlyArray<{ code: string; value: number }>;
  share: (value: number) => number | null;
  name: Name;
}) {
  const { name, share } = props;
  return (
    <DataTable
      caption={props.caption}
      captionHidden
      columns={[
        {
          key: 'name',
          label: props.partnerHeader,
          value: (x) => name(x.code),
          render: (x) => partnerCell(x.code, name),
        },
        {
          key: 'value',
          label: props.valueHeader,
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
      rows={[...props.parts]}
      rowKey={(x) => x.code}
    />
  );
}

function ReportedStocks({ params: p, mode }: { params: URLSearchParams; mode: Mode }) {
  const state = useAsync(async () => {
    const [countries, sources, rows] = await Promise.all([
      getCountries(),
      getSources(),
      getAllObservations({ measure: 'foreign-trained-stock' }),
    ]);
    return { countries, sources, rows };
  }, []);

  return (
    <Load state={state}>
      {({ countries, sources, rows }) => {
        const name = (c: string, fallback?: string) =>
          c === '_U' ? t('flows.unknown') : areaName(c, countries, fallback);
        const { partnerOf, choices, area, occupations, occupation, years, year, selected } = stockSelection(
          rows,
          mode,
          p,
          name,
        );
        return (
          <>
            <Controls data="stocks" mode={mode}>
              <Select
                label={mode === 'destination' ? t('flows.destination') : t('flows.origin')}
                name="area"
                value={area}
                options={choices.map((c) => ({ value: c.code, label: c.name }))}
                onChange={(v) => setParams({ area: v, year: null })}
              />
              <Select
                label={t('common.occupation')}
                name="occupation"
                value={occupation}
                options={occupations.map((o) => ({ value: o, label: occupationName([o]) }))}
                onChange={(v) => setParams({ occupation: v })}
              />
              <Select
                label={t('common.year')}
                name="year"
                value={String(year)}
                options={years.map((y) => ({ value: String(y), label: String(y) }))}
                onChange={(v) => setParams({ year: v })}
              />
            </Controls>
            {selected.length ? (
              <StockView
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
  );
}

function StockView(props: {
  rows: Observation[];
  mode: Mode;
  area: string;
  areaLabel: string;
  occupation: string;
  year: number;
  name: Name;
  partnerOf: (o: Observation) => string;
  note: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { rows, mode } = props;
  const total = rows.find((o) => props.partnerOf(o) === '_T')?.value ?? null;
  const { parts, share, sum } = partnerParts(
    rows.filter((o) => props.partnerOf(o) !== '_T'),
    props.partnerOf,
    props.name,
    total,
  );
  const totalNote =
    total === null
      ? ''
      : Math.round(total) !== Math.round(sum)
        ? `${t('flows.publishedTotal', { total: formatNumber(total), sum: formatNumber(sum) })} `
        : `${t('flows.total')}${t('common.colon')} ${formatNumber(total)}. `;
  const occupation = occupationName([props.occupation]);
  const title =
    mode === 'destination'
      ? t('flows.chartTitleDest', { occupation, name: props.areaLabel, year: props.year })
      : t('flows.chartTitleOrigin', { occupation, name: props.areaLabel, year: props.year });
  const partnerHeader = mode === 'destination' ? t('flows.origin') : t('flows.destination');
  return (
    <Figure
      title={title}
      note={`${totalNote}${props.note} (${props.year})`}
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
        <PartnerTable
          caption={title}
          partnerHeader={partnerHeader}
          valueHeader={t('common.value')}
          parts={parts}
          share={share}
          name={props.name}
        />
      }
    >
      <FlowChart
        bands={flowBands(parts, props.name, (count) => t('flows.others', { count }))}
        node={props.areaLabel}
        svgRef={svgRef}
        label={title}
      />
    </Figure>
  );
}

function EstimatedFlows({ params: p, mode }: { params: URLSearchParams; mode: Mode }) {
  const state = useAsync(async () => {
    const [countries, runs, sources] = await Promise.all([getCountries(), getEstimationRuns(), getSources()]);
    return { countries, estimates: currentEstimates(runs), sources };
  }, []);

  return (
    <Load state={state}>
      {({ countries, estimates, sources }) => {
        if (estimates.length === 0) {
          return (
            <>
              <Controls data="estimated" />
              <p>{t('flows.noEstimates')}</p>
              <p>
                <code>{ESTIMATE_COMMAND}</code>
              </p>
              <p>{t('flows.noEstimatesApi')}</p>
            </>
          );
        }
        const name: Name = (c, fallback) => areaName(c, countries, fallback);
        const { choices, area, occupations, occupation, options, estimate } = estimateSelection(
          estimates,
          p,
          name,
        );
        const optionLabel = (e: Estimate) => {
          const vars = {
            start: e.run.startYear,
            end: e.run.endYear,
            method: methodName(e.run.method),
          };
          const twin = options.some((o) => o !== e && o.run.outputSource === e.run.outputSource);
          return twin
            ? t('flows.estimateOptionMeasure', {
                ...vars,
                measure: labelOf('measure', e.run.inputMeasure),
              })
            : t('flows.estimateOption', vars);
        };
        return (
          <>
            <Controls data="estimated" mode={mode}>
              <Select
                label={mode === 'destination' ? t('flows.destination') : t('flows.originArea')}
                name="area"
                value={area}
                options={choices.map((c) => ({ value: c.code, label: c.name }))}
                onChange={(v) => setParams({ area: v })}
              />
              <Select
                label={t('common.occupation')}
                name="occupation"
                value={occupation}
                options={occupations.map((o) => ({ value: o, label: occupationName([o]) }))}
                onChange={(v) => setParams({ occupation: v })}
              />
              <Select
                label={t('flows.estimate')}
                name="estimate"
                value={estimate?.key ?? ''}
                options={options.map((e) => ({ value: e.key, label: optionLabel(e) }))}
                onChange={(v) => setParams({ estimate: v })}
              />
            </Controls>
            {estimate && (
              <EstimateFigure estimate={estimate} mode={mode} area={area} name={name} sources={sources} />
            )}
          </>
        );
      }}
    </Load>
  );
}

function EstimateFigure(props: {
  estimate: Estimate;
  mode: Mode;
  area: string;
  name: Name;
  sources: Map<string, Source>;
}) {
  const { estimate, mode, area } = props;
  const { run } = estimate;
  const state = useAsync(
    async () =>
      (
        await getAllObservations({
          measure: run.outputMeasure,
          source: run.outputSource,
          occupation: run.occupation,
          year: String(run.endYear),
          sex: '_T',
          ...(mode === 'destination' ? { area } : { partner: area }),
        })
      ).filter((o) => o.partnerBasis === run.partnerBasis && o.age === '_T'),
    [estimate.key, run.occupation, mode, area],
  );
  return (
    <Load state={state}>
      {(rows) =>
        rows.length ? <EstimateView {...props} rows={rows} /> : <p>{t('flows.noEstimatedFlows')}</p>
      }
    </Load>
  );
}

function EstimateView(props: {
  estimate: Estimate;
  mode: Mode;
  area: string;
  name: Name;
  sources: Map<string, Source>;
  rows: Observation[];
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { run } = props.estimate;
  const { mode, name, rows } = props;
  const { parts, sum, share } = partnerParts(
    rows,
    (o) => (mode === 'destination' ? o.partner : o.area),
    name,
    null,
  );
  const drawn = parts.filter((x) => Math.round(x.value) > 0);
  const hidden = parts.length - drawn.length;
  const areaLabel = name(props.area, mode === 'destination' ? rows[0]?.areaName : undefined);
  const vars = {
    occupation: occupationName([run.occupation]),
    name: areaLabel,
    start: run.startYear,
    end: run.endYear,
  };
  const title =
    mode === 'destination' ? t('flows.estimatedTitleDest', vars) : t('flows.estimatedTitleOrigin', vars);
  const note = [
    t('flows.estimatedNote', {
      method: methodName(run.method),
      measure: labelOf('measure', run.inputMeasure),
      start: run.startYear,
      end: run.endYear,
    }),
    t('flows.estimatedTotal', { total: formatNumber(sum) }),
    hidden > 0 ? t('flows.notDrawn', { count: hidden }) : '',
    run.dropped.length ? t('flows.dropped', { areas: formatList(run.dropped.map((d) => name(d.area))) }) : '',
    run.warnings.length
      ? t('flows.warnings', {
          count: run.warnings.length,
          codes: formatList(new Set(run.warnings.map((w) => w.code))),
        })
      : '',
    run.inputSources.length
      ? t('flows.inputSources', { sources: sourceNote(run.inputSources, props.sources) })
      : '',
    t('flows.estimatedSource', {
      source: run.outputSource,
      batches: formatList(run.inputBatches.map((b) => formatNumber(b))),
      count: run.inputBatches.length,
    }),
  ]
    .filter((s) => s !== '')
    .join(' ');
  const partnerHeader = mode === 'destination' ? t('flows.originArea') : t('flows.destination');
  return (
    <Figure
      title={title}
      note={note}
      fileName={slug(
        'hwmo-estimated-flows',
        mode,
        props.area,
        run.occupation,
        run.startYear,
        run.endYear,
        run.method,
      )}
      svgRef={svgRef}
      tableOpen
      csv={() => ({
        header: [
          'destination',
          'destination_name',
          'origin',
          'origin_name',
          'occupation',
          'start_year',
          'end_year',
          'method',
          'input_measure',
          'value',
          'share_percent',
          'unit',
          'flags',
          'source',
          'batch',
        ],
        rows: parts.map((x) => [
          x.obs.area,
          name(x.obs.area, x.obs.areaName),
          x.obs.partner,
          name(x.obs.partner),
          run.occupation,
          run.startYear,
          run.endYear,
          run.method,
          run.inputMeasure,
          x.value,
          share(x.value)?.toFixed(2) ?? null,
          x.obs.unit,
          x.obs.flags.join(' '),
          x.obs.source,
          x.obs.batchId,
        ]),
      })}
      table={
        <PartnerTable
          caption={title}
          partnerHeader={partnerHeader}
          valueHeader={t('flows.estimatedValue')}
          parts={parts}
          share={share}
          name={name}
        />
      }
    >
      <FlowChart
        bands={flowBands(drawn, name, (count) => t('flows.others', { count }))}
        node={areaLabel}
        svgRef={svgRef}
        label={title}
      />
    </Figure>
  );
}
