import { useEffect, useState } from 'preact/hooks';
import { districtHospital } from '../../../../src/modules/wisn/domain/fixtures.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { problemText } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { setParams } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { ProblemBox } from '../imports/ProblemBox.tsx';
import {
  compute,
  createStudy,
  currentOf,
  getStudy,
  importWorkbook,
  readWorkbook,
  type Study,
  type StudyResults,
  TEMPLATE_URL,
  updateStudy,
  WorkbookRefused,
} from './api.ts';
import { type Draft, draftOf, emptyDraft, type FieldIds, inputsOf } from './draft.ts';
import { Results } from './Results.tsx';
import { Studies } from './Studies.tsx';
import { StudyForm } from './StudyForm.tsx';
import '../imports/imports.css';
import './wisn.css';

type Notice = { ok: boolean; text: string } | null;
/** The stored study the form was opened from: its id and the version a change is made on. */
type Opened = { id: number; version: number; name: string } | null;

const errorOf = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** Where a field of the form is, as its reader sees it: the groups around it, then its label. */
function whereOf(id: string): string | null {
  const input = document.getElementById(id);
  const label =
    input instanceof HTMLInputElement || input instanceof HTMLSelectElement ? input.labels?.[0] : null;
  if (!input || !label) return null;
  const groups: string[] = [];
  for (let el = input.parentElement?.closest('fieldset'); el; el = el.parentElement?.closest('fieldset'))
    groups.unshift(el.querySelector(':scope > legend')?.textContent ?? '');
  return [...groups.filter(Boolean), label.textContent ?? ''].join(' › ');
}

/**
 * The WISN calculator (WHO Workload Indicators of Staffing Need): anyone enters a study of a facility type and
 * computes the staff its workload requires; those who manage WISN studies for an area also save, reopen, change,
 * delete, import and download them.
 */
