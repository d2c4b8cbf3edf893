import { validateAnswers } from '../../../../src/modules/questionnaires/domain/validate.ts';
import { mapQuestions } from '../../../../src/modules/questionnaires/domain/versions.ts';
import { isVisible } from '../../../../src/modules/questionnaires/domain/visibility.ts';
import type {
  Answer,
  AnswerIssue,
  Answers,
  Question,
  QuestionnaireDefinition,
  TableColumn,
} from '../../../../src/modules/questionnaires/schemas.ts';
import type { Difference, PrefillResult, Report } from '../../../../src/modules/reporting/schemas.ts';

export type {
  Answer,
  AnswerIssue,
  Answers,
  Difference,
  PrefillResult,
  Question,
  QuestionnaireDefinition,
  Report,
};
export type TableQuestion = Extract<Question, { type: 'table' }>;
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** Two answers say the same (absent and null are the same: no answer). */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

// ---- What the reader has typed and not yet saved -----------------------------------------------------------------

/**
 * The answers changed since the version they were made on, and, for each, the stored answer it replaces (to tell,
 * when another version comes back, whether that other version changed the same question).
 */
export interface Draft {
  version: number;
  pending: Record<string, Answer>;
  base: Record<string, Answer>;
}

export const emptyDraft = (version: number): Draft => ({ version, pending: {}, base: {} });

/** The answers as the reader sees them: the stored ones with the pending changes over them. */
export function effectiveAnswers(stored: Answers, draft: Draft): Answers {
  const out: Answers = { ...stored };
  for (const [q, a] of Object.entries(draft.pending)) {
    if (a === null) delete out[q];
    else out[q] = a;
  }
  return out;
}

/** The draft with one more change; changing an answer back to the stored one leaves nothing pending for it. */
export function change(draft: Draft, stored: Answers, question: string, answer: Answer): Draft {
  const pending = { ...draft.pending };
  const base = { ...draft.base };
  const was = question in base ? base[question] : (stored[question] ?? null);
  if (sameAnswer(answer, was)) {
    delete pending[question];
    delete base[question];
  } else {
    pending[question] = answer;
    base[question] = was ?? null;
  }
  return { version: draft.version, pending, base };
}

export const hasPending = (draft: Draft) => Object.keys(draft.pending).length > 0;

/**
 * After a save of `sent` succeeded with `saved` (the new stored report): what is still pending, the changes typed
 * while the save was under way, on the new version.
 */
export function afterSave(draft: Draft, sent: Record<string, Answer>, saved: Report): Draft {
  const out = emptyDraft(saved.version);
  for (const [q, a] of Object.entries(draft.pending)) {
    if (q in sent && sameAnswer(sent[q], a)) continue;
    out.pending[q] = a;
    out.base[q] = saved.answers[q] ?? null;
  }
  return out;
}

/** A question both the reader and the other version changed, differently. */
export interface Conflict {
  question: string;
  mine: Answer;
  theirs: Answer;
}

/** The questions where the stored version (`current`) changed what the reader changed too, and differently. */
export function conflictsOf(draft: Draft, current: Answers): Conflict[] {
  const out: Conflict[] = [];
  for (const [q, mine] of Object.entries(draft.pending)) {
    const theirs = current[q] ?? null;
    if (sameAnswer(theirs, draft.base[q]) || sameAnswer(theirs, mine)) continue;
    out.push({ question: q, mine, theirs });
  }
  return out;
}

export type Choice = 'mine' | 'theirs';

/**
 * The draft moved onto the current version: each conflicting question dropped when the reader takes theirs, else
 * kept (nothing typed is lost by default); the reader's other changes kept, those the current version holds dropped.
 */
export function rebase(draft: Draft, current: Report, choices: Record<string, Choice>): Draft {
  const out = emptyDraft(current.version);
  for (const [q, mine] of Object.entries(draft.pending)) {
    const theirs = current.answers[q] ?? null;
    if (sameAnswer(mine, theirs)) continue;
    const conflicting = !sameAnswer(theirs, draft.base[q]);
    if (conflicting && choices[q] === 'theirs') continue;
    out.pending[q] = mine;
    out.base[q] = theirs;
  }
  return out;
}

