import { useEffect, useRef, useState } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load, problemText } from '../../components/Status.tsx';
import { has, type Message, t } from '../../i18n/i18n.ts';
import { ApiError, type Area, getCountries } from '../../lib/api.ts';
import { slug } from '../../lib/csv.ts';
import {
  areaName,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  occupationName,
} from '../../lib/format.ts';
import { href, setParams } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  createScenario,
  deleteScenario,
  downloadProjection,
  getScenario,
  listScenarios,
  type Projection,
  project,
  type Scenario,
  updateScenario,
} from './api.ts';
import { FanChart, type FanSeries, seriesColour } from './FanChart.tsx';
import {
  LEVER_BOUNDS,
  LEVERS,
  type Lever,
  MAX_DRAWS,
  MAX_HORIZON,
  MAX_SCENARIOS,
  PARAMETERS,
  type Parameter,
  PERCENT_LEVERS,
  type PlanningCadre,
  type PlanningView,
  PRESET_LEVERS,
  paramsOf,
  RATE_PARAMETERS,
  type ScenarioView,
  specOf,
  viewFromQuery,
  viewOfSpec,
} from './state.ts';
import './planning.css';

type CadreProjection = Projection['cadres'][number];
type Resolved = CadreProjection['inputs']['parameters'][Parameter];
type Note = Resolved['note'];
type Source = Resolved['sources'][number];

const show = (view: PlanningView, opts: { replace?: boolean } = {}) => setParams(paramsOf(view), opts);

function noteText(note: Note): string {
  const key = `planning.note.${note.code}`;
  return has(key) ? t(key, note.params) : note.code;
}

function sourceText(s: Source): string {
  if (s.file && s.row !== null)
    return t('planning.sourceRow', { dataset: s.dataset, file: s.file, row: s.row, year: s.year });
  if (s.file) return t('planning.sourceFile', { dataset: s.dataset, file: s.file, year: s.year });
  return t('planning.sourceYear', { dataset: s.dataset, year: s.year });
}

/** The datasets a set of inputs came from, each with the years it gave. */
function datasetsOf(sources: Source[]): string {
  const years = new Map<string, Set<number>>();
  for (const s of sources) {
    const set = years.get(s.dataset) ?? new Set<number>();
    set.add(s.year);
    years.set(s.dataset, set);
  }
  if (years.size === 0) return t('planning.noSources');
  return formatList(
    [...years].map(([dataset, ys]) => {
      const sorted = [...ys].sort();
      const span = sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : `${sorted[0]}`;
      return t('planning.sourceYear', { dataset, year: span });
    }),
  );
}

/** Beyond this many sources, a parameter's list is folded. */
const MANY_SOURCES = 3;

const sourcesOfCadre = (c: CadreProjection) => PARAMETERS.flatMap((p) => c.inputs.parameters[p].sources);

const valueText = (p: Parameter, v: number | null) =>
  v === null
    ? t('common.noData')
    : RATE_PARAMETERS.has(p)
      ? formatPercent(v * 100, 2)
      : formatNumber(v, p === 'fteRatio' ? 2 : 0);

/** A number field that commits on change (Enter or leaving it), empty meaning none. */
function NumberField(props: {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  step?: number | 'any';
  onCommit: (v: number | undefined) => void;
  placeholder?: string | undefined;
  /** Named by `aria-label` alone, as in a table cell (a hidden label would escape the table's scrolling box). */
  inline?: boolean;
}) {
  const input = (
    <input
      type="number"
      inputMode="decimal"
      min={props.min}
      max={props.max}
      step={props.step ?? 'any'}
      aria-label={props.inline ? props.label : undefined}
      placeholder={props.placeholder}
      value={props.value === undefined ? '' : String(props.value)}
      onChange={(e) => {
        const raw = e.currentTarget.value.trim();
        if (raw === '') return props.onCommit(undefined);
        const n = Number(raw);
        if (Number.isFinite(n) && n >= props.min && n <= props.max) props.onCommit(n);
        else e.currentTarget.value = props.value === undefined ? '' : String(props.value);
      }}
    />
  );
  if (props.inline) return input;
  return (
    <label>
      {props.label}
      {input}
    </label>
  );
}

