import type {
  Answer,
  AnswerIssue,
  Answers,
  Option,
  Question,
  QuestionnaireDefinition,
  TableColumn,
} from '../schemas.ts';
import { isVisible } from './visibility.ts';
import { allQuestions } from './walk.ts';

export interface ValidateOptions {
  /** Also what a complete report needs: required answers, table minimum rows and sums. */
  forSubmit: boolean;
  /**
   * The occupation codes a table's occupation column accepts (the data core's). Without it, any code written as
   * one ("nursing-personnel", "medical-doctors.specialist") is accepted.
   */
  occupations?: ReadonlySet<string>;
}

type Issue = AnswerIssue;
type Params = Record<string, string | number>;

const YES_NO_PARTLY = ['yes', 'no', 'partly'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO3 = /^[A-Z]{3}$/;
const OCCUPATION_CODE = /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)*$/;

/** Whether a string is a calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

type Row = Record<string, string | number | null>;

const emptyCell = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const emptyRow = (row: Row) => Object.values(row).every(emptyCell);

/** The rows of a table answer that hold something, with their numbers in the answer (from 1). */
function filledRows(answer: Answer | undefined): Array<{ row: Row; n: number }> {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer) || !('rows' in answer)) return [];
  return answer.rows.flatMap((row, i) => (emptyRow(row) ? [] : [{ row, n: i + 1 }]));
}

/** Whether an answer says nothing: none, null, a blank text, no choice, no file, no row. */
export function isUnanswered(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') {
    if ('rows' in answer) return answer.rows.every(emptyRow);
    if ('attachments' in answer) return answer.attachments.length === 0;
  }
  return false;
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function rangeParams(
  min: number | string | undefined,
  max: number | string | undefined,
  value: number | string,
) {
  const p: Params = { value };
  if (min !== undefined) p.min = min;
  if (max !== undefined) p.max = max;
  return p;
}

function numberIssue(
  value: number,
  spec: { min?: number | undefined; max?: number | undefined; integer?: boolean | undefined },
): { code: 'range' | 'integer'; params: Params } | undefined {
  if (!Number.isFinite(value))
    return { code: 'range', params: rangeParams(spec.min, spec.max, String(value)) };
  if (spec.integer && !Number.isInteger(value)) return { code: 'integer', params: { value } };
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max))
    return { code: 'range', params: rangeParams(spec.min, spec.max, value) };
  return undefined;
}

function dateIssue(
  value: string,
  min: string | undefined,
  max: string | undefined,
): { code: 'date' | 'range'; params: Params } | undefined {
  if (!isIsoDate(value)) return { code: 'date', params: { value } };
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { code: 'range', params: rangeParams(min, max, value) };
  return undefined;
}

const hasOption = (options: readonly Option[] | undefined, code: string) =>
  (options ?? []).some((o) => o.code === code);

function cellIssues(
  question: string,
  column: TableColumn,
  value: string | number | null | undefined,
  n: number,
  opts: ValidateOptions,
): Issue[] {
  const at = { question, row: n, column: column.id };
  if (emptyCell(value)) return column.required ? [{ ...at, code: 'required', params: {} }] : [];
  const wrongType = (expected: string): Issue[] => [
    { ...at, code: 'type', params: { expected, value: shown(value) } },
  ];
  switch (column.type) {
    case 'number': {
      if (typeof value !== 'number') return wrongType('number');
      const issue = numberIssue(value, column);
      return issue ? [{ ...at, ...issue }] : [];
    }
    case 'text':
      return typeof value === 'string' ? [] : wrongType('text');
    case 'date': {
      if (typeof value !== 'string') return wrongType('date');
      const issue = dateIssue(value, undefined, undefined);
      return issue ? [{ ...at, ...issue }] : [];
    }
    case 'area':
      if (typeof value !== 'string') return wrongType('area');
      return ISO3.test(value) ? [] : [{ ...at, code: 'option', params: { value, expected: 'area' } }];
    case 'occupation': {
      if (typeof value !== 'string') return wrongType('occupation');
      const known = opts.occupations ? opts.occupations.has(value) : OCCUPATION_CODE.test(value);
      return known ? [] : [{ ...at, code: 'option', params: { value, expected: 'occupation' } }];
    }
    case 'single-choice':
      if (typeof value !== 'string') return wrongType('single-choice');
      return hasOption(column.options, value)
        ? []
        : [{ ...at, code: 'option', params: { value, expected: 'single-choice' } }];
    default:
      return [];
  }
}

function tableIssues(
  question: Extract<Question, { type: 'table' }>,
  answer: Answer,
  opts: ValidateOptions,
): Issue[] {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer) || !('rows' in answer))
    return [{ question: question.id, code: 'type', params: { expected: 'table', value: shown(answer) } }];
  const out: Issue[] = [];
  const rows = filledRows(answer);
  if (rows.length > question.maxRows)
    out.push({ question: question.id, code: 'rows', params: { max: question.maxRows, count: rows.length } });
  const columns = new Map(question.columns.map((c) => [c.id, c]));
  for (const { row, n } of rows) {
    for (const key of Object.keys(row))
      if (!columns.has(key) && !emptyCell(row[key]))
        out.push({ question: question.id, row: n, column: key, code: 'unknown-question', params: {} });
    for (const column of question.columns)
      out.push(...cellIssues(question.id, column, row[column.id], n, opts));
  }
  return out;
}