export default function WisnPage({ url }: PageProps) {
  const { session } = useSession();
  const manages = session?.permissions.includes('wisn.manage') ?? false;
  const ownArea = session?.user?.grants.find((g) => g.area)?.area ?? '';
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [computed, setComputed] = useState<{ key: string; results: StudyResults; draft: Draft } | null>(null);
  const [failure, setFailure] = useState<{ error: Error; ids: FieldIds } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [opened, setOpened] = useState<Opened>(null);
  const [conflict, setConflict] = useState<Study | null>(null);
  const [listed, setListed] = useState(0);
  const [refused, setRefused] = useState<WorkbookRefused['problem'] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const wanted = Number(url.searchParams.get('study'));

  // A national authority's or data manager's studies are of their own area: the form starts there.
  useEffect(() => {
    if (ownArea && !draft.area) setDraft((d) => (d.area ? d : { ...d, area: ownArea }));
  }, [ownArea]);

  // A study's address (?study=) reopens it.
  useEffect(() => {
    if (!manages || !Number.isInteger(wanted) || wanted <= 0 || opened?.id === wanted) return;
    void getStudy(wanted).then(open, (e: unknown) => setNotice({ ok: false, text: problemText(errorOf(e)) }));
  }, [manages, wanted]);

  const edit = (change: (d: Draft) => void) =>
    setDraft((d) => {
      const copy = structuredClone(d);
      change(copy);
      return copy;
    });
  const key = JSON.stringify(inputsOf(draft).inputs);
  const stale = computed !== null && computed.key !== key;

  function load(d: Draft, text: string) {
    setDraft(d);
    setComputed(null);
    setFailure(null);
    setConflict(null);
    setNotice({ ok: true, text });
  }
  function open(s: Study) {
    setOpened({ id: s.id, version: s.version, name: s.name });
    load(draftOf(s.inputs), t('wisn.opened', { name: s.name, version: s.version }));
    if (Number(new URL(location.href).searchParams.get('study')) !== s.id)
      setParams({ study: s.id }, { replace: true });
  }

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const onCompute = (e: Event) => {
    e.preventDefault();
    const { inputs, ids } = inputsOf(draft);
    void run(async () => {
      try {
        const results = await compute(inputs);
        setComputed({ key: JSON.stringify(inputs), results, draft });
        setFailure(null);
        requestAnimationFrame(() => document.getElementById('wisn-results')?.scrollIntoView());
      } catch (err) {
        setFailure({ error: errorOf(err), ids });
      }
    });
  };

  const save = (asNew: boolean, version = opened?.version) =>
    run(async () => {
      const { inputs, ids } = inputsOf(draft);
      try {
        const s =
          opened && !asNew && version !== undefined
            ? await updateStudy(opened.id, version, inputs)
            : await createStudy(inputs);
        setOpened({ id: s.id, version: s.version, name: s.name });
        setConflict(null);
        setFailure(null);
        setListed((n) => n + 1);
        setParams({ study: s.id }, { replace: true });
        setNotice({ ok: true, text: t('wisn.saved', { name: s.name, version: s.version }) });
      } catch (err) {
        const current = currentOf(err);
        if (current) setConflict(current);
        else setFailure({ error: errorOf(err), ids });
      }
    });

  const onRead = (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setRefused(null);
    void run(async () => {
      try {
        const inputs = await readWorkbook(file);
        setOpened(null);
        setParams({ study: null }, { replace: true });
        load(draftOf(inputs), t('wisn.workbook.read', { file: file.name }));
      } catch (err) {
        setRefused(
          err instanceof WorkbookRefused
            ? err.problem
            : { status: 0, title: t('import.noAnswer'), detail: String(err) },
        );
      }
    });
  };

  const onImport = () => {
    if (!file) return;
    setRefused(null);
    void run(async () => {
      try {
        const s = await importWorkbook(file);
        setListed((n) => n + 1);
        open(s);
        setNotice({ ok: true, text: t('wisn.workbook.imported', { file: file.name, name: s.name }) });
      } catch (err) {
        setRefused(
          err instanceof WorkbookRefused
            ? err.problem
            : { status: 0, title: t('import.noAnswer'), detail: String(err) },
        );
      }
    });
  };

  const fieldErrors = failure?.error instanceof ApiError ? (failure.error.problem.errors ?? []) : [];
  const invalid = new Set(
    fieldErrors.flatMap((f) => {
      const id = failure?.ids.get(f.field);
      return id ? [id] : [];
    }),
  );

  return (
    <section class="page wisn">
      <h1>{t('wisn.title')}</h1>
      <p>{t('wisn.intro')}</p>
      <div class="wisn-start no-print">
        <button
          type="button"
          onClick={() => {
            setOpened(null);
            setParams({ study: null }, { replace: true });
            load(draftOf(districtHospital()), t('wisn.exampleLoaded'));
          }}
        >
          {t('wisn.example')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpened(null);
            setParams({ study: null }, { replace: true });
            load(emptyDraft(ownArea), t('wisn.cleared'));
          }}
        >
          {t('wisn.new')}
        </button>
        <a href={TEMPLATE_URL} download="">
          {t('wisn.template')}
        </a>
      </div>
      <form class="wisn-workbook no-print" onSubmit={onRead}>
        <div class="field">
          <label for="wisn-file">{t('wisn.workbook.file')}</label>
          <input
            id="wisn-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="wisn-file-help"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <span id="wisn-file-help" class="muted small">
            {t('wisn.workbook.help')}
          </span>
        </div>
        <p class="wisn-actions">
          <button type="submit" disabled={!file || busy}>
            {t('wisn.workbook.open')}
          </button>
          {manages && (
            <button type="button" disabled={!file || busy} onClick={onImport}>
              {t('wisn.workbook.import')}
            </button>
          )}
        </p>
        <div aria-live="polite">{refused && <ProblemBox problem={refused} />}</div>
      </form>

      {manages && (
        <Studies
          reload={listed}
          openedId={opened?.id ?? null}
          onOpen={open}
          onDeleted={(s) => {
            if (opened?.id === s.id) {
              setOpened(null);
              setParams({ study: null }, { replace: true });
            }
            setNotice({ ok: true, text: t('wisn.deleted', { name: s.name }) });
          }}
        />
      )}

      <div aria-live="polite" role="status">
        {notice && <p class={notice.ok ? 'status' : 'status error'}>{notice.text}</p>}
      </div>
      {opened && (
        <p class="wisn-opened">{t('wisn.editing', { name: opened.name, version: opened.version })}</p>
      )}

      <form class="wisn-study" onSubmit={onCompute} noValidate>
        <StudyForm draft={draft} edit={edit} invalid={invalid} />
        {failure && (
          <div class="status error" role="alert">
            <p>{problemText(failure.error)}</p>
            {failure.error instanceof ApiError && failure.error.problem.hint && (
              <p>{failure.error.problem.hint}</p>
            )}
            {fieldErrors.length > 0 && (
              <ul>
                {fieldErrors.map((f) => {
                  const id = failure.ids.get(f.field);
                  return (
                    <li key={`${f.field}-${f.message}`}>
                      {id ? (
                        <a
                          href={`#${id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            document.getElementById(id)?.focus();
                          }}
                        >
                          {whereOf(id) ?? f.field}
                        </a>
                      ) : (
                        <code>{f.field}</code>
                      )}
                      {t('common.colon')} {f.message}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}
        {conflict && (
          <div class="status error wisn-conflict" role="alert">
            <p>
              {t('wisn.conflict', {
                who: `\u2068${conflict.updatedBy}\u2069`,
                at: formatDateTime(conflict.updatedAt),
                version: conflict.version,
              })}
            </p>
            <dl class="wisn-current">
              <div>
                <dt>{t('wisn.study.name')}</dt>
                <dd dir="auto">{conflict.name}</dd>
              </div>
              <div>
                <dt>{t('wisn.study.facilityType')}</dt>
                <dd dir="auto">{conflict.facilityType}</dd>
              </div>
              <div>
                <dt>{t('wisn.facilities')}</dt>
                <dd dir="auto">{conflict.inputs.facilities.map((f) => f.name).join('; ')}</dd>
              </div>
              <div>
                <dt>{t('wisn.cadres')}</dt>
                <dd dir="auto">{conflict.inputs.cadres.map((c) => c.name).join('; ')}</dd>
              </div>
            </dl>
            <p class="wisn-actions">
              <button type="button" disabled={busy} onClick={() => void save(false, conflict.version)}>
                {t('wisn.conflict.keepMine')}
              </button>
              <button type="button" disabled={busy} onClick={() => open(conflict)}>
                {t('wisn.conflict.takeTheirs')}
              </button>
            </p>
          </div>
        )}
        <p class="wisn-actions">
          <button type="submit" class="button" disabled={busy}>
            {t('wisn.compute')}
          </button>
          {manages && (
            <button type="button" disabled={busy} onClick={() => void save(false)}>
              {opened ? t('wisn.saveChanges') : t('wisn.save')}
            </button>
          )}
          {manages && opened && (
            <button type="button" disabled={busy} onClick={() => void save(true)}>
              {t('wisn.saveAsNew')}
            </button>
          )}
        </p>
        {!manages && <p class="muted small">{t('wisn.signInToSave')}</p>}
      </form>

      {computed && (
        <>
          {stale && (
            <p class="status" role="status">
              {t('wisn.stale')}
            </p>
          )}
          <Results inputs={inputsOf(computed.draft).inputs} results={computed.results} />
        </>
      )}
    </section>
  );
}
