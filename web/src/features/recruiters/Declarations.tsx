import { useMemo, useState } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Load } from '../../components/Status.tsx';
import { locale, t } from '../../i18n/i18n.ts';
import { knownCountries } from '../../lib/api.ts';
import { formatNumber, labelOf } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  type Declaration,
  type DeclareResult,
  declare,
  getAgreements,
  getDeclarations,
  getDestinationDeclarations,
  type Organisation,
  reviewDeclaration,
} from './api.ts';
import {
  awaitingReview,
  DECLARED_OCCUPATIONS,
  type DraftLine,
  declarationBody,
  fieldId,
  type LineField,
  lastMonth,
  lineErrors,
  newLine,
} from './declarations.ts';
import { areaName, failure, type Notice, NoticeLine } from './parts.tsx';

/** A declared month (YYYY-MM) as the reader's language says it. */
const monthName = (month: string) =>
  new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const occupationLabel = (code: string) => labelOf('occupation', code);

/** A listed organisation's declarations of recruitment: the form to declare placements, and those declared. */
export function Declarations({ org }: { org: Organisation }) {
  const [reload, setReload] = useState(0);
  const agreements = useAsync(() => getAgreements(org.register), [org.register]);
  const declared = useAsync(() => getDeclarations(org.id), [org.id, reload]);
  return (
    <section class="declarations" aria-labelledby={`declare-${org.id}`}>
      <Load state={agreements}>
        {(list) => (
          <DeclareForm
            org={org}
            agreements={list.agreements.filter((a) => a.published)}
            onDeclared={() => setReload((n) => n + 1)}
          />
        )}
      </Load>
      <h4 id={`declared-${org.id}`}>{t('recruiters.declarations.title')}</h4>
      <Load state={declared}>
        {(list) =>
          list.declarations.length === 0 ? (
            <p class="muted">{t('recruiters.declarations.none')}</p>
          ) : (
            <DeclarationTable org={org} rows={list.declarations} />
          )
        }
      </Load>
    </section>
  );
}

type Agreements = Awaited<ReturnType<typeof getAgreements>>['agreements'];

