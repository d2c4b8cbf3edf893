import { useEffect, useState } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName, formatDateTime, occupationName } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { getRun, listRuns, type Run, type RunRow, type RunSummary, runCsvUrl, startRun } from './api.ts';
import { CADRES, type Levers } from './state.ts';
import { num } from './words.ts';

/** How often a run that is not finished is read again. */
const POLL_MS = 1000;

const finished = (r: Pick<Run, 'state'>) => r.state === 'done' || r.state === 'failed';

/** The run shown, read again every second until it is finished. */
function useRun(id: number | null): { run: Run | null; error: string | null } {
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRun(null);
    setError(null);
    if (id === null) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      getRun(id).then(
        (r) => {
          if (!live) return;
          setRun(r);
          if (!finished(r)) timer = setTimeout(read, POLL_MS);
        },
        (e: unknown) => live && setError(problemText(e instanceof Error ? e : new Error(String(e)))),
      );
    void read();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  return { run, error };
}

interface Row extends RunRow {
  key: string;
  name: string;
}

/** Every WHO Member State projected in the background with the page's levers, years and draws. */
export function MemberStatesRun(props: {
  choices: Array<{ name: string; levers: Levers }>;
  baseYear: number;
  horizon: number;
  draws: number;
  seed: number;
  threshold: number | null;
  countries: Map<string, Area> | undefined;
  run: number | null;
  onRun: (id: number | null) => void;
}) {
  const [choice, setChoice] = useState(props.choices.length > 1 ? 1 : 0);
  const [starting, setStarting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [cadre, setCadre] = useState<string>('');
  const { run, error } = useRun(props.run);
  const done = run !== null && finished(run);
  const earlier = useAsync(listRuns, [props.run, done]);
  const picked = props.choices[Math.min(choice, props.choices.length - 1)];

  const start = () => {
    setStarting(true);
    setMessage(null);
    startRun({
      areas: 'member-states',
      baseYear: props.baseYear,
      horizon: props.horizon,
      levers: { ...picked?.levers },
      threshold: props.threshold,
      uncertainty: { draws: props.draws, seed: props.seed },
    })
      .then((r) => props.onRun(r.id))
      .catch((e: unknown) => setMessage(problemText(e instanceof Error ? e : new Error(String(e)))))
      .finally(() => setStarting(false));
  };

  const rows: Row[] = (run?.rows ?? [])
    .filter((r) => cadre === '' || r.cadre === cadre)
    .map((r) => ({
      ...r,
      key: `${r.area}:${r.cadre}`,
      name: areaName(r.area, props.countries),
    }))
    // By country name in the reader's language, then the cadres in their usual order, until a heading is clicked.
    .sort((a, b) => collator().compare(a.name, b.name) || CADRES.indexOf(a.cadre) - CADRES.indexOf(b.cadre));
  const horizonYear = (run?.request.baseYear ?? props.baseYear) + (run?.request.horizon ?? props.horizon);
  const columns: Column<Row>[] = [
    { key: 'name', label: t('planning.col.country'), value: (r) => r.name },
    { key: 'cadre', label: t('planning.col.group'), value: (r) => occupationName([r.cadre]) },
    {
      key: 'stock',
      label: t('planning.col.stock'),
      numeric: true,
      value: (r) => r.stock,
      render: (r) => num(r.stock),
    },
    { key: 'stockYear', label: t('planning.col.stockYear'), numeric: true, value: (r) => r.stockYear },
    {
      key: 'supply',
      label: t('planning.col.fteIn', { year: horizonYear }),
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
  ];
  const caption = t('planning.worldRows', { year: horizonYear });
  return (
    <section aria-labelledby="planning-world" class="planning-world">
      <h2 id="planning-world">{t('planning.world')}</h2>
      <p class="small">{t('planning.worldText')}</p>
      <div class="controls planning-world-start">
        {props.choices.length > 1 && (
          <label>
            {t('planning.worldLevers')}
            <select value={String(choice)} onChange={(e) => setChoice(Number(e.currentTarget.value))}>
              {props.choices.map((c, i) => (
                <option key={i} value={String(i)}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" class="button" disabled={starting} onClick={start}>
          {t('planning.worldStart')}
        </button>
      </div>
      {message && (
        <p role="alert" class="warn">
          {message}
        </p>
      )}
      {error && (
        <p role="alert" class="warn">
          {error}
        </p>
      )}
      {run && (
        <div class="planning-run" data-run={run.id} data-state={run.state}>
          <p role="status">
            {t(`planning.runState.${run.state}`, { id: run.id })}{' '}
            {t('planning.runProgress', { done: run.done, total: run.total })}
          </p>
          <progress
            max={Math.max(run.total, 1)}
            value={run.done}
            aria-label={t('planning.runProgressOf', { id: run.id })}
          />
          {run.error && <p class="warn">{run.error}</p>}
          {run.state === 'done' && (
            <>
              <p>
                <a class="button" href={runCsvUrl(run.id)} download={`hwmo-run-${run.id}.csv`}>
                  {t('planning.runCsv')}
                </a>
              </p>
              <p class="controls">
                <label>
                  {t('planning.col.group')}
                  <select value={cadre} onChange={(e) => setCadre(e.currentTarget.value)}>
                    <option value="">{t('planning.allCadres')}</option>
                    {CADRES.map((c) => (
                      <option key={c} value={c}>
                        {occupationName([c])}
                      </option>
                    ))}
                  </select>
                </label>
              </p>
              <div class="planning-run-rows">
                <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.key} />
              </div>
            </>
          )}
        </div>
      )}
      {earlier.status === 'ok' && earlier.data.length > 0 && (
        <EarlierRuns runs={earlier.data} shown={props.run} onShow={props.onRun} />
      )}
    </section>
  );
}

function EarlierRuns(props: { runs: RunSummary[]; shown: number | null; onShow: (id: number) => void }) {
  const caption = t('planning.runsMine');
  const columns: Column<RunSummary>[] = [
    { key: 'id', label: t('planning.col.run'), numeric: true, value: (r) => r.id },
    {
      key: 'created',
      label: t('planning.col.started'),
      value: (r) => r.createdAt,
      render: (r) => formatDateTime(r.createdAt),
    },
    {
      key: 'years',
      label: t('planning.col.years'),
      value: (r) => r.request.baseYear,
      render: (r) => (
        <span dir="ltr">{`${r.request.baseYear}–${r.request.baseYear + r.request.horizon}`}</span>
      ),
    },
    { key: 'draws', label: t('planning.draws'), numeric: true, value: (r) => r.request.uncertainty.draws },
    {
      key: 'state',
      label: t('planning.col.state'),
      value: (r) => r.state,
      render: (r) => `${t(`planning.state.${r.state}`)} (${r.done}/${r.total})`,
    },
    {
      key: 'show',
      label: '',
      value: () => null,
      render: (r) =>
        r.id === props.shown ? (
          <span class="muted">{t('planning.runShown')}</span>
        ) : (
          <button type="button" onClick={() => props.onShow(r.id)}>
            {t('planning.runShow', { id: r.id })}
          </button>
        ),
    },
  ];
  return (
    <>
      <h3>{caption}</h3>
      <DataTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={props.runs}
        rowKey={(r) => String(r.id)}
      />
    </>
  );
}
