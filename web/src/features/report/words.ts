import { localText } from '../../../../src/modules/questionnaires/domain/text.ts';
import { findQuestion, questionNumber } from '../../../../src/modules/questionnaires/domain/walk.ts';
import type { LocalText } from '../../../../src/modules/questionnaires/schemas.ts';
import type { Attachment } from '../../../../src/modules/reporting/schemas.ts';
import { lang, t } from '../../i18n/i18n.ts';
import { knownCountries } from '../../lib/api.ts';
import { areaName, formatDate, formatList, formatNumber, formatUpTo, labelOf } from '../../lib/format.ts';
import { dayText } from '../reporting/ui.tsx';
import {
  type Answer,
  type AnswerIssue,
  type Question,
  type QuestionnaireDefinition,
  rowsOf,
} from './state.ts';

/** A questionnaire text in the reader's language. */
export const local = (text: LocalText) => localText(text, lang());

const num = (v: string | number | undefined) =>
  typeof v === 'number' ? formatUpTo(v, 9) : v === undefined ? '' : String(v);

/** A number in the reader's language with its decimals. */
export const numberText = (n: number) => formatUpTo(n, 9);

/** Whatever the reader typed, shown as it was (never as markup). */
const shown = (v: string | number | undefined) => (v === undefined ? '' : String(v));

/** What is wrong with an answer, in the reader's language: the domain's issue, worded by its code. */
export function issueText(issue: AnswerIssue, def: QuestionnaireDefinition): string {
  const p = issue.params;
  const q = findQuestion(def, issue.question);
  const column = q?.type === 'table' ? q.columns.find((c) => c.id === issue.column) : undefined;
  const min =
    p.min === undefined ? undefined : typeof p.min === 'number' ? num(p.min) : dayText(String(p.min));
  const max =
    p.max === undefined ? undefined : typeof p.max === 'number' ? num(p.max) : dayText(String(p.max));
  const value = shown(p.value);
  const range = () => {
    if (min !== undefined && max !== undefined) return t('report.issue.rangeBoth', { min, max, value });
    if (min !== undefined) return t('report.issue.rangeMin', { min, value });
    return t('report.issue.rangeMax', { max: max ?? '', value });
  };
  const problem = (() => {
    switch (issue.code) {
      case 'required':
        return issue.row ? t('report.issue.requiredCell') : t('report.issue.required');
      case 'type':
        return p.expected === 'number'
          ? t('report.issue.typeNumber', { value })
          : t('report.issue.type', { value });
      case 'option':
        if (p.expected === 'area') return t('report.issue.optionArea', { value });
        if (p.expected === 'occupation') return t('report.issue.optionOccupation', { value });
        return t('report.issue.option', { value });
      case 'range':
        return range();
      case 'integer':
        return t('report.issue.integer', { value });
      case 'date':
        return t('report.issue.date', { value });
      case 'length':
        return t('report.issue.length', { length: num(p.length), max: max ?? '' });
      case 'choices':
        if (min !== undefined && max !== undefined) return t('report.issue.choicesBoth', { min, max });
        return min !== undefined
          ? t('report.issue.choicesMin', { min })
          : t('report.issue.choicesMax', { max: max ?? '' });
      case 'rows':
        return min !== undefined
          ? t('report.issue.rowsMin', { min })
          : t('report.issue.rowsMax', { max: max ?? '' });
      case 'sum':
        return t('report.issue.sum', {
          total: num(p.total),
          expected: num(p.expected),
          number: questionNumber(def, String(p.equals)) ?? String(p.equals),
        });
      case 'unknown-question':
        return t('report.issue.unknown');
      case 'hidden':
        return t('report.issue.hidden');
    }
  })();
  const columnName = column ? local(column.text) : (issue.column ?? '');
  if (issue.row !== undefined && issue.column !== undefined)
    return t('report.issue.atCell', { row: formatNumber(issue.row), column: columnName, problem });
  if (issue.row !== undefined) return t('report.issue.atRow', { row: formatNumber(issue.row), problem });
  if (issue.column !== undefined) return t('report.issue.atColumn', { column: columnName, problem });
  return problem;
}

/** An answer as text: for a read-only report, a conflict or the previous round. */
export function answerText(
  question: Question | undefined,
  answer: Answer | undefined,
  attachments: readonly Attachment[] = [],
): string {
  if (answer === undefined || answer === null || answer === '') return t('report.noAnswer');
  if (!question) return typeof answer === 'string' ? answer : JSON.stringify(answer);
  const option = (code: string) => {
    const options =
      question.type === 'single-choice' || question.type === 'multiple-choice' ? question.options : [];
    const o = options.find((x) => x.code === code);
    return o ? local(o.text) : code;
  };
  switch (question.type) {
    case 'yes-no-partly':
      return answer === 'yes' || answer === 'no' || answer === 'partly'
        ? t(`report.ynp.${answer}`)
        : String(answer);
    case 'single-choice':
      return typeof answer === 'string' ? option(answer) : JSON.stringify(answer);
    case 'multiple-choice':
      return Array.isArray(answer)
        ? answer.length
          ? formatList(answer.map(option))
          : t('report.noAnswer')
        : '';
    case 'number':
      return typeof answer === 'number'
        ? `${numberText(answer)}${question.unit ? ` ${local(question.unit)}` : ''}`
        : String(answer);
    case 'date':
      return typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer)
        ? dayText(answer)
        : String(answer);
    case 'text':
      return String(answer);
    case 'file': {
      const ids =
        typeof answer === 'object' && !Array.isArray(answer) && 'attachments' in answer
          ? answer.attachments
          : [];
      const names = ids.map((id) => attachments.find((a) => a.id === id)?.fileName ?? `#${id}`);
      return names.length ? formatList(names) : t('report.noAnswer');
    }
    case 'table': {
      const rows = rowsOf(answer).length;
      return t('report.rows', { count: rows });
    }
  }
}

/** A table cell as text: an occupation or a choice by its name, a number in the reader's language. */
export function cellText(question: Extract<Question, { type: 'table' }>, column: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  const c = question.columns.find((x) => x.id === column);
  if (c?.type === 'occupation' && typeof v === 'string') return labelOf('occupation', v);
  if (c?.type === 'area' && typeof v === 'string') return areaName(v, knownCountries() ?? undefined, v);
  if (c?.type === 'single-choice' && typeof v === 'string') {
    const o = c.options?.find((x) => x.code === v);
    return o ? local(o.text) : v;
  }
  if (c?.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dayText(v);
  if (typeof v === 'number') return isYearColumn(question, column) ? String(v) : numberText(v);
  return String(v);
}

/** A column holding years: written as they are, never with a thousands separator. */
export const isYearColumn = (question: Extract<Question, { type: 'table' }>, column: string) =>
  (question.prefill?.columns.year ?? (question.prefill ? 'year' : undefined)) === column || column === 'year';

export const whenText = (iso: string) => formatDate(iso);