/** A scenario's name and levers; shares are entered as percentages. */
function ScenarioForm(props: {
  scenario: ScenarioView;
  index: number;
  onChange: (s: ScenarioView) => void;
  onRemove: () => void;
}) {
  const s = props.scenario;
  const setLever = (lever: Lever, v: number | undefined) => {
    const levers = { ...s.levers };
    if (v === undefined) delete levers[lever];
    else levers[lever] = v;
    props.onChange({ ...s, levers });
  };
  return (
    <fieldset class="controls planning-scenario" style={`--series:${seriesColour(props.index + 1)}`}>
      <legend>{t('planning.leversOf', { name: s.name })}</legend>
      <label>
        {t('planning.name')}
        <input
          type="text"
          value={s.name}
          maxLength={200}
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            if (name) props.onChange({ ...s, name });
          }}
        />
      </label>
      {LEVERS.map((lever) => {
        const bounds = LEVER_BOUNDS[lever];
        const percent = PERCENT_LEVERS.has(lever);
        const v = s.levers[lever];
        return (
          <NumberField
            key={lever}
            label={t(`planning.lever.${lever}`)}
            value={v === undefined ? undefined : percent ? Math.round(v * 1000) / 10 : v}
            min={percent ? bounds.min * 100 : bounds.min}
            max={percent ? bounds.max * 100 : bounds.max}
            onCommit={(n) => setLever(lever, n === undefined ? undefined : percent ? n / 100 : n)}
          />
        );
      })}
      <button type="button" onClick={props.onRemove}>
        {t('planning.remove', { name: s.name })}
      </button>
    </fieldset>
  );
}

