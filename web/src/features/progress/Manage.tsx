import { useEffect, useRef, useState } from 'preact/hooks';
import { progressWords } from '../../../../src/modules/reporting/domain/progress/messages.ts';
import { problemText } from '../../components/Status.tsx';
import { lang, t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { areaName, formatDateTime, formatNumber } from '../../lib/format.ts';
import {
  currentOf,
  editProgress,
  generateProgressReport,
  getProgress,
  type ProgressEdit,
  type ProgressReport,
  publishRound,
  type Round,
} from './api.ts';
import { changes, differingParts, editOf, type Part, TEXT_SECTIONS, withoutEmpty } from './state.ts';

export type Notice = { ok: boolean; text: string } | null;

const failed = (e: unknown) =>
  t('progress.refused', { message: problemText(e instanceof Error ? e : new Error(String(e))) });

/** A polite live region for what an action did, or the API's refusal. */
export function NoticeLine(props: { notice: Notice }) {
  return (
    <div role="status" aria-live="polite" class="no-print">
      {props.notice && <p class={props.notice.ok ? 'status' : 'status error'}>{props.notice.text}</p>}
    </div>
  );
}

/** A button whose action runs only after a confirmation that says what it does; the keyboard goes on to it. */
function Confirmed(props: {
  id: string;
  label: string;
  question: string;
  run: () => Promise<void>;
  primary?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class={props.primary ? 'button' : undefined} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  return (
    <div class="rep-confirm pr-confirm">
      <p id={`${props.id}-q`}>{props.question}</p>
      <div class="actions">
        <button
          ref={confirm}
          type="button"
          class="button"
          aria-describedby={`${props.id}-q`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void props.run().finally(() => {
              setBusy(false);
              setAsking(false);
            });
          }}
        >
          {props.label}
        </button>
        <button type="button" disabled={busy} onClick={() => setAsking(false)}>
          {t('progress.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Generating the report of a closed round that has none yet. */
export function GeneratePanel(props: { round: Round; onReport: (r: ProgressReport, n: Notice) => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <div class="pr-manage no-print">
      <NoticeLine notice={notice} />
      <Confirmed
        id="pr-generate"
        primary
        label={t('progress.generate')}
        question={t('progress.confirmGenerate', { round: props.round.label })}
        run={async () => {
          try {
            const r = await generateProgressReport(props.round.id);
            props.onReport(r, {
              ok: true,
              text: t('progress.generated', { version: formatNumber(r.version) }),
            });
          } catch (e) {
            setNotice({ ok: false, text: failed(e) });
          }
        }}
      />
    </div>
  );
}

type Labels = (part: Part) => string;

function PartText(props: { edit: ProgressEdit; part: Part; narrativeName: (id: string) => string }) {
  const { edit, part } = props;
  const text =
    part.kind === 'summary'
      ? edit.editorial.summary
      : part.kind === 'section'
        ? (edit.editorial.sections[part.section] ?? '')
        : null;
  if (text !== null)
    return text.trim() === '' ? (
      <p class="muted">{t('progress.conflictEmpty')}</p>
    ) : (
      <p class="pr-pre" dir="auto">
        {text}
      </p>
    );
  return edit.selectedNarratives.length === 0 ? (
    <p class="muted">{t('progress.conflictEmpty')}</p>
  ) : (
    <ul>
      {edit.selectedNarratives.map((id) => (
        <li key={id}>{props.narrativeName(id)}</li>
      ))}
    </ul>
  );
}

/** A stale save: where the two versions differ, yours beside the current one, and which to keep. */
function Conflict(props: {
  mine: ProgressEdit;
  baseVersion: number;
  current: ProgressReport;
  labels: Labels;
  narrativeName: (id: string) => string;
  onKeepMine: () => void;
  onTakeCurrent: () => void;
  busy: boolean;
}) {
  const theirs = editOf(props.current);
  const parts = differingParts(withoutEmpty(props.mine), withoutEmpty(theirs));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="pr-conflict" aria-labelledby="pr-conflict" role="alert">
      <h3 id="pr-conflict" ref={heading} tabIndex={-1}>
        {t('progress.conflictTitle')}
      </h3>
      <p>
        {t('progress.conflictText', {
          version: formatNumber(props.baseVersion),
          current: formatNumber(props.current.version),
          date: formatDateTime(props.current.updatedAt),
          by: props.current.updatedBy,
        })}
      </p>
      {parts.map((part) => {
        const key = part.kind === 'section' ? `section-${part.section}` : part.kind;
        return (
          <div key={key} class="pr-compare" data-part={key}>
            <h4>{props.labels(part)}</h4>
            <div class="pr-compare-sides">
              <div class="pr-side" data-side="mine">
                <h5>{t('progress.conflictYours')}</h5>
                <PartText edit={props.mine} part={part} narrativeName={props.narrativeName} />
              </div>
              <div class="pr-side" data-side="current">
                <h5>{t('progress.conflictCurrent', { version: formatNumber(props.current.version) })}</h5>
                <PartText edit={theirs} part={part} narrativeName={props.narrativeName} />
              </div>
            </div>
          </div>
        );
      })}
      <div class="actions">
        <button type="button" class="button" disabled={props.busy} onClick={props.onKeepMine}>
          {t('progress.keepMine')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onTakeCurrent}>
          {t('progress.takeCurrent')}
        </button>
      </div>
    </section>
  );
}

/** The secretariat's texts: the summary, a text per section and the narratives quoted; saved with the version. */
function EditForm(props: {
  report: ProgressReport;
  countries: Map<string, Area>;
  onSaved: (r: ProgressReport, n: Notice) => void;
  onCurrent: (r: ProgressReport, n: Notice) => void;
}) {
  const words = progressWords(props.report.content, lang());
  const [draft, setDraft] = useState<ProgressEdit>(() => editOf(props.report));
  const [base, setBase] = useState(props.report.version);
  const [conflict, setConflict] = useState<ProgressReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const l = lang();
  const narratives = props.report.content.narratives;
  const narrativeName = (id: string) => {
    const n = (conflict ?? props.report).content.narratives.find((x) => x.id === id);
    if (!n) return id;
    const country = n.source.area ? areaName(n.source.area, props.countries, n.areaName ?? undefined) : '';
    return `${country}: ${n.questionText[l] || n.questionText.en}`;
  };
  const labels: Labels = (part) =>
    part.kind === 'summary'
      ? t('progress.fieldSummary')
      : part.kind === 'narratives'
        ? t('progress.narrativesLegend')
        : t('progress.fieldSection', {
            section: words.headings[part.section as keyof typeof words.headings] ?? part.section,
          });

  const save = async (version: number, edit: ProgressEdit, done: (r: ProgressReport) => Notice) => {
    setBusy(true);
    try {
      const saved = await editProgress(props.report.roundId, version, withoutEmpty(edit));
      setConflict(null);
      setBase(saved.version);
      setDraft(editOf(saved));
      setNotice(null);
      props.onSaved(saved, done(saved));
    } catch (e) {
      const current = currentOf(e);
      if (current) setConflict(current);
      else setNotice({ ok: false, text: failed(e) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!changes(draft, { ...props.report, version: base })) {
      setNotice({ ok: true, text: t('progress.nothingChanged') });
      return;
    }
    void save(base, draft, (r) => ({
      ok: true,
      text: t('progress.saved', { version: formatNumber(r.version) }),
    }));
  };
  const setSection = (key: string, value: string) =>
    setDraft({
      ...draft,
      editorial: { ...draft.editorial, sections: { ...draft.editorial.sections, [key]: value } },
    });
  const toggle = (id: string, on: boolean) =>
    setDraft({
      ...draft,
      selectedNarratives: on
        ? [...draft.selectedNarratives.filter((x) => x !== id), id]
        : draft.selectedNarratives.filter((x) => x !== id),
    });

  return (
    <form class="form pr-edit" onSubmit={submit} noValidate aria-labelledby="pr-edit-title">
      <h2 id="pr-edit-title">{t('progress.editTitle')}</h2>
      <p class="small muted" id="pr-edit-hint">
        {t('progress.editHint')}
      </p>
      <NoticeLine notice={notice} />
      {conflict && (
        <Conflict
          mine={draft}
          baseVersion={base}
          current={conflict}
          labels={labels}
          narrativeName={narrativeName}
          busy={busy}
          onKeepMine={() =>
            void save(conflict.version, draft, (r) => ({
              ok: true,
              text: t('progress.keptMine', {
                current: formatNumber(conflict.version),
                version: formatNumber(r.version),
              }),
            }))
          }
          onTakeCurrent={() => {
            setDraft(editOf(conflict));
            setBase(conflict.version);
            setConflict(null);
            props.onCurrent(conflict, {
              ok: true,
              text: t('progress.tookCurrent', { version: formatNumber(conflict.version) }),
            });
          }}
        />
      )}
      <div class="field">
        <label for="pr-summary-text">{t('progress.fieldSummary')}</label>
        <textarea
          id="pr-summary-text"
          rows={6}
          dir="auto"
          maxLength={50_000}
          aria-describedby="pr-edit-hint"
          value={draft.editorial.summary}
          onInput={(e) =>
            setDraft({ ...draft, editorial: { ...draft.editorial, summary: e.currentTarget.value } })
          }
        />
      </div>
      {TEXT_SECTIONS.map((key) => (
        <div class="field" key={key}>
          <label for={`pr-text-${key}`}>{t('progress.fieldSection', { section: words.headings[key] })}</label>
          <textarea
            id={`pr-text-${key}`}
            rows={3}
            dir="auto"
            maxLength={50_000}
            value={draft.editorial.sections[key] ?? ''}
            onInput={(e) => setSection(key, e.currentTarget.value)}
          />
        </div>
      ))}
      <fieldset class="pr-choose">
        <legend>{t('progress.narrativesLegend')}</legend>
        {narratives.length === 0 && <p class="muted">{t('progress.narrativesNone')}</p>}
        {narratives.map((n, i) => (
          <div class="pr-choice" key={n.id}>
            <input
              type="checkbox"
              id={`pr-n-${i}`}
              checked={draft.selectedNarratives.includes(n.id)}
              aria-describedby={`pr-n-${i}-text`}
              onChange={(e) => toggle(n.id, e.currentTarget.checked)}
            />
            <label for={`pr-n-${i}`}>{narrativeName(n.id)}</label>
            <p class="small muted pr-excerpt" dir="auto" id={`pr-n-${i}-text`}>
              {n.text.length > 280 ? `${n.text.slice(0, 280)}…` : n.text}
            </p>
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('progress.save')}
        </button>
      </p>
    </form>
  );
}

/** What the secretariat does with a draft: regenerate, edit the texts, publish the round. */
export function ManagePanel(props: {
  report: ProgressReport;
  round: Round;
  countries: Map<string, Area>;
  notice: Notice;
  onReport: (r: ProgressReport, n: Notice) => void;
  onRound: (round: Round) => void;
}) {
  const { report, round } = props;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const allowed = report.allowed;
  if (!allowed.edit && !allowed.regenerate && !allowed.publish) return null;
  return (
    <section class="pr-manage no-print" aria-labelledby="pr-manage-title">
      <h2 id="pr-manage-title">{t('progress.manage')}</h2>
      <p class="small muted">
        {t('progress.generatedLine', { date: formatDateTime(report.generatedAt), by: report.generatedBy })}{' '}
        {t('progress.updatedLine', { date: formatDateTime(report.updatedAt), by: report.updatedBy })}
      </p>
      <NoticeLine notice={notice ?? props.notice} />
      <div class="actions pr-actions">
        {allowed.regenerate && (
          <Confirmed
            id="pr-regenerate"
            label={t('progress.regenerate')}
            question={t('progress.confirmRegenerate', { round: round.label })}
            run={async () => {
              try {
                const r = await generateProgressReport(round.id);
                setNotice(null);
                props.onReport(r, {
                  ok: true,
                  text: t('progress.generated', { version: formatNumber(r.version) }),
                });
              } catch (e) {
                setNotice({ ok: false, text: failed(e) });
              }
            }}
          />
        )}
        {allowed.edit && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('progress.editTexts')}
          </button>
        )}
        {allowed.publish && (
          <Confirmed
            id="pr-publish"
            primary
            label={t('progress.publish')}
            question={t('progress.confirmPublish', { round: round.label })}
            run={async () => {
              try {
                const published = await publishRound(round.id);
                const r = await getProgress(round.id);
                setNotice(null);
                setEditing(false);
                props.onRound(published);
                props.onReport(r, { ok: true, text: t('progress.publishedDone', { round: round.label }) });
              } catch (e) {
                setNotice({ ok: false, text: failed(e) });
              }
            }}
          />
        )}
      </div>
      {editing && allowed.edit && (
        <EditForm
          key={report.roundId}
          report={report}
          countries={props.countries}
          onSaved={(r, n) => {
            setNotice(null);
            props.onReport(r, n);
          }}
          onCurrent={(r, n) => {
            setNotice(null);
            props.onReport(r, n);
          }}
        />
      )}
    </section>
  );
}
