import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mapQuestions } from '../../../../src/modules/questionnaires/domain/versions.ts';
import { visibleQuestions } from '../../../../src/modules/questionnaires/domain/visibility.ts';
import { findQuestion, questionNumber } from '../../../../src/modules/questionnaires/domain/walk.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load, problemText } from '../../components/Status.tsx';
import { lang, locale, t } from '../../i18n/i18n.ts';
import { type Area, getCountries } from '../../lib/api.ts';
import { areaName, formatNumber } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { currentSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import { when } from '../accounts/components.tsx';
import { ReportState } from '../reporting/ui.tsx';
import '../reporting/reporting.css';
import './report.css';
import {
  actOn,
  conflictReport,
  deleteAttachment,
  getAreaReporting,
  getPrefill,
  getQuestionnaire,
  getReport,
  type ImportResult,
  importFigures,
  saveAnswers,
  uploadAttachment,
} from './api.ts';
import { domId, QuestionBlock } from './Question.tsx';
import {
  type Answer,
  afterSave,
  type Choice,
  type Conflict,
  change,
  clockTime,
  conflictsOf,
  type Draft,
  draftKey,
  effectiveAnswers,
  emptyDraft,
  hasPending,
  issuesByQuestion,
  issuesOf,
  type PrefillResult,
  parseDraft,
  previousAnswers,
  type QuestionnaireDefinition,
  type Report,
  rebase,
  reviewComments,
  sectionProgress,
  serialiseDraft,
} from './state.ts';
import { answerText, issueText, local } from './words.ts';

/** A name or address people typed, kept in its own direction inside a sentence of the page's language. */
const isolated = (text: string) => `\u2068${text}\u2069`;

const AUTOSAVE_MS = 1500;

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

interface Loaded {
  report: Report;
  def: QuestionnaireDefinition;
  prefill: PrefillResult | null;
  countries: Map<string, Area>;
}

async function load(id: number): Promise<Loaded> {
  const report = await getReport(id);
  const [questionnaire, prefill, countries] = await Promise.all([
    getQuestionnaire(report.questionnaireId),
    report.kind === 'national' ? getPrefill(id).catch(() => null) : Promise.resolve(null),
    getCountries(),
  ]);
  return { report, def: questionnaire.definition, prefill, countries };
}

/**
 * A national or stakeholder report (`/reporting/report?id=ID`): the form its authors fill, saved as they type; the
 * secretariat's review (comments per question, return, accept, publish, import of the figures); read-only once
 * submitted; the previous round's answers beside; the exports.
 */
export default function ReportPage({ url }: PageProps) {
  const id = Number.parseInt(url.searchParams.get('id') ?? '', 10);
  const valid = Number.isInteger(id) && id > 0;
  const state = useAsync(() => (valid ? load(id) : Promise.reject(new Error(t('report.noId')))), [id]);
  return (
    <section class="page reporting report-page">
      <Load state={state}>{(data) => <Editor key={data.report.id} {...data} />}</Load>
    </section>
  );
}

function Editor(props: Loaded) {
  const { def, countries } = props;
  const id = props.report.id;
  const [report, setReportState] = useState(props.report);
  const [prefill, setPrefill] = useState(props.prefill);
  const reportRef = useRef(report);
  const setReport = (r: Report) => {
    reportRef.current = r;
    setReportState(r);
  };
  const initial = useMemo(() => restore(props.report), []);
  const [draft, setDraftState] = useState<Draft>(initial.draft);
  const draftRef = useRef(draft);
  const [conflict, setConflictState] = useState<{ current: Report; list: Conflict[] } | null>(
    initial.conflict,
  );
  const conflictRef = useRef(conflict);
  const setConflict = (c: typeof conflict) => {
    conflictRef.current = c;
    setConflictState(c);
  };
  const [status, setStatus] = useState<SaveStatus>(
    hasPending(initial.draft) ? { kind: 'pending' } : { kind: 'idle' },
  );
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setDraft = (d: Draft) => {
    draftRef.current = d;
    setDraftState(d);
    const text = serialiseDraft(d);
    const s = storage();
    if (text) s?.setItem(draftKey(id), text);
    else s?.removeItem(draftKey(id));
  };

  const refreshPrefill = () => {
    if (reportRef.current.kind === 'national') void getPrefill(id).then(setPrefill, () => undefined);
  };

  const flush = async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current || conflictRef.current || !hasPending(draftRef.current)) return;
    saving.current = true;
    setStatus({ kind: 'saving' });
    const d = draftRef.current;
    const sent = { ...d.pending };
    let failed = false;
    try {
      const saved = await saveAnswers(id, d.version, sent);
      setReport(saved);
      setDraft(afterSave(draftRef.current, sent, saved));
      setStatus({ kind: 'saved', at: new Date() });
      refreshPrefill();
    } catch (e) {
      const current = conflictReport(e);
      if (current) {
        const list = conflictsOf(draftRef.current, current.answers);
        setReport(current);
        if (list.length === 0) {
          setDraft(rebase(draftRef.current, current, {}));
          setStatus({ kind: 'pending' });
        } else {
          setConflict({ current, list });
          setStatus({ kind: 'conflict' });
        }
      } else {
        failed = true;
        setStatus({ kind: 'failed', message: problemText(e instanceof Error ? e : new Error(String(e))) });
      }
    } finally {
      saving.current = false;
    }
    if (hasPending(draftRef.current) && !conflictRef.current && !failed) schedule();
  };

  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  useEffect(() => {
    if (hasPending(draftRef.current) && !conflictRef.current) schedule();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const onChange = (question: string, answer: Answer) => {
    setDraft(change(draftRef.current, reportRef.current.answers, question, answer));
    setStatus({ kind: 'pending' });
    schedule();
  };

  const resolve = (choices: Record<string, Choice>) => {
    const c = conflictRef.current;
    if (!c) return;
    setReport(c.current);
    setDraft(rebase(draftRef.current, c.current, choices));
    setConflict(null);
    setStatus({ kind: 'pending' });
    void flush();
  };

  /** A change the server made (a file added or removed): the pending answers move onto its version. */
  const adopt = (r: Report) => {
    setReport(r);
    setDraft({ ...draftRef.current, version: r.version });
  };

  const answers = effectiveAnswers(report.answers, draft);
  const issues = issuesOf(def, answers);
  const byQuestion = issuesByQuestion(issues);
  const progress = sectionProgress(def, answers, issues);
  const readOnly = !report.allowed.edit;
  const visible = visibleQuestions(def, answers);

  // Review: comments per question, written by the secretariat before it returns the report.
  const reviewing = report.allowed.comment && report.allowed.return;
  const [review, setReview] = useState<Record<string, string>>({});

  // The previous round's answers.
  const [showPrevious, setShowPrevious] = useState(false);
  const previous = useAsync(() => previousOf(report, def), [report.id]);
  const prev = previous.status === 'ok' ? previous.data : null;

  const name = report.area
    ? areaName(report.area, countries, report.areaName ?? undefined)
    : (report.organisation ?? '');
  const title =
    report.kind === 'national'
      ? t('report.titleOf', { area: name })
      : t('report.stakeholderOf', { organisation: name });
  const generalComments = report.comments.filter((c) => c.question === null);

  return (
    <>
      <p class="small">
        <a href={href('/reporting')}>{t('report.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="report-meta">
        {t('report.round', { round: report.roundLabel })} · <ReportState state={report.state} /> ·{' '}
        <span class="small muted">
          {t('report.updated', { date: when(report.updatedAt), who: isolated(report.updatedBy) })}
        </span>
      </p>
      <ExportLinks id={id} />
      {readOnly && <p class="status report-readonly">{t(`report.readOnly.${report.state}`)}</p>}
      {generalComments.length > 0 && (
        <div class="card report-general-comments">
          <h2>{t('report.generalComments')}</h2>
          {generalComments.map((c) => (
            <div class="rq-comment" key={c.id}>
              <p class="small muted">
                {t('report.commentBy', {
                  author: c.author,
                  date: when(c.createdAt),
                  cycle: formatNumber(c.reviewCycle),
                })}
              </p>
              <p class="rq-comment-body">{c.body}</p>
            </div>
          ))}
        </div>
      )}
      {!readOnly && <SaveLine status={status} retry={() => void flush()} />}
      {conflict && <ConflictNotice def={def} conflict={conflict} report={report} resolve={resolve} />}
      {prev && (
        <p class="report-compare">
          <label>
            <input
              type="checkbox"
              checked={showPrevious}
              onChange={(e) => setShowPrevious(e.currentTarget.checked)}
            />{' '}
            {t('report.showPrevious', { round: prev.report.roundLabel })}
          </label>
        </p>
      )}
      <div class="report-layout">
        <nav class="report-sections" aria-label={t('report.sections')}>
          <ol>
            {def.sections.map((s, i) => {
              const p = progress[i];
              return (
                <li key={s.id}>
                  <a href={`#section-${s.id}`}>{local(s.title)}</a>
                  {p && (
                    <span
                      class="small muted report-progress"
                      data-complete={p.answered === p.asked && p.issues === 0 ? 'yes' : 'no'}
                    >
                      {' '}
                      {t('report.progress', {
                        answered: formatNumber(p.answered),
                        asked: formatNumber(p.asked),
                      })}
                      {p.issues > 0 && ` · ${t('report.issuesCount', { count: p.issues })}`}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
        <div class="report-form">
          {def.sections.map((s, si) => (
            <section
              key={s.id}
              id={`section-${s.id}`}
              aria-labelledby={`section-${s.id}-title`}
              class="report-section"
            >
              <h2 id={`section-${s.id}-title`}>
                {formatNumber(si + 1)}. {local(s.title)}
              </h2>
              {s.intro && <p class="muted">{local(s.intro)}</p>}
              {s.questions
                .filter((q) => visible.has(q.id))
                .map((q) => (
                  <QuestionBlock
                    key={q.id}
                    def={def}
                    question={q}
                    number={questionNumber(def, q.id) ?? ''}
                    answer={answers[q.id]}
                    issues={byQuestion.get(q.id) ?? []}
                    comments={report.comments}
                    attachments={report.attachments}
                    reportId={id}
                    readOnly={readOnly}
                    prefill={prefill}
                    onChange={(a) => onChange(q.id, a)}
                    upload={async (file, onProgress) => {
                      await flush();
                      const r = await uploadAttachment({
                        report: id,
                        question: q.id,
                        version: reportRef.current.version,
                        file,
                        csrf: currentSession()?.csrfToken ?? null,
                        onProgress,
                      }).catch((e: unknown) => {
                        throw new Error(problemText(e instanceof Error ? e : new Error(String(e))));
                      });
                      adopt(r.report);
                    }}
                    remove={async (attachment) => {
                      adopt(await deleteAttachment(id, attachment));
                    }}
                    previous={
                      showPrevious && prev?.answers.has(q.id)
                        ? { answer: prev?.answers.get(q.id), attachments: prev?.report.attachments ?? [] }
                        : showPrevious && prev?.carried.has(q.id)
                          ? { answer: undefined, attachments: [] }
                          : undefined
                    }
                    review={
                      reviewing
                        ? { value: review[q.id] ?? '', set: (v) => setReview({ ...review, [q.id]: v }) }
                        : undefined
                    }
                  />
                ))}
            </section>
          ))}
          <Actions
            report={report}
            def={def}
            issues={issues}
            pending={hasPending(draft) || conflict !== null}
            flush={flush}
            review={review}
            clearReview={() => setReview({})}
            done={(r) => {
              setReport(r);
              setDraft(emptyDraft(r.version));
            }}
          />
        </div>
      </div>
      <datalist id="report-countries">
        {[...countries.values()].map((a) => (
          <option key={a.code} value={a.code}>
            {areaName(a.code, countries)}
          </option>
        ))}
      </datalist>
    </>
  );
}

/** The unsaved answers kept in sessionStorage, moved onto the report as loaded (a conflict when both changed). */
function restore(report: Report): { draft: Draft; conflict: { current: Report; list: Conflict[] } | null } {
  const kept = parseDraft(storage()?.getItem(draftKey(report.id)) ?? null);
  if (!kept || !report.allowed.edit) return { draft: emptyDraft(report.version), conflict: null };
  if (kept.version === report.version) return { draft: kept, conflict: null };
  const list = conflictsOf(kept, report.answers);
  if (list.length > 0) return { draft: kept, conflict: { current: report, list } };
  return { draft: rebase(kept, report, {}), conflict: null };
}

/** The area's report of the round before, with its answers under this version's questions. */
async function previousOf(report: Report, def: QuestionnaireDefinition) {
  if (report.kind !== 'national' || !report.area) return null;
  const history = await getAreaReporting(report.area);
  const earlier = history.rounds
    .filter((e) => e.round.year < report.roundYear && e.report && e.report.id !== report.id)
    .sort((a, b) => b.round.year - a.round.year)[0];
  if (!earlier?.report) return null;
  const other = await getReport(earlier.report.id);
  const otherDef = (await getQuestionnaire(other.questionnaireId)).definition;
  const answers = previousAnswers(otherDef, def, other.answers);
  return { report: other, answers, carried: new Set(mapQuestions(otherDef, def).keys()) };
}

function SaveLine(props: { status: SaveStatus; retry: () => void }) {
  const s = props.status;
  return (
    <p class="report-save" data-save={s.kind}>
      <span role="status">
        {s.kind === 'saving' && t('report.save.saving')}
        {s.kind === 'saved' && t('report.save.saved', { time: clockTime(s.at, locale()) })}
        {s.kind === 'pending' && t('report.save.pending')}
        {s.kind === 'conflict' && t('report.save.conflict')}
        {s.kind === 'failed' && t('report.save.failed', { reason: s.message })}
      </span>
      {s.kind === 'failed' && (
        <>
          {' '}
          <button type="button" class="link-button" onClick={props.retry}>
            {t('report.save.retry')}
          </button>
        </>
      )}
    </p>
  );
}

/** The other version saved meanwhile: per question where both changed, keep mine or take theirs. */
function ConflictNotice(props: {
  def: QuestionnaireDefinition;
  conflict: { current: Report; list: Conflict[] };
  report: Report;
  resolve: (choices: Record<string, Choice>) => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(props.conflict.list.map((c) => [c.question, 'mine' as Choice])),
  );
  const { current } = props.conflict;
  const box = useRef<HTMLDivElement>(null);
  // The notice is at the top of the form: brought into view, wherever the reader was typing.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'start' });
    box.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="report-conflict" role="alert" ref={box} tabIndex={-1}>
      <h2>{t('report.conflict.title')}</h2>
      <p>{t('report.conflict.text', { who: isolated(current.updatedBy), date: when(current.updatedAt) })}</p>
      <ul>
        {props.conflict.list.map((c) => {
          const q = findQuestion(props.def, c.question);
          const n = questionNumber(props.def, c.question) ?? '';
          const name = `conflict-${domId(c.question)}`;
          return (
            <li key={c.question} data-conflict={c.question}>
              <fieldset>
                <legend>
                  {n} {q ? local(q.text) : c.question}
                </legend>
                <label class="rq-option">
                  <input
                    type="radio"
                    name={name}
                    checked={choices[c.question] === 'mine'}
                    onChange={() => setChoices({ ...choices, [c.question]: 'mine' })}
                  />{' '}
                  {t('report.conflict.mine')}{' '}
                  <q class="conflict-mine">{answerText(q, c.mine, props.report.attachments)}</q>
                </label>
                <label class="rq-option">
                  <input
                    type="radio"
                    name={name}
                    checked={choices[c.question] === 'theirs'}
                    onChange={() => setChoices({ ...choices, [c.question]: 'theirs' })}
                  />{' '}
                  {t('report.conflict.theirs')}{' '}
                  <q class="conflict-theirs">{answerText(q, c.theirs, current.attachments)}</q>
                </label>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p>
        <button type="button" class="button" onClick={() => props.resolve(choices)}>
          {t('report.conflict.apply')}
        </button>
      </p>
    </div>
  );
}

function ExportLinks(props: { id: number }) {
  const link = (format: string) => `/api/reports/${props.id}/export.${format}?lang=${lang()}`;
  return (
    <p class="report-exports small">
      {t('report.exports')} <a href={link('pdf')}>PDF</a> · <a href={link('docx')}>DOCX</a> ·{' '}
      <a href={link('html')}>HTML</a> · <a href={link('csv')}>CSV</a>
    </p>
  );
}

/** What the reader may do with the report now: submit (with what is still missing), or review it. */
function Actions(props: {
  report: Report;
  def: QuestionnaireDefinition;
  issues: ReturnType<typeof issuesOf>;
  pending: boolean;
  flush: () => Promise<void>;
  review: Record<string, string>;
  clearReview: () => void;
  done: (r: Report) => void;
}) {
  const { report, def, issues } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState('');
  const [imported, setImported] = useState<ImportResult | null>(null);
  const a = report.allowed;
  const run = async (action: 'submit' | 'return' | 'accept' | 'publish') => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      if (action === 'submit') await props.flush();
      const comments = action === 'return' ? reviewComments(props.review) : [];
      const body = {
        version: report.version,
        ...(action === 'return' && general.trim() ? { comment: general.trim() } : {}),
        ...(action === 'return' ? { comments } : {}),
      };
      const r = await actOn(report.id, action, body);
      props.done(r);
      if (action === 'return') {
        props.clearReview();
        setGeneral('');
      }
      setMessage(t(`report.done.${action}`));
    } catch (e) {
      setError(problemText(e instanceof Error ? e : new Error(String(e))));
    } finally {
      setBusy(false);
    }
  };
  const runImport = async () => {
    setBusy(true);
    setError(null);
    try {
      setImported(await importFigures(report.id));
    } catch (e) {
      setError(problemText(e instanceof Error ? e : new Error(String(e))));
    } finally {
      setBusy(false);
    }
  };
  const reviewCount = reviewComments(props.review).length + (general.trim() ? 1 : 0);
  return (
    <section class="report-actions card" aria-labelledby="report-actions-title">
      <h2 id="report-actions-title">{t('report.actions')}</h2>
      {a.submit && (
        <>
          {issues.length > 0 ? (
            <div class="report-issues">
              <p>{t('report.beforeSubmit', { count: issues.length })}</p>
              <ul>
                {issues.map((i, n) => (
                  <li key={n}>
                    <a href={`#${domId(i.question)}`}>
                      {t('report.question', { number: questionNumber(def, i.question) ?? i.question })}
                    </a>
                    : {issueText(i, def)}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>{t('report.readyToSubmit')}</p>
          )}
          <p>
            <button
              type="button"
              class="button"
              disabled={busy || issues.length > 0}
              onClick={() => void run('submit')}
            >
              {t('report.action.submit')}
            </button>
          </p>
        </>
      )}
      {a.return && (
        <div class="field">
          <label for="report-general-comment">{t('report.review.general')}</label>
          <textarea
            id="report-general-comment"
            rows={3}
            maxLength={5000}
            value={general}
            onInput={(e) => setGeneral(e.currentTarget.value)}
          />
          <p class="small muted">{t('report.review.hint')}</p>
        </div>
      )}
      <p class="report-buttons">
        {a.return && (
          <button
            type="button"
            class="button secondary"
            disabled={busy || reviewCount === 0}
            onClick={() => void run('return')}
          >
            {t('report.action.return')}
          </button>
        )}{' '}
        {a.accept && (
          <button type="button" class="button" disabled={busy} onClick={() => void run('accept')}>
            {t('report.action.accept')}
          </button>
        )}{' '}
        {a.publish && (
          <button type="button" class="button" disabled={busy} onClick={() => void run('publish')}>
            {t('report.action.publish')}
          </button>
        )}{' '}
        {a.importFigures && (
          <button type="button" class="button secondary" disabled={busy} onClick={() => void runImport()}>
            {t('report.action.import')}
          </button>
        )}
      </p>
      {!a.submit && !a.return && !a.accept && !a.publish && !a.importFigures && (
        <p class="muted">{t('report.noActions')}</p>
      )}
      {props.pending && a.submit && <p class="small muted">{t('report.savingFirst')}</p>}
      <div role="status">
        {message && <p class="status ok">{message}</p>}
        {imported && (
          <p class="status ok" data-batch={imported.batch}>
            {t('report.imported', {
              batch: formatNumber(imported.batch),
              inserted: formatNumber(imported.inserted),
              revised: formatNumber(imported.revised),
              unchanged: formatNumber(imported.unchanged),
            })}
          </p>
        )}
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
