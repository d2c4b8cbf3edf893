import { useState } from 'preact/hooks';
import { REPORTED_OCCUPATIONS } from '../../../../src/modules/reporting/domain/figures.ts';
import type { Attachment, ReportComment } from '../../../../src/modules/reporting/schemas.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber, formatPercent, formatUpTo, labelOf } from '../../lib/format.ts';
import { when } from '../accounts/components.tsx';
import {
  type Answer,
  type AnswerIssue,
  addRow,
  attachmentIds,
  type Cell,
  editableRows,
  isNumberColumn,
  numberInput,
  type PrefillResult,
  parseNumber,
  type Question,
  type QuestionnaireDefinition,
  removeRow,
  rowOrigins,
  rowsOf,
  setCell,
  type TableQuestion,
  toggleOption,
  unreported,
} from './state.ts';
import { answerText, cellText, issueText, isYearColumn, local } from './words.ts';

/** A question id as an HTML id. */
export const domId = (question: string) => `q-${question.replace(/[^a-z0-9-]/g, '-')}`;

export interface QuestionProps {
  def: QuestionnaireDefinition;
  question: Question;
  number: string;
  answer: Answer | undefined;
  issues: readonly AnswerIssue[];
  comments: readonly ReportComment[];
  attachments: readonly Attachment[];
  reportId: number;
  readOnly: boolean;
  prefill: PrefillResult | null;
  onChange: (answer: Answer) => void;
  upload: (file: File, onProgress: (f: number) => void) => Promise<void>;
  remove: (attachment: number) => Promise<void>;
  /** The previous round's answer, when the reader asks to see it. */
  previous?: { answer: Answer | undefined; attachments: readonly Attachment[] } | undefined;
  /** The reviewer's comment being written on the question, when the reader reviews. */
  review?: { value: string; set: (v: string) => void } | undefined;
}

const YNP = ['yes', 'no', 'partly'] as const;

