import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { DataTable } from '../../components/DataTable.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { getCountries, knownCountries } from '../../lib/api.ts';
import { areaName, formatNumber, labelOf } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { commitUpload, describeUpload, discardUpload, previewUpload, uploadFile } from './api.ts';
import { BatchHistory } from './BatchHistory.tsx';
import { MappingTable } from './MappingTable.tsx';
import { ProblemBox } from './ProblemBox.tsx';
import { ReportView } from './ReportView.tsx';
import './imports.css';
import {
  type Action,
  canPreview,
  type ImportEvent,
  type ImportState,
  initialState,
  mappingGaps,
  type Problem,
  reduce,
  STEPS,
  type Step,
  skippedAmongPreview,
} from './state.ts';

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes < MB
    ? t('import.kb', { n: formatNumber(bytes / 1024, 1) })
    : t('import.mb', { n: formatNumber(bytes / MB, 1) });
const asProblem = (e: unknown): Problem =>
  e && typeof e === 'object' && 'title' in e ? (e as Problem) : { title: String(e), status: 0 };

function StepList(props: { current: Step }) {
  const at = STEPS.indexOf(props.current);
  return (
    <ol class="steps">
      {STEPS.map((s, i) => (
        <li
          key={s}
          aria-current={i === at ? 'step' : undefined}
          class={i < at ? 'past' : i === at ? 'now' : undefined}
        >
          {t(`import.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}

/** Import a file in the browser: upload, mapping, preview, dry run, commit; then the batch history. */
export default function ImportPage(_: PageProps) {
  const [state, dispatch] = useReducer<ImportState, ImportEvent>(reduce, initialState);
  const [version, setVersion] = useState(0);
  const file = useRef<File | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [, setNames] = useState(0);
  useEffect(() => {
    if (!knownCountries())
      void getCountries().then(
        () => setNames((n) => n + 1),
        () => {},
      );
  }, []);
  const step = state.step;
  const first = useRef(true);
  useEffect(() => {
    // Each new step is announced by moving to its heading; not on arrival, where the page's own heading leads.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const fail = (action: Action) => (e: unknown) =>
    dispatch({ type: 'failed', action, problem: asProblem(e) });
  const upload = (f: File) => {
    file.current = f;
    dispatch({ type: 'upload-start', fileName: f.name, size: f.size });
    uploadFile(f, (loaded, total) => dispatch({ type: 'upload-progress', loaded, total })).then(
      (u) => dispatch({ type: 'uploaded', upload: u }),
      fail('upload'),
    );
  };
  const detect = (id: number, sheet: string) => {
    dispatch({ type: 'choose-sheet', sheet });
    describeUpload(id, sheet).then((u) => dispatch({ type: 'detected', upload: u }), fail('detect'));
  };
  const preview = () => {
    if (state.step !== 'mapping') return;
    dispatch({ type: 'preview-start' });
    previewUpload(state.upload.id, state.read).then(
      (p) => dispatch({ type: 'previewed', preview: p }),
      fail('preview'),
    );
  };
  const commit = () => {
    if (state.step !== 'dryRun') return;
    dispatch({ type: 'commit-start' });
    commitUpload(state.upload.id, state.read).then((report) => {
      dispatch({ type: 'committed', report });
      setVersion((v) => v + 1);
    }, fail('commit'));
  };
  const retry = (): (() => void) | undefined => {
    if (state.step === 'done' || !state.error) return undefined;
    const { action } = state.error;
    if (action === 'upload') return file.current ? () => upload(file.current as File) : undefined;
    if (state.step === 'upload') return undefined;
    if (action === 'detect' && state.read.sheet) {
      const sheet = state.read.sheet;
      return () => detect(state.upload.id, sheet);
    }
    if (action === 'preview') return preview;
    if (action === 'commit') return commit;
    return undefined;
  };
  const back = () => {
    if (state.step === 'mapping') void discardUpload(state.upload.id).catch(() => {});
    dispatch({ type: 'back' });
  };
  const error = state.step !== 'done' && state.error ? state.error.problem : null;

  return (
    <section class="page import">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <StepList current={step} />
      <h2 ref={heading} tabIndex={-1}>
        {t(`import.step.${step}`)}
      </h2>

      {state.step === 'upload' && (
        <form
          class="controls"
          onSubmit={(e) => {
            e.preventDefault();
            const f = (e.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
            if (f) upload(f);
          }}
        >
          <label>
            {t('import.chooseFile')}
            <input
              type="file"
              name="file"
              required
              disabled={state.busy !== null}
              accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          </label>
          <button type="submit" class="button" disabled={state.busy !== null}>
            {t('import.upload')}
          </button>
          <p class="muted small">
            {t('import.formats')} <a href="/api/imports/template.xlsx">{t('data.templateXlsx')}</a> ·{' '}
            <a href="/api/imports/template.csv">{t('data.templateCsv')}</a>
          </p>
        </form>
      )}
      {state.step === 'upload' && state.busy && (
        <div class="progress">
          <label for="upload-progress">{t('import.sending', { file: state.fileName ?? '' })}</label>
          <progress id="upload-progress" max={Math.max(1, state.busy.total)} value={state.busy.loaded} />
          <p aria-live="polite">
            {state.busy.loaded >= state.busy.total && state.busy.total > 0
              ? t('import.reading')
              : t('import.sent', {
                  loaded: size(state.busy.loaded),
                  total: size(state.busy.total),
                  percent: formatNumber(state.busy.total ? (100 * state.busy.loaded) / state.busy.total : 0),
                })}
          </p>
        </div>
      )}

      {state.step === 'mapping' && (
        <>
          <p>{t('import.uploaded', { file: state.upload.file, size: size(state.upload.bytes) })}</p>
          {state.upload.sheets.length > 1 && (
            <div class="controls">
              <label>
                {t('import.sheet')}
                <select
                  value={state.read.sheet ?? state.upload.sheet ?? ''}
                  disabled={state.busy !== null}
                  onChange={(e) => detect(state.upload.id, e.currentTarget.value)}
                >
                  {state.upload.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          {state.busy === 'detect' && (
            <p class="status" aria-live="polite">
              {t('common.loading')}
            </p>
          )}
          {state.read.format && (
            <p>
              {t('import.detected')} <code>{state.read.format}</code>
            </p>
          )}
          {!state.read.format && state.upload.suggestion && state.read.mapping && (
            <>
              <p>
                {t('import.proposed', {
                  row: state.upload.suggestion.headerRow,
                  confidence: formatNumber(state.upload.suggestion.confidence * 100),
                })}
              </p>
              {state.upload.suggestion.notes.length > 0 && (
                <ul class="small">
                  {state.upload.suggestion.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
              <MappingTable
                mapping={state.read.mapping}
                disabled={state.busy !== null}
                onRole={(index, role) => dispatch({ type: 'set-role', index, role })}
                onYears={(field, value) => dispatch({ type: 'set-years', field, value })}
              />
              {mappingGaps(state.read.mapping).map((g) => (
                <p key={g} class="warn">
                  {t(`import.gap.${g}`)}
                </p>
              ))}
            </>
          )}
          {!state.read.format && !state.upload.suggestion && state.upload.problem && (
            <div class="problem" role="alert">
              <p>{state.upload.problem}</p>
              <p class="muted">{t('import.noMapping')}</p>
            </div>
          )}
          <p>
            <label class="check">
              <input
                type="checkbox"
                checked={state.read.skipUnknownAreas ?? false}
                disabled={state.busy !== null}
                onChange={(e) => dispatch({ type: 'set-skip-unknown', value: e.currentTarget.checked })}
              />{' '}
              {t('import.skipUnknown')}
            </label>
          </p>
          <div class="actions">
            <button type="button" onClick={back} disabled={state.busy !== null}>
              {t('import.back')}
            </button>
            <button type="button" class="button" onClick={preview} disabled={!canPreview(state)}>
              {t('import.toPreview')}
            </button>
          </div>
          {state.busy === 'preview' && (
            <p class="status" aria-live="polite">
              {t('import.previewing')}
            </p>
          )}
        </>
      )}

      {state.step === 'preview' && (
        <>
          <p>{t('import.previewText', { count: state.preview.rows.length })}</p>
          <DataTable
            caption={t('import.previewTable')}
            rowKey={(r) => `${r.row}|${r.measure}|${r.occupation}|${r.year}|${r.sex}|${r.partner}`}
            rows={state.preview.rows}
            columns={[
              { key: 'row', label: t('import.place.row'), numeric: true, value: (r) => r.row },
              {
                key: 'area',
                label: t('import.area'),
                value: (r) => r.area,
                render: (r) => (
                  <>
                    {areaName(r.area, knownCountries() ?? undefined)} <code>{r.area}</code>
                  </>
                ),
              },
              { key: 'year', label: t('common.year'), numeric: true, value: (r) => r.year },
              {
                key: 'measure',
                label: t('data.measure'),
                value: (r) => labelOf('measure', r.measure),
              },
              {
                key: 'occupation',
                label: t('common.occupation'),
                value: (r) => (r.occupation === '_Z' ? '' : labelOf('occupation', r.occupation)),
              },
              { key: 'sex', label: t('import.sexColumn'), value: (r) => t(`import.sex.${r.sex}`) },
              {
                key: 'partner',
                label: t('import.partner'),
                value: (r) => (r.partner === '_Z' ? '' : r.partner),
              },
              {
                key: 'value',
                label: t('common.value'),
                numeric: true,
                value: (r) => r.value,
                render: (r) => formatNumber(r.value, Number.isInteger(r.value) ? 0 : 2),
              },
              { key: 'source', label: t('common.source'), value: (r) => r.source },
            ]}
          />
          {skippedAmongPreview(state.preview).length > 0 && (
            <>
              <h3>{t('import.skippedAmong')}</h3>
              <ul>
                {skippedAmongPreview(state.preview).map((s) => (
                  <li key={`${s.row}|${s.column}|${s.reason}`}>
                    {t('import.atRow', { row: s.row })}
                    {s.column ? `, ${t('import.atColumn', { column: s.column })}` : ''}
                    {t('common.colon')} {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="actions">
            <button type="button" onClick={back}>
              {t('import.back')}
            </button>
            <button type="button" class="button" onClick={() => dispatch({ type: 'to-dry-run' })}>
              {t('import.toDryRun')}
            </button>
          </div>
        </>
      )}

      {state.step === 'dryRun' && (
        <>
          <p>{t('import.dryRunText', { file: state.preview.report.file })}</p>
          <ReportView report={state.preview.report} />
          <div class="actions">
            <button type="button" onClick={back} disabled={state.busy !== null}>
              {t('import.back')}
            </button>
            <button type="button" class="button" onClick={commit} disabled={state.busy !== null}>
              {t('import.commit')}
            </button>
          </div>
          {state.busy === 'commit' && (
            <p class="status" aria-live="polite">
              {t('import.committing')}
            </p>
          )}
        </>
      )}

      {state.step === 'done' && (
        <>
          <p class="done" role="status">
            {t('import.committed', { id: state.report.batchId ?? '', file: state.report.file })}
          </p>
          <ReportView report={state.report} />
          {state.areas.length > 0 && (
            <p>
              {t('import.seeProfiles')}{' '}
              {state.areas.map((a, i) => (
                <span key={a}>
                  {i > 0 && ', '}
                  <a href={href(`/country/${a}`)}>{areaName(a, knownCountries() ?? undefined)}</a>
                </span>
              ))}
            </p>
          )}
          <button type="button" class="button" onClick={() => dispatch({ type: 'restart' })}>
            {t('import.another')}
          </button>
        </>
      )}

      {error && <ProblemBox problem={error} onRetry={retry()} />}

      <BatchHistory version={version} />
    </section>
  );
}