function DeclareForm(props: { org: Organisation; agreements: Agreements; onDeclared: () => void }) {
  const { org } = props;
  const first = lastMonth(new Date());
  const [lines, setLines] = useState<DraftLine[]>([newLine(1, first)]);
  const [next, setNext] = useState(2);
  const [errors, setErrors] = useState<ReturnType<typeof lineErrors> | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [result, setResult] = useState<DeclareResult | null>(null);
  const [busy, setBusy] = useState(false);
  const countries = useMemo(
    () =>
      [...(knownCountries()?.values() ?? [])]
        .filter((a) => a.code !== org.register)
        .map((a) => ({ code: a.code, name: areaName(a.code) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale())),
    [org.register],
  );
  const set = (key: number, field: LineField, value: string) =>
    setLines(lines.map((l) => (l.key === key ? { ...l, [field]: value } : l)));
  const add = () => {
    setLines([...lines, newLine(next, lines.at(-1)?.month ?? first)]);
    setNext(next + 1);
    setErrors(null);
  };
  const remove = (key: number) => {
    setLines(lines.filter((l) => l.key !== key));
    setErrors(null);
  };
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await declare(org.id, declarationBody(lines));
      setResult(r);
      setErrors(null);
      setNotice(null);
      setLines([newLine(next, first)]);
      setNext(next + 1);
      props.onDeclared();
    } catch (err) {
      const { text, fields } = failure(err);
      setResult(null);
      setNotice({ ok: false, text });
      setErrors(lineErrors(fields, lines.length));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="recruiter-form declare-form" onSubmit={onSubmit} aria-labelledby={`declare-${org.id}`}>
      <h4 id={`declare-${org.id}`}>{t('recruiters.declare.title')}</h4>
      <p>{t('recruiters.declare.intro')}</p>
      {lines.map((l, i) => {
        const wrong = errors?.lines[i] ?? {};
        const field = (name: LineField) => {
          const id = fieldId(org.id, l.key, name);
          return {
            id,
            'aria-invalid': wrong[name] ? true : undefined,
            'aria-describedby': wrong[name] ? `${id}-error` : undefined,
          };
        };
        const error = (name: LineField) =>
          wrong[name] ? (
            <span id={`${fieldId(org.id, l.key, name)}-error`} class="field-error">
              {wrong[name]}
            </span>
          ) : null;
        return (
          <fieldset key={l.key} class="declare-line" data-line={i + 1}>
            <legend>{t('recruiters.declare.line', { n: i + 1 })}</legend>
            <label>
              {t('recruiters.declare.month')}
              <input
                type="month"
                required
                min="2000-01"
                value={l.month}
                onInput={(e) => set(l.key, 'month', e.currentTarget.value)}
                {...field('month')}
              />
              {error('month')}
            </label>
            <label>
              {t('recruiters.declare.origin')}
              <select
                required
                value={l.origin}
                onChange={(e) => set(l.key, 'origin', e.currentTarget.value)}
                {...field('origin')}
              >
                <option value="">{t('recruiters.declare.chooseOrigin')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              {error('origin')}
            </label>
            <label>
              {t('recruiters.declare.occupation')}
              <select
                value={l.occupation}
                onChange={(e) => set(l.key, 'occupation', e.currentTarget.value)}
                {...field('occupation')}
              >
                {DECLARED_OCCUPATIONS.map((o) => (
                  <option key={o} value={o}>
                    {occupationLabel(o)}
                  </option>
                ))}
              </select>
              {error('occupation')}
            </label>
            <label>
              {t('recruiters.declare.placed')}
              <input
                type="number"
                inputMode="numeric"
                required
                min={0}
                max={100_000}
                step={1}
                value={l.placed}
                onInput={(e) => set(l.key, 'placed', e.currentTarget.value)}
                {...field('placed')}
              />
              {error('placed')}
            </label>
            <label class="declare-agreement">
              {t('recruiters.declare.agreement')}
              <select
                value={l.agreement}
                onChange={(e) => set(l.key, 'agreement', e.currentTarget.value)}
                {...field('agreement')}
              >
                <option value="">{t('recruiters.declare.noAgreement')}</option>
                {props.agreements.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
              {error('agreement')}
            </label>
            {lines.length > 1 && (
              <button type="button" class="secondary" onClick={() => remove(l.key)}>
                {t('recruiters.declare.remove', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {errors && errors.other.length > 0 && (
        <ul class="field-errors">
          {errors.other.map((f) => (
            <li key={f.field}>{f.message}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={add}>
          {t('recruiters.declare.add')}
        </button>
        <button type="submit" disabled={busy}>
          {t('recruiters.declare.submit')}
        </button>
      </div>
      <NoticeLine notice={notice} />
      <div role="status" aria-live="polite">
        {result && <DeclareOutcome result={result} />}
      </div>
    </form>
  );
}

function DeclareOutcome({ result }: { result: DeclareResult }) {
  const flagged = result.declarations.filter((d) => d.flagText);
  return (
    <div class="declare-outcome">
      <p class="status">
        {t('recruiters.declare.stored', { count: formatNumber(result.declarations.length) })}{' '}
        {flagged.length === 0
          ? t('recruiters.declare.noneFlagged')
          : t('recruiters.declare.flagged', { count: formatNumber(flagged.length) })}
      </p>
      {flagged.length > 0 && (
        <ul>
          {flagged.map((d) => (
            <li key={d.id}>{d.flagText}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const statusOf = (d: Declaration) => (
  <span class={`origin-status origin-status-${d.originStatus}`}>
    {t(`recruiters.declarations.status.${d.originStatus}`)}
  </span>
);
const reviewOf = (d: Declaration) => (
  <span class={`declaration-review declaration-review-${d.review}`}>
    {t(`recruiters.declarations.review.${d.review}`)}
  </span>
);

function DeclarationTable({ org, rows }: { org: Organisation; rows: Declaration[] }) {
  const columns: Column<Declaration>[] = [
    {
      key: 'month',
      label: t('recruiters.declarations.col.month'),
      value: (d) => d.month,
      render: (d) => monthName(d.month),
    },
    {
      key: 'origin',
      label: t('recruiters.declarations.col.origin'),
      value: (d) => areaName(d.origin.code, undefined, d.origin.name),
    },
    {
      key: 'occupation',
      label: t('recruiters.declarations.col.occupation'),
      value: (d) => occupationLabel(d.occupation),
    },
    {
      key: 'placed',
      label: t('recruiters.declarations.col.placed'),
      numeric: true,
      value: (d) => d.placed,
      render: (d) => formatNumber(d.placed),
    },
    {
      key: 'status',
      label: t('recruiters.declarations.col.status'),
      value: (d) => d.originStatus,
      render: statusOf,
    },
    {
      key: 'review',
      label: t('recruiters.declarations.col.review'),
      value: (d) => d.review,
      render: reviewOf,
    },
    {
      key: 'flag',
      label: t('recruiters.declarations.col.flag'),
      value: (d) => d.flagText,
      render: (d) => <span class="cell-note">{d.flagText ?? ''}</span>,
    },
    {
      key: 'note',
      label: t('recruiters.declarations.col.note'),
      value: (d) => d.reviewNote,
      render: (d) => <span class="cell-note">{d.reviewNote ? <bdi>{d.reviewNote}</bdi> : ''}</span>,
    },
  ];
  return (
    <div class="declarations-table">
      <DataTable
        caption={t('recruiters.declarations.caption', { name: org.name })}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(d) => String(d.id)}
      />
    </div>
  );
}

/** The declarations of a register's destination that wait for a reviewer, or were queried, to accept or query. */
export function DeclarationQueue({ register }: { register: string }) {
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const state = useAsync(() => getDestinationDeclarations(register), [register, reload]);
  const done = (text: string) => {
    setNotice({ ok: true, text });
    setReload((n) => n + 1);
  };
  return (
    <section class="declaration-queue" aria-labelledby="declaration-queue">
      <h3 id="declaration-queue">{t('recruiters.declarations.queue')}</h3>
      <NoticeLine notice={notice} />
      <Load state={state}>
        {(list) => {
          const waiting = awaitingReview(list.declarations);
          return waiting.length === 0 ? (
            <p class="muted">{t('recruiters.declarations.queueNone')}</p>
          ) : (
            waiting.map((d) => (
              <DeclarationReview
                key={d.id}
                d={d}
                done={done}
                fail={(err) => setNotice({ ok: false, text: failure(err).text })}
              />
            ))
          );
        }}
      </Load>
    </section>
  );
}

function DeclarationReview(props: {
  d: Declaration;
  done: (text: string) => void;
  fail: (e: unknown) => void;
}) {
  const { d } = props;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const origin = areaName(d.origin.code, undefined, d.origin.name);
  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const decision = (e.submitter as HTMLButtonElement | null)?.value === 'queried' ? 'queried' : 'accepted';
    setBusy(true);
    try {
      const after = await reviewDeclaration(d.id, decision, note.trim());
      props.done(
        t('recruiters.declarations.reviewed', {
          organisation: after.organisation.name,
          month: monthName(after.month),
          origin,
          review: t(`recruiters.declarations.review.${after.review}`),
        }),
      );
    } catch (err) {
      props.fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class="recruiter-card" aria-labelledby={`declaration-${d.id}`} data-id={d.id}>
      <h4 id={`declaration-${d.id}`}>
        <bdi>{d.organisation.name}</bdi> — {monthName(d.month)}, {origin}
      </h4>
      <dl class="declaration-facts">
        <div>
          <dt>{t('recruiters.declarations.col.occupation')}</dt>
          <dd>{occupationLabel(d.occupation)}</dd>
        </div>
        <div>
          <dt>{t('recruiters.declarations.col.placed')}</dt>
          <dd>{formatNumber(d.placed)}</dd>
        </div>
        <div>
          <dt>{t('recruiters.declarations.col.status')}</dt>
          <dd>{statusOf(d)}</dd>
        </div>
        <div>
          <dt>{t('recruiters.declarations.col.review')}</dt>
          <dd>{reviewOf(d)}</dd>
        </div>
      </dl>
      {d.flagText && <p class="declaration-flag">{d.flagText}</p>}
      {d.reviewNote && (
        <blockquote class="recruiter-facts">
          <bdi>{d.reviewNote}</bdi>
        </blockquote>
      )}
      <form onSubmit={onSubmit}>
        <label>
          {t('recruiters.declarations.reviewNote')}
          <textarea
            rows={2}
            required
            maxLength={5000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <div class="actions">
          <button type="submit" name="decision" value="accepted" disabled={busy}>
            {t('recruiters.declarations.accept')}
          </button>
          <button type="submit" name="decision" value="queried" class="secondary" disabled={busy}>
            {t('recruiters.declarations.query')}
          </button>
        </div>
      </form>
    </article>
  );
}