/** One question: its number and text, its help, the right input for its type, its issues and comments. */
export function QuestionBlock(props: QuestionProps) {
  const { question: q } = props;
  const id = domId(q.id);
  const described = [q.help ? `${id}-help` : '', props.issues.length ? `${id}-issues` : '']
    .filter(Boolean)
    .join(' ');
  const aria = {
    'aria-labelledby': `${id}-label`,
    ...(described ? { 'aria-describedby': described } : {}),
    ...(props.issues.length ? { 'aria-invalid': 'true' as const } : {}),
  };
  const mine = props.comments.filter((c) => c.question === q.id);
  return (
    <div class={`rq${props.issues.length ? ' rq-has-issues' : ''}`} id={id} data-question={q.id}>
      <fieldset>
        <legend id={`${id}-label`}>
          <span class="rq-number">{props.number}</span> {local(q.text)}
          {q.required && !props.readOnly && <span class="rq-required"> ({t('report.required')})</span>}
        </legend>
        {q.help && (
          <p class="rq-help small muted" id={`${id}-help`}>
            {local(q.help)}
          </p>
        )}
        {props.readOnly ? <ReadOnlyAnswer {...props} /> : <AnswerInput {...props} aria={aria} id={id} />}
      </fieldset>
      {props.issues.length > 0 && (
        <ul class="rq-issues" id={`${id}-issues`}>
          {props.issues.map((i, n) => (
            <li key={n}>{issueText(i, props.def)}</li>
          ))}
        </ul>
      )}
      {mine.length > 0 && (
        <div class="rq-comments">
          {mine.map((c) => (
            <div class="rq-comment" key={c.id} data-comment={c.id}>
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
      {props.previous && (
        <div class="rq-previous">
          <p class="small muted">{t('report.previousAnswer')}</p>
          {q.type === 'table' ? (
            <ReadTable question={q} answer={props.previous.answer} prefill={null} />
          ) : (
            <p class="rq-previous-answer">
              {answerText(q, props.previous.answer, props.previous.attachments)}
            </p>
          )}
        </div>
      )}
      {props.review && (
        <div class="field rq-review">
          <label for={`${id}-review`}>{t('report.review.commentOn', { number: props.number })}</label>
          <textarea
            id={`${id}-review`}
            rows={2}
            maxLength={5000}
            value={props.review.value}
            onInput={(e) => props.review?.set(e.currentTarget.value)}
          />
        </div>
      )}
    </div>
  );
}

type Aria = {
  'aria-labelledby': string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
};

function ReadOnlyAnswer(props: QuestionProps) {
  const q = props.question;
  if (q.type === 'table') return <ReadTable question={q} answer={props.answer} prefill={props.prefill} />;
  if (q.type === 'file') return <FileList {...props} readOnly />;
  return <p class="rq-answer">{answerText(q, props.answer, props.attachments)}</p>;
}

function AnswerInput(props: QuestionProps & { aria: Aria; id: string }) {
  const { question: q, answer, aria, id } = props;
  switch (q.type) {
    case 'yes-no-partly':
      return (
        <div class="rq-options" role="radiogroup" {...aria}>
          {YNP.map((code) => (
            <label key={code} class="rq-option">
              <input
                type="radio"
                name={id}
                value={code}
                checked={answer === code}
                onChange={() => props.onChange(code)}
              />{' '}
              {t(`report.ynp.${code}`)}
            </label>
          ))}
        </div>
      );
    case 'single-choice':
      if (q.options.length > 6)
        return (
          <select
            {...aria}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(e) => props.onChange(e.currentTarget.value || null)}
          >
            <option value="">{t('report.choose')}</option>
            {q.options.map((o) => (
              <option key={o.code} value={o.code}>
                {local(o.text)}
              </option>
            ))}
          </select>
        );
      return (
        <div class="rq-options" role="radiogroup" {...aria}>
          {q.options.map((o) => (
            <label key={o.code} class="rq-option">
              <input
                type="radio"
                name={id}
                value={o.code}
                checked={answer === o.code}
                onChange={() => props.onChange(o.code)}
              />{' '}
              {local(o.text)}
            </label>
          ))}
        </div>
      );
    case 'multiple-choice': {
      const chosen = Array.isArray(answer) ? answer : [];
      return (
        <div class="rq-options" id={`${id}-choices`}>
          {q.options.map((o) => (
            <label key={o.code} class="rq-option">
              <input
                type="checkbox"
                value={o.code}
                checked={chosen.includes(o.code)}
                onChange={(e) => props.onChange(toggleOption(q, chosen, o.code, e.currentTarget.checked))}
              />{' '}
              {local(o.text)}
            </label>
          ))}
        </div>
      );
    }
    case 'number':
      return (
        <span class="rq-number-input">
          <input
            {...aria}
            type="text"
            inputMode="decimal"
            class="num"
            value={numberInput(answer)}
            onInput={(e) => props.onChange(parseNumber(e.currentTarget.value))}
          />
          {q.unit && <span class="muted"> {local(q.unit)}</span>}
          {(q.min !== undefined || q.max !== undefined) && (
            <span class="small muted rq-range">
              {' '}
              {q.min !== undefined && q.max !== undefined
                ? t('report.between', { min: formatUpTo(q.min, 9), max: formatUpTo(q.max, 9) })
                : q.min !== undefined
                  ? t('report.atLeast', { min: formatUpTo(q.min, 9) })
                  : t('report.atMost', { max: formatUpTo(q.max ?? 0, 9) })}
            </span>
          )}
        </span>
      );
    case 'text':
      return q.multiline ? (
        <textarea
          {...aria}
          rows={4}
          maxLength={q.maxLength}
          value={typeof answer === 'string' ? answer : ''}
          onInput={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        />
      ) : (
        <input
          {...aria}
          type="text"
          maxLength={q.maxLength}
          value={typeof answer === 'string' ? answer : ''}
          onInput={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <input
          {...aria}
          type="date"
          {...(q.min ? { min: q.min } : {})}
          {...(q.max ? { max: q.max } : {})}
          value={typeof answer === 'string' ? answer : ''}
          onInput={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        />
      );
    case 'file':
      return <FileList {...props} readOnly={false} />;
    case 'table':
      return <EditTable {...props} question={q} />;
  }
}

/** The files attached to a file question, with an upload (and its progress) and a delete while it can change. */
function FileList(props: QuestionProps & { readOnly: boolean }) {
  const q = props.question;
  const ids = attachmentIds(props.answer);
  const files = ids.flatMap((i) => props.attachments.filter((a) => a.id === i));
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const max = q.type === 'file' ? q.maxFiles : 0;
  const id = domId(q.id);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await props.upload(file, setProgress);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
      input.value = '';
    }
  };
  return (
    <div class="rq-files">
      {files.length === 0 ? (
        <p class="muted">{t('report.noFiles')}</p>
      ) : (
        <ul>
          {files.map((f) => (
            <li key={f.id} data-attachment={f.id}>
              <a href={`/api/reports/${props.reportId}/attachments/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span class="small muted">({formatNumber(Math.max(1, Math.round(f.size / 1024)))} KB)</span>
              {!props.readOnly && (
                <button
                  type="button"
                  class="link-button"
                  onClick={() => void props.remove(f.id).catch((e: Error) => setError(e.message))}
                >
                  {t('report.file.delete')}
                  <span class="visually-hidden"> {f.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!props.readOnly && files.length < max && (
        <div class="field">
          <label for={`${id}-file`}>{t('report.file.add')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".pdf,.docx,.xlsx,.odt,.csv,.png,.jpg,.jpeg"
            aria-describedby={`${id}-file-hint`}
            disabled={progress !== null}
            onChange={(e) => void pick(e.currentTarget)}
          />
          <p class="small muted" id={`${id}-file-hint`}>
            {t('report.file.hint', { max: formatNumber(max) })}
          </p>
        </div>
      )}
      {progress !== null && (
        <p class="rq-progress" role="status">
          <progress max={1} value={progress} aria-label={t('report.file.uploading')} />{' '}
          {t('report.file.progress', { percent: formatPercent(progress * 100, 0) })}
        </p>
      )}
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Where a row stands against the data core, as a short line. */
function OriginCell(props: { origin: ReturnType<typeof rowOrigins>[number] }) {
  const o = props.origin;
  if (!o) return <span class="muted">—</span>;
  if (o.kind === 'stored')
    return (
      <span class="origin origin-stored">
        {t('report.origin.stored', { source: o.source ?? '', batch: formatNumber(o.batch ?? 0) })}
      </span>
    );
  if (o.kind === 'different')
    return <span class="origin origin-different">{o.difference?.explanation ?? ''}</span>;
  return <span class="origin origin-new">{o.difference?.explanation || t('report.origin.notStored')}</span>;
}

function cellValue(question: TableQuestion, column: string, raw: string): Cell {
  const c = question.columns.find((x) => x.id === column);
  if (c && isNumberColumn(c)) {
    const n = parseNumber(raw);
    return n;
  }
  if (c?.type === 'area') return raw.trim() === '' ? null : raw.trim().toUpperCase();
  return raw === '' ? null : raw;
}

/** A table answer as an editable grid: a row per line, add and remove rows, the data core's origin of each. */
function EditTable(props: QuestionProps & { question: TableQuestion; aria: Aria; id: string }) {
  const q = props.question;
  const rows = editableRows(q, rowsOf(props.answer));
  const origins = rowOrigins(q, rows, props.prefill);
  const set = (i: number, column: string, value: Cell) => props.onChange(setCell(rows, i, column, value));
  const caption = `${props.number} ${local(q.text)}`;
  return (
    <>
      <section class="rq-table-wrap" aria-label={caption}>
        <table class="rq-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('report.table.row')}</span>
              </th>
              {q.columns.map((c) => (
                <th scope="col" key={c.id} class={isNumberColumn(c) ? 'num' : undefined}>
                  {local(c.text)}
                </th>
              ))}
              {q.prefill && <th scope="col">{t('report.table.origin')}</th>}
              <th scope="col">
                <span class="visually-hidden">{t('report.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row" class="num">
                  {formatNumber(i + 1)}
                </th>
                {q.columns.map((c) => {
                  const label = t('report.table.cell', { column: local(c.text), row: formatNumber(i + 1) });
                  const v = row[c.id];
                  if (c.type === 'occupation' || c.type === 'single-choice') {
                    const options =
                      c.type === 'occupation'
                        ? REPORTED_OCCUPATIONS.map((code) => ({ code, text: labelOf('occupation', code) }))
                        : (c.options ?? []).map((o) => ({ code: o.code, text: local(o.text) }));
                    const current = typeof v === 'string' ? v : '';
                    return (
                      <td key={c.id}>
                        <select
                          aria-label={label}
                          value={current}
                          onChange={(e) => set(i, c.id, e.currentTarget.value || null)}
                        >
                          <option value="">{t('report.choose')}</option>
                          {current && !options.some((o) => o.code === current) && (
                            <option value={current}>{current}</option>
                          )}
                          {options.map((o) => (
                            <option key={o.code} value={o.code}>
                              {o.text}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  }
                  return (
                    <td key={c.id} class={isNumberColumn(c) ? 'num' : undefined}>
                      <input
                        aria-label={label}
                        type={c.type === 'date' ? 'date' : 'text'}
                        {...(isNumberColumn(c) ? { inputMode: 'decimal' as const, class: 'num' } : {})}
                        {...(c.type === 'area' ? { list: 'report-countries', maxLength: 3, size: 4 } : {})}
                        {...(isNumberColumn(c) ? { size: isYearColumn(q, c.id) ? 5 : 8 } : {})}
                        value={isNumberColumn(c) ? numberInput(v) : typeof v === 'string' ? v : ''}
                        onInput={(e) => set(i, c.id, cellValue(q, c.id, e.currentTarget.value))}
                      />
                    </td>
                  );
                })}
                {q.prefill && (
                  <td class="rq-origin">
                    <OriginCell origin={origins[i] ?? null} />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => props.onChange(removeRow(rows, i))}
                  >
                    {t('report.table.remove')}
                    <span class="visually-hidden">
                      {' '}
                      {t('report.table.rowN', { row: formatNumber(i + 1) })}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rows.length < q.maxRows && (
        <p>
          <button type="button" class="button secondary" onClick={() => props.onChange(addRow(q, rows))}>
            {t('report.table.add')}
            <span class="visually-hidden"> — {caption}</span>
          </button>
        </p>
      )}
      <Unreported question={q} prefill={props.prefill} />
    </>
  );
}

/** Figures the data core holds for the table that the answer does not report. */
function Unreported(props: { question: TableQuestion; prefill: PrefillResult | null }) {
  const list = unreported(props.question, props.prefill);
  if (list.length === 0) return null;
  return (
    <div class="rq-unreported">
      <p class="small">{t('report.origin.unreported')}</p>
      <ul class="small">
        {list.map((d) => (
          <li key={d.key}>{d.explanation}</li>
        ))}
      </ul>
    </div>
  );
}

/** A table answer as it stands, with the data core's origin of each row when known. */
export function ReadTable(props: {
  question: TableQuestion;
  answer: Answer | undefined;
  prefill: PrefillResult | null;
}) {
  const q = props.question;
  const rows = rowsOf(props.answer);
  if (rows.length === 0) return <p class="muted">{t('report.noRows')}</p>;
  const origins = rowOrigins(q, rows, props.prefill);
  const caption = local(q.text);
  return (
    <section class="rq-table-wrap" aria-label={caption} tabIndex={rows.length > 0 ? 0 : undefined}>
      <table class="rq-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {q.columns.map((c) => (
              <th scope="col" key={c.id} class={isNumberColumn(c) ? 'num' : undefined}>
                {local(c.text)}
              </th>
            ))}
            {props.prefill && q.prefill && <th scope="col">{t('report.table.origin')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {q.columns.map((c) => (
                <td key={c.id} class={isNumberColumn(c) ? 'num' : undefined}>
                  {cellText(q, c.id, row[c.id])}
                </td>
              ))}
              {props.prefill && q.prefill && (
                <td class="rq-origin">
                  <OriginCell origin={origins[i] ?? null} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