/** The sessionStorage key of a report's unsaved answers. */
export const draftKey = (id: number) => `hwmo.report.${id}.unsaved`;

export function serialiseDraft(draft: Draft): string | null {
  return hasPending(draft) ? JSON.stringify(draft) : null;
}

/** A stored draft, or null when there is none or it is not one. */
export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<Draft>;
    if (typeof v.version !== 'number' || typeof v.pending !== 'object' || v.pending === null) return null;
    if (typeof v.base !== 'object' || v.base === null) return null;
    return { version: v.version, pending: v.pending, base: v.base };
  } catch {
    return null;
  }
}

// ---- Sections, visibility and issues -----------------------------------------------------------------------------

/** What the domain finds wrong with the answers as a report to submit: the server's own check. */
export const issuesOf = (def: QuestionnaireDefinition, answers: Answers): AnswerIssue[] =>
  validateAnswers(def, answers, { forSubmit: true });

export function issuesByQuestion(issues: readonly AnswerIssue[]): Map<string, AnswerIssue[]> {
  const out = new Map<string, AnswerIssue[]>();
  for (const i of issues) {
    const list = out.get(i.question) ?? [];
    list.push(i);
    out.set(i.question, list);
  }
  return out;
}

export interface SectionProgress {
  id: string;
  asked: number;
  answered: number;
  issues: number;
}

/** Per section: the questions asked given the answers, how many are answered, how many have issues. */
export function sectionProgress(
  def: QuestionnaireDefinition,
  answers: Answers,
  issues: readonly AnswerIssue[],
): SectionProgress[] {
  const wrong = new Set(issues.map((i) => i.question));
  return def.sections.map((s) => {
    const asked = s.questions.filter((q) => isVisible(def, answers, q.id));
    return {
      id: s.id,
      asked: asked.length,
      answered: asked.filter((q) => !isBlank(answers[q.id])).length,
      issues: asked.filter((q) => wrong.has(q.id)).length,
    };
  });
}

function isBlank(a: Answer | undefined): boolean {
  if (a === undefined || a === null) return true;
  if (typeof a === 'string') return a.trim() === '';
  if (Array.isArray(a)) return a.length === 0;
  if (typeof a === 'object' && 'rows' in a) return a.rows.every((r) => Object.values(r).every(blankCell));
  if (typeof a === 'object' && 'attachments' in a) return a.attachments.length === 0;
  return false;
}
const blankCell = (v: Cell | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

// ---- Inputs ------------------------------------------------------------------------------------------------------

/**
 * A number as typed: blank is no answer, "1 200", "12.5" and "12,5" are numbers, anything else is kept as typed (and
 * the check says a number is needed), so that nothing typed is lost.
 */
export function parseNumber(text: string): number | string | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  const dotted = !s.includes('.') && /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (/^-?\d+(\.\d+)?$/.test(dotted)) return Number(dotted);
  return text;
}

/** A number answer or cell as its input shows it. */
export const numberInput = (v: unknown): string =>
  typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';

/** A table answer's rows (none for anything else). */
export function rowsOf(answer: Answer | undefined): Row[] {
  if (answer && typeof answer === 'object' && !Array.isArray(answer) && 'rows' in answer) return answer.rows;
  return [];
}

/** The ids attached to a file answer. */
export function attachmentIds(answer: Answer | undefined): number[] {
  if (answer && typeof answer === 'object' && !Array.isArray(answer) && 'attachments' in answer)
    return answer.attachments;
  return [];
}

export function setCell(rows: readonly Row[], index: number, column: string, value: Cell): { rows: Row[] } {
  return { rows: rows.map((r, i) => (i === index ? { ...r, [column]: value } : r)) };
}

function emptyRow(table: TableQuestion): Row {
  const empty: Row = {};
  for (const c of table.columns) empty[c.id] = null;
  return empty;
}

export function addRow(table: TableQuestion, rows: readonly Row[]): { rows: Row[] } {
  if (rows.length >= table.maxRows) return { rows: [...rows] };
  return { rows: [...rows, emptyRow(table)] };
}