/** What is wrong with the answer to a question asked, given its type (an answer is there). */
function answerIssues(question: Question, answer: Answer, opts: ValidateOptions): Issue[] {
  const id = question.id;
  const wrongType = (): Issue[] => [
    { question: id, code: 'type', params: { expected: question.type, value: shown(answer) } },
  ];
  switch (question.type) {
    case 'yes-no-partly':
      if (typeof answer !== 'string') return wrongType();
      return (YES_NO_PARTLY as readonly string[]).includes(answer)
        ? []
        : [{ question: id, code: 'option', params: { value: answer } }];
    case 'single-choice':
      if (typeof answer !== 'string') return wrongType();
      return hasOption(question.options, answer)
        ? []
        : [{ question: id, code: 'option', params: { value: answer } }];
    case 'multiple-choice': {
      if (!Array.isArray(answer)) return wrongType();
      const out: Issue[] = answer
        .filter((code) => !hasOption(question.options, code))
        .map((code) => ({ question: id, code: 'option' as const, params: { value: code } }));
      const count = new Set(answer).size;
      if (
        (question.min !== undefined && count < question.min) ||
        (question.max !== undefined && count > question.max)
      )
        out.push({
          question: id,
          code: 'choices',
          params: { ...rangeParams(question.min, question.max, count) },
        });
      return out;
    }
    case 'number': {
      if (typeof answer !== 'number') return wrongType();
      const issue = numberIssue(answer, question);
      return issue ? [{ question: id, ...issue }] : [];
    }
    case 'text':
      if (typeof answer !== 'string') return wrongType();
      return [...answer].length > question.maxLength
        ? [{ question: id, code: 'length', params: { max: question.maxLength, length: [...answer].length } }]
        : [];
    case 'date': {
      if (typeof answer !== 'string') return wrongType();
      const issue = dateIssue(answer, question.min, question.max);
      return issue ? [{ question: id, ...issue }] : [];
    }
    case 'file':
      if (
        typeof answer !== 'object' ||
        answer === null ||
        Array.isArray(answer) ||
        !('attachments' in answer)
      )
        return wrongType();
      return answer.attachments.length > question.maxFiles
        ? [
            {
              question: id,
              code: 'choices',
              params: { max: question.maxFiles, value: answer.attachments.length },
            },
          ]
        : [];
    case 'table':
      return tableIssues(question, answer, opts);
  }
}

/** The sum of a table's number column over its filled rows. */
export function columnSum(answer: Answer | undefined, column: string): number {
  let total = 0;
  for (const { row } of filledRows(answer)) {
    const v = row[column];
    if (typeof v === 'number' && Number.isFinite(v)) total += v;
  }
  return total;
}

/** Rounds away the binary noise of sums of decimals (0.1 + 0.2), keeping 9 decimals. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/**
 * What is wrong with answers, as issues (row numbers from 1). Without `forSubmit`, only what is wrong in what is
 * answered: types, option codes, ranges, integers, dates, lengths, numbers of choices, table cells and rows, answers
 * to questions the questionnaire does not have. With it, also the required answers missing, tables with fewer rows
 * than needed and table sums that differ from the number they must equal. Answers to questions not asked (their
 * condition does not hold) are neither checked nor required.
 */
export function validateAnswers(
  def: QuestionnaireDefinition,
  answers: Answers,
  opts: ValidateOptions,
): AnswerIssue[] {
  const out: Issue[] = [];
  const placed = allQuestions(def);
  const known = new Set(placed.map((p) => p.question.id));
  for (const id of Object.keys(answers))
    if (!known.has(id) && !isUnanswered(answers[id]))
      out.push({ question: id, code: 'unknown-question', params: {} });
  for (const { question } of placed) {
    if (!isVisible(def, answers, question.id)) continue;
    const answer = answers[question.id];
    if (isUnanswered(answer)) {
      if (opts.forSubmit && question.required)
        out.push({ question: question.id, code: 'required', params: {} });
      else if (opts.forSubmit && question.type === 'table' && question.minRows > 0)
        out.push({ question: question.id, code: 'rows', params: { min: question.minRows, count: 0 } });
      continue;
    }
    out.push(...answerIssues(question, answer as Answer, opts));
    if (!opts.forSubmit || question.type !== 'table') continue;
    const rows = filledRows(answer).length;
    if (rows < question.minRows)
      out.push({ question: question.id, code: 'rows', params: { min: question.minRows, count: rows } });
    for (const sum of question.sums) {
      const expected = answers[sum.equals];
      if (typeof expected !== 'number' || !isVisible(def, answers, sum.equals)) continue;
      const total = tidy(columnSum(answer, sum.column));
      if (Math.abs(total - expected) > sum.tolerance + 1e-9)
        out.push({
          question: question.id,
          column: sum.column,
          code: 'sum',
          params: { total, expected, tolerance: sum.tolerance, equals: sum.equals },
        });
    }
  }
  return out;
}
