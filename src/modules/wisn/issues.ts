import { AppError, type LocatedProblem } from '../../platform/errors.ts';
import { render, type Text, textByLang } from '../../platform/i18n/messages.ts';
import type { StudyIssue } from './domain/validate.ts';
import { text as t } from './messages.ts';

/** An issue's words. */
export function issueText(issue: StudyIssue): Text {
  switch (issue.code) {
    case 'leave_exceeds_days':
      return t('leave_exceeds_days', { leave: issue.leave, days: issue.days });
    case 'cas_total':
      return t('cas_total', { cadre: issue.cadre, percent: Math.round(issue.percent * 100) / 100 });
    case 'zero_standard':
      return t('zero_standard');
    case 'period_missing':
      return t('period_missing');
    case 'duplicate':
      return t('duplicate', { value: issue.value });
    case 'unknown_facility':
      return t('unknown_facility', { value: issue.value });
    case 'unknown_cadre':
      return t('unknown_cadre', { value: issue.value });
    case 'unknown_activity':
      return t('unknown_activity', { value: issue.value, cadre: issue.cadre });
  }
}

const WORKING_TIME = new Set([
  'daysPerYear',
  'publicHolidays',
  'annualLeave',
  'sickLeave',
  'otherLeave',
  'hoursPerDay',
  'daysPerWeek',
]);

/** Where an issue is in the JSON of a study, as the API names a field: `cadres.0.workingTime.annualLeave`. */
export function issueField(issue: StudyIssue): string {
  const inner =
    issue.table === 'cadres' && WORKING_TIME.has(issue.field) ? `workingTime.${issue.field}` : issue.field;
  return `${issue.table}.${issue.index}.${inner}`;
}

/** Refuses a study with issues, each named by its field. */
export function refuseStudy(issues: readonly StudyIssue[]): never {
  const errors: LocatedProblem[] = issues.map((i) => ({ field: issueField(i), message: issueText(i) }));
  const [first] = issues;
  if (!first) throw new Error('refuseStudy without an issue');
  const message = textByLang((lang) =>
    render(t('invalid_study', { first: `${issueField(first)}: ${render(issueText(first), lang)}` }), lang),
  );
  throw new AppError('invalid_input', message, {
    detail: t('invalid_study_detail'),
    location: { field: issueField(first) },
    errors,
  });
}