interface Group {
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
function groupsOf(names: string[], projections: Projection[]): Group[] {
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

interface ComparisonRow {
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

const num = (v: number | null) => (v === null ? '' : formatNumber(v));

function Comparison(props: { groups: Group[]; horizonYear: number }) {
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

function GroupFigure(props: { group: Group; area: string }) {
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

interface InputRow {
  key: Parameter;
  label: string;
  resolved: Resolved;
}

function InputsTable(props: {
  cadre: CadreProjection;
  view: PlanningView;
  onSet: (cadre: PlanningCadre, p: Parameter, v: number | undefined) => void;
}) {
  const c = props.cadre;
  const cadreName = occupationName([c.cadre]);
  const rows: InputRow[] = PARAMETERS.map((p) => ({
    key: p,
    label: t(`planning.param.${p}`),
    resolved: c.inputs.parameters[p],
  }));
  const columns: Column<InputRow>[] = [
    { key: 'parameter', label: t('planning.col.parameter'), value: (r) => r.label },
    {
      key: 'value',
      label: t('planning.col.value'),
      numeric: true,
      value: (r) => r.resolved.value,
      render: (r) => valueText(r.key, r.resolved.value),
    },
    {
      key: 'basis',
      label: t('planning.col.basis'),
      value: (r) => r.resolved.basis,
      render: (r) => (
        <span class={`basis basis-${r.resolved.basis}`}>{t(`planning.basis.${r.resolved.basis}`)}</span>
      ),
    },
    {
      key: 'note',
      label: t('planning.col.note'),
      value: (r) => noteText(r.resolved.note),
      render: (r) => <span class="cell-note">{noteText(r.resolved.note)}</span>,
    },
    {
      key: 'sources',
      label: t('planning.col.sources'),
      value: (r) => r.resolved.sources.length,
      render: (r) => {
        const list = (
          <ul class="planning-sources">
            {r.resolved.sources.map((s, i) => (
              <li key={i}>{sourceText(s)}</li>
            ))}
          </ul>
        );
        if (r.resolved.sources.length <= MANY_SOURCES) return r.resolved.sources.length ? list : '';
        return (
          <details>
            <summary>{t('planning.allSources', { n: r.resolved.sources.length })}</summary>
            {list}
          </details>
        );
      },
    },
    {
      key: 'yours',
      label: t('planning.col.yours'),
      value: (r) => props.view.inputs[c.cadre]?.[r.key] ?? null,
      render: (r) => {
        const rate = RATE_PARAMETERS.has(r.key);
        const set = props.view.inputs[c.cadre]?.[r.key];
        const data = r.resolved.basis === 'user' ? null : r.resolved.value;
        return (
          <NumberField
            inline
            label={t('planning.yourValue', { parameter: r.label, cadre: cadreName })}
            value={set === undefined ? undefined : rate ? Math.round(set * 100_000) / 1000 : set}
            placeholder={
              data === null
                ? undefined
                : String(rate ? Math.round(data * 100_000) / 1000 : Math.round(data * 100) / 100)
            }
            min={0}
            max={rate ? 100 : r.key === 'fteRatio' ? 1.5 : 1e9}
            onCommit={(v) => props.onSet(c.cadre, r.key, v === undefined ? undefined : rate ? v / 100 : v)}
          />
        );
      },
    },
  ];
  const caption = t('planning.inputsOf', { cadre: cadreName });
  return (
    <section class="planning-inputs" aria-labelledby={`inputs-${c.cadre}`}>
      <h3 id={`inputs-${c.cadre}`}>{caption}</h3>
      {!c.projected && c.reason && (
        <p class="warn">{t('planning.notProjected', { cadre: cadreName, why: noteText(c.reason) })}</p>
      )}
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} />
    </section>
  );
}

/** Saving a scenario: new, as changes to one's own, or as a new one derived from the one opened. */
function SaveScenario(props: {
  view: PlanningView;
  index: number;
  mine: Scenario[] | null;
  onSaved: (s: Scenario) => void;
}) {
  const s = props.view.scenarios[props.index];
  const own = s?.id === null || s === undefined ? undefined : props.mine?.find((m) => m.id === s.id);
  const [shared, setShared] = useState(own?.shared ?? false);
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (own) setShared(own.shared);
  }, [own?.id, own?.shared]);
  if (!s) return null;
  const spec = specOf(props.view, s.levers);
  const run = async (save: () => Promise<Scenario>) => {
    setMessage(null);
    try {
      const saved = await save();
      setLink(`${location.origin}/planning?scenario=${saved.id}`);
      props.onSaved(saved);
    } catch (e) {
      setLink(null);
      setMessage(
        e instanceof ApiError && e.status === 409
          ? t('planning.stale')
          : problemText(e instanceof Error ? e : new Error(String(e))),
      );
    }
  };
  return (
    <div class="planning-save">
      {s.id !== null && !own && <p class="small muted">{t('planning.derivedFrom', { id: s.id })}</p>}
      <label class="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        {t('planning.shared')}
      </label>
      {own ? (
        <>
          <button
            type="button"
            onClick={() =>
              void run(() => updateScenario(own.id, { version: own.version, name: s.name, spec, shared }))
            }
          >
            {t('planning.saveChanges')}
          </button>
          <button
            type="button"
            onClick={() => void run(() => createScenario({ name: s.name, spec, shared, parent: own.id }))}
          >
            {t('planning.saveAsNew')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="button"
          onClick={() => void run(() => createScenario({ name: s.name, spec, shared, parent: s.id }))}
        >
          {s.id === null ? t('planning.save') : t('planning.saveAsNew')}
        </button>
      )}
      {link && (
        <p role="status" class="small">
          {t('planning.savedAt')}{' '}
          <a href={link} class="planning-link">
            {link}
          </a>
        </p>
      )}
      {message && (
        <p role="alert" class="warn small">
          {message}
        </p>
      )}
    </div>
  );
}

function SavedScenarios(props: {
  mine: Scenario[];
  countries: Map<string, Area> | undefined;
  onDelete: (s: Scenario) => void;
}) {
  const caption = t('planning.mine');
  const columns: Column<Scenario>[] = [
    {
      key: 'name',
      label: t('planning.col.name'),
      value: (r) => r.name,
      render: (r) => <a href={href('/planning', { scenario: r.id })}>{r.name}</a>,
    },
    { key: 'area', label: t('planning.col.country'), value: (r) => areaName(r.area, props.countries) },
    {
      key: 'shared',
      label: t('planning.col.shared'),
      value: (r) => (r.shared ? t('planning.yes') : t('planning.no')),
    },
    {
      key: 'changed',
      label: t('planning.col.changed'),
      value: (r) => r.updatedAt,
      render: (r) => formatDateTime(r.updatedAt),
    },
    {
      key: 'delete',
      label: '',
      value: () => null,
      render: (r) => (
        <button type="button" onClick={() => props.onDelete(r)}>
          {t('planning.delete', { name: r.name })}
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby="planning-mine">
      <h2 id="planning-mine">{caption}</h2>
      {props.mine.length ? (
        <DataTable
          caption={caption}
          captionHidden
          columns={columns}
          rows={props.mine}
          rowKey={(r) => String(r.id)}
        />
      ) : (
        <p class="muted">{t('planning.mineNone')}</p>
      )}
    </section>
  );
}

/** Opens `?scenario=ID`: its specification replaces the view in the URL, which then holds all of it. */
function OpenScenario(props: { view: PlanningView; id: number }) {
  const state = useAsync(() => getScenario(props.id), [props.id]);
  useEffect(() => {
    if (state.status === 'ok')
      show(viewOfSpec(state.data.spec, { name: state.data.name, id: state.data.id }, props.view), {
        replace: true,
      });
  }, [state.status]);
  if (state.status === 'ok')
    return (
      <p class="status" aria-live="polite">
        {t('planning.opening')}
      </p>
    );
  return <Load state={state}>{() => null}</Load>;
}

export default function PlanningPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const { session } = useSession();
  const signedIn = Boolean(session?.user);
  const countries = useAsync(getCountries, []);
  const countryMap = countries.status === 'ok' ? countries.data : undefined;
  const [savedTick, setSavedTick] = useState(0);
  const mine = useAsync(() => (signedIn ? listScenarios() : Promise.resolve(null)), [signedIn, savedTick]);
  const mineList = mine.status === 'ok' ? mine.data : null;

  const opening = view.open !== null && view.scenarios.length === 0;
  const names = [t('planning.baseline'), ...view.scenarios.map((s) => s.name)];
  const specs = [specOf(view), ...view.scenarios.map((s) => specOf(view, s.levers))];
  // A signed-in reader's requests carry the session's CSRF token, known once the session has been read.
  const waiting = opening || session === null;
  const projections = useAsync(
    () => (waiting ? new Promise<Projection[]>(() => {}) : Promise.all(specs.map(project))),
    [JSON.stringify(specs), waiting],
  );
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const setScenario = (i: number, s: ScenarioView) =>
    show({ ...view, scenarios: view.scenarios.map((x, j) => (j === i ? s : x)) });
  const addScenario = (s: ScenarioView) => show({ ...view, scenarios: [...view.scenarios, s] });
  const setInput = (cadre: PlanningCadre, p: Parameter, v: number | undefined) => {
    const values = { ...view.inputs[cadre] };
    if (v === undefined) delete values[p];
    else values[p] = v;
    show({ ...view, inputs: { ...view.inputs, [cadre]: values } }, { replace: false });
  };
  const onSaved = (i: number, saved: Scenario) => {
    setSavedTick((n) => n + 1);
    show(
      {
        ...view,
        open: saved.id,
        scenarios: view.scenarios.map((x, j) => (j === i ? { ...x, id: saved.id } : x)),
      },
      { replace: true },
    );
  };
  const onDelete = (s: Scenario) =>
    void deleteScenario(s.id).then(() => {
      setSavedTick((n) => n + 1);
      if (view.scenarios.some((x) => x.id === s.id) || view.open === s.id)
        show({
          ...view,
          open: view.open === s.id ? null : view.open,
          scenarios: view.scenarios.map((x) => (x.id === s.id ? { ...x, id: null } : x)),
        });
    });

  const countryOptions = countryMap
    ? [...countryMap.values()].sort((a, b) =>
        areaName(a.code, countryMap).localeCompare(areaName(b.code, countryMap)),
      )
    : [];
  const horizonYear = view.baseYear + view.horizon;

  return (
    <section class="page planning">
      <h1>{t('planning.title')}</h1>
      <p>{t('planning.intro')}</p>

      <fieldset class="controls">
        <legend>{t('planning.settings')}</legend>
        <label>
          {t('planning.country')}
          <select
            value={view.area}
            onChange={(e) =>
              show({
                ...view,
                area: e.currentTarget.value,
                inputs: {},
                open: null,
                scenarios: view.scenarios.map((s) => ({ ...s, id: null })),
              })
            }
          >
            {countryOptions.length === 0 && <option value={view.area}>{view.area}</option>}
            {countryOptions.map((a) => (
              <option key={a.code} value={a.code}>
                {areaName(a.code, countryMap)}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('planning.baseYear')}
          value={view.baseYear}
          min={1990}
          max={2035}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, baseYear: v })}
        />
        <NumberField
          label={t('planning.horizon')}
          value={view.horizon}
          min={1}
          max={MAX_HORIZON}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, horizon: v })}
        />
      </fieldset>
      <fieldset class="controls">
        <legend>{t('planning.uncertainty')}</legend>
        <NumberField
          label={t('planning.draws')}
          value={view.draws}
          min={0}
          max={MAX_DRAWS}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, draws: v })}
        />
        <NumberField
          label={t('planning.seed')}
          value={view.seed}
          min={0}
          max={4_294_967_295}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, seed: v })}
        />
      </fieldset>

      {opening && view.open !== null ? (
        <OpenScenario view={view} id={view.open} />
      ) : (
        <>
          <section aria-labelledby="planning-scenarios">
            <h2 id="planning-scenarios">{t('planning.scenarios')}</h2>
            <div class="planning-cards">
              <div class="planning-card" style={`--series:${seriesColour(0)}`}>
                <h3>{t('planning.baseline')}</h3>
                <p class="small">{t('planning.baselineText')}</p>
              </div>
              {view.scenarios.map((s, i) => (
                <div class="planning-card" key={i} style={`--series:${seriesColour(i + 1)}`}>
                  <ScenarioForm
                    scenario={s}
                    index={i}
                    onChange={(next) => setScenario(i, next)}
                    onRemove={() => show({ ...view, scenarios: view.scenarios.filter((_, j) => j !== i) })}
                  />
                  {signedIn ? (
                    <SaveScenario
                      view={view}
                      index={i}
                      mine={mineList}
                      onSaved={(saved) => onSaved(i, saved)}
                    />
                  ) : (
                    <p class="small muted">
                      <a href={href('/sign-in', { next: location.pathname + location.search })}>
                        {t('planning.signInToSave')}
                      </a>
                    </p>
                  )}
                </div>
              ))}
            </div>
            {view.scenarios.length < MAX_SCENARIOS ? (
              <p class="planning-add">
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    addScenario({ name: t('planning.presetName'), levers: { ...PRESET_LEVERS }, id: null })
                  }
                >
                  {t('planning.addPreset')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    addScenario({
                      name: t('planning.newName', { n: view.scenarios.length + 1 }),
                      levers: {},
                      id: null,
                    })
                  }
                >
                  {t('planning.addBlank')}
                </button>
              </p>
            ) : (
              <p class="small muted">{t('planning.maxScenarios')}</p>
            )}
          </section>

          <Load state={projections}>
            {(ps) => {
              const groups = groupsOf(names, ps);
              const base = ps[0];
              return (
                <>
                  <Comparison groups={groups} horizonYear={horizonYear} />
                  <section aria-labelledby="planning-results">
                    <h2 id="planning-results">{t('planning.results')}</h2>
                    {base?.cadres
                      .filter((c) => !c.projected)
                      .map((c) => (
                        <p key={c.cadre} class="small warn">
                          {t('planning.notProjected', {
                            cadre: occupationName([c.cadre]),
                            why: c.reason ? noteText(c.reason) : '',
                          })}
                        </p>
                      ))}
                    {groups.map((g) => (
                      <GroupFigure key={g.key} group={g} area={view.area} />
                    ))}
                  </section>
                  <section aria-labelledby="planning-downloads">
                    <h2 id="planning-downloads">{t('planning.downloads')}</h2>
                    <p class="small">{t('planning.downloadsText')}</p>
                    <ul class="planning-downloads">
                      {specs.map((spec, i) => (
                        <li key={i}>
                          {(['csv', 'xlsx'] as const).map((format) => (
                            <button
                              key={format}
                              type="button"
                              onClick={() => {
                                setDownloadError(null);
                                downloadProjection(spec, format).catch((e: unknown) =>
                                  setDownloadError(e instanceof Error ? e.message : String(e)),
                                );
                              }}
                            >
                              {t(format === 'csv' ? 'planning.csvOf' : 'planning.xlsxOf', {
                                name: names[i] ?? '',
                              })}
                            </button>
                          ))}
                        </li>
                      ))}
                    </ul>
                    {downloadError && (
                      <p role="alert" class="warn">
                        {downloadError}
                      </p>
                    )}
                  </section>
                  <section aria-labelledby="planning-inputs">
                    <h2 id="planning-inputs">{t('planning.inputs')}</h2>
                    <p class="small">{t('planning.inputsIntro')}</p>
                    {base?.population && (
                      <p class="small">
                        {t('planning.population', {
                          method: t(`planning.method.${base.population.method}` as Message),
                        })}
                      </p>
                    )}
                    {base?.cadres.map((c) => (
                      <InputsTable key={c.cadre} cadre={c} view={view} onSet={setInput} />
                    ))}
                  </section>
                </>
              );
            }}
          </Load>
        </>
      )}

      {signedIn && mineList && <SavedScenarios mine={mineList} countries={countryMap} onDelete={onDelete} />}
    </section>
  );
}