/** The rows shown for editing: the table's answered rows, then empty ones up to the rows it asks for at least. */
export function editableRows(table: TableQuestion, rows: readonly Row[]): Row[] {
  const out = [...rows];
  while (out.length < table.minRows) out.push(emptyRow(table));
  return out;
}

export const removeRow = (rows: readonly Row[], index: number): { rows: Row[] } => ({
  rows: rows.filter((_, i) => i !== index),
});

/** The multiple-choice answer with an option chosen or not, in the options' order. */
export function toggleOption(
  question: Question,
  chosen: readonly string[],
  code: string,
  on: boolean,
): string[] {
  const set = new Set(chosen);
  if (on) set.add(code);
  else set.delete(code);
  const order = question.type === 'multiple-choice' ? question.options.map((o) => o.code) : [];
  return [...set].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// ---- Pre-filled tables --------------------------------------------------------------------------------------------

const FIELDS = ['occupation', 'partner', 'year'] as const;

/** The key the API gives a figure row: its occupation, country and year ("nursing-personnel|NGA|2024"). */
export function rowKey(table: TableQuestion, row: Row): string | null {
  if (!table.prefill) return null;
  const parts = FIELDS.map((f) => row[table.prefill?.columns[f] ?? f]);
  if (parts.some((p) => p === null || p === undefined || p === '')) return null;
  return parts.map((p) => (typeof p === 'string' ? p.trim() : String(p))).join('|');
}

export interface RowOrigin {
  /** The data core holds this row with the same value. */
  kind: 'stored' | 'different' | 'only-reported';
  source: string | null;
  batch: number | null;
  difference: Difference | null;
}

/** Where each row of a pre-filled table stands against the data core: the same, different, or not stored. */
export function rowOrigins(
  table: TableQuestion,
  rows: readonly Row[],
  prefill: PrefillResult | null,
): Array<RowOrigin | null> {
  if (!prefill || !table.prefill) return rows.map(() => null);
  const stored = new Map<string, { source: string; batch: number }>();
  for (const r of prefill.tables.find((t) => t.question === table.id)?.rows ?? []) {
    const key = rowKey(table, r.cells);
    if (key) stored.set(key, { source: r.source, batch: r.batch });
  }
  const diffs = new Map(
    prefill.differences.filter((d) => d.question === table.id).map((d) => [d.key, d] as const),
  );
  return rows.map((row) => {
    const key = rowKey(table, row);
    if (!key) return null;
    const d = diffs.get(key);
    if (d?.kind === 'different')
      return { kind: 'different', source: d.storedSource, batch: d.storedBatch, difference: d };
    if (d?.kind === 'only-reported')
      return { kind: 'only-reported', source: null, batch: null, difference: d };
    const s = stored.get(key);
    return s ? { kind: 'stored', source: s.source, batch: s.batch, difference: null } : null;
  });
}

/** The differences a table has with the data core that no row of the answer shows: figures stored, not reported. */
export const unreported = (table: TableQuestion, prefill: PrefillResult | null): Difference[] =>
  (prefill?.differences ?? []).filter((d) => d.question === table.id && d.kind === 'only-stored');

export const isNumberColumn = (c: TableColumn) => c.type === 'number';

// ---- Across rounds -----------------------------------------------------------------------------------------------

/** Each question of this version carried over from the previous one: its previous answer. */
export function previousAnswers(
  prev: QuestionnaireDefinition,
  next: QuestionnaireDefinition,
  answers: Answers,
): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const [id, from] of mapQuestions(prev, next)) {
    const a = answers[from];
    if (a !== undefined && a !== null) out.set(id, a);
  }
  return out;
}

// ---- Review --------------------------------------------------------------------------------------------------------

/** The review comments as the API takes them: blank ones left out, trimmed. */
export function reviewComments(drafts: Record<string, string>): Array<{ question: string; body: string }> {
  return Object.entries(drafts)
    .map(([question, body]) => ({ question, body: body.trim() }))
    .filter((c) => c.body !== '');
}

/** "Saved at 14:05" in the reader's locale, as the hour and minute the browser shows. */
export function clockTime(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}
