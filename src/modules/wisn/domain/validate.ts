import type { StudyInputs } from '../schemas.ts';
import { casPercent, daysWorked } from './wisn.ts';

/** The tables of a study, as the workbook's sheets and the form's sections name them. */
export const TABLES = ['facilities', 'cadres', 'staff', 'activities', 'workload', 'cas', 'ias'] as const;
export type Table = (typeof TABLES)[number];

/**
 * A problem of a study's inputs that its schema cannot see: what is impossible (leave exceeding the days, allowances
 * taking all the time, a zero standard) or names what the study lacks. `table`/`index`/`field` say where.
 */
export type StudyIssue = { table: Table; index: number; field: string } & (
  | { code: 'leave_exceeds_days'; leave: number; days: number }
  | { code: 'cas_total'; cadre: string; percent: number }
  | { code: 'zero_standard' }
  | { code: 'period_missing' }
  | { code: 'duplicate'; value: string; first: number }
  | { code: 'unknown_facility'; value: string }
  | { code: 'unknown_cadre'; value: string }
  | { code: 'unknown_activity'; value: string; cadre: string }
);

/** Every problem of the inputs, in the order of their tables; none: `computeStudy` may run. */
export function validateStudy(s: StudyInputs): StudyIssue[] {
  const issues: StudyIssue[] = [];
  const firsts = (table: Table, keys: readonly string[], field: string) => {
    const seen = new Map<string, number>();
    keys.forEach((key, index) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push({ table, index, field, code: 'duplicate', value: key, first });
    });
    return seen;
  };
  const facilities = firsts(
    'facilities',
    s.facilities.map((f) => f.code),
    'code',
  );
  const cadres = firsts(
    'cadres',
    s.cadres.map((c) => c.code),
    'code',
  );
  s.cadres.forEach((c, index) => {
    const w = c.workingTime;
    if (daysWorked(w) <= 0)
      issues.push({
        table: 'cadres',
        index,
        field: 'daysPerYear',
        code: 'leave_exceeds_days',
        leave: w.publicHolidays + w.annualLeave + w.sickLeave + w.otherLeave,
        days: w.daysPerYear,
      });
  });
  const cadreOf = (code: string) => s.cadres[cadres.get(code) ?? -1];
  const known = <T extends { facility?: string; cadre: string }>(table: Table, rows: readonly T[]) =>
    rows.forEach((r, index) => {
      if (r.facility !== undefined && !facilities.has(r.facility))
        issues.push({ table, index, field: 'facility', code: 'unknown_facility', value: r.facility });
      if (!cadres.has(r.cadre))
        issues.push({ table, index, field: 'cadre', code: 'unknown_cadre', value: r.cadre });
    });
  known('staff', s.staff);
  firsts(
    'staff',
    s.staff.map((r) => `${r.facility} ${r.cadre}`),
    'cadre',
  );
  known('activities', s.activities);
  const activities = firsts(
    'activities',
    s.activities.map((a) => `${a.cadre} ${a.name}`),
    'name',
  );
  s.activities.forEach((a, index) => {
    if (a.standard === 0)
      issues.push({ table: 'activities', index, field: 'standard', code: 'zero_standard' });
  });
  known('workload', s.workload);
  s.workload.forEach((l, index) => {
    if (cadres.has(l.cadre) && !activities.has(`${l.cadre} ${l.activity}`))
      issues.push({
        table: 'workload',
        index,
        field: 'activity',
        code: 'unknown_activity',
        value: l.activity,
        cadre: l.cadre,
      });
  });
  firsts(
    'workload',
    s.workload.map((l) => `${l.facility} ${l.cadre} ${l.activity}`),
    'activity',
  );
  known('cas', s.cas);
  const casTotals = new Map<string, number>();
  s.cas.forEach((c, index) => {
    const cadre = cadreOf(c.cadre);
    if (c.unit !== 'percent' && c.per === null)
      issues.push({ table: 'cas', index, field: 'per', code: 'period_missing' });
    if (!cadre || daysWorked(cadre.workingTime) <= 0 || (c.unit !== 'percent' && c.per === null)) return;
    const before = casTotals.get(c.cadre) ?? 0;
    const total = before + casPercent(cadre.workingTime, c);
    casTotals.set(c.cadre, total);
    if (total >= 100 && before < 100)
      issues.push({ table: 'cas', index, field: 'value', code: 'cas_total', cadre: c.cadre, percent: total });
  });
  known('ias', s.ias);
  return issues;
}
