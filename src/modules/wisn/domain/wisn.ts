import type { CadreResult, StudyInputs, StudyResults, WorkingTime } from '../schemas.ts';
import { hoursOf, type Period, type ProblemLevel } from './units.ts';

/**
 * WISN as the WHO user's manual (2010) defines it, for each facility and cadre of a study:
 *   AWT = [A − (B + C + D + E)] × h
 *   SW = AWT ÷ unit time, or AWT × rate of working
 *   CAF = 1 ÷ (1 − ΣCAS% ÷ 100)
 *   IAF = Σ(IAS hours per year × staff doing it) ÷ AWT
 *   required = Σ(annual workload ÷ SW) × CAF + IAF; difference = existing − required; ratio = existing ÷ required.
 * Every sum runs over one cadre (and, for workload and IAS, one facility) only.
 */

/** Days worked in a year: A − (B + C + D + E). */
export function daysWorked(w: WorkingTime): number {
  return w.daysPerYear - (w.publicHolidays + w.annualLeave + w.sickLeave + w.otherLeave);
}

/** AWT in hours. */
export function availableHours(w: WorkingTime): number {
  return daysWorked(w) * w.hoursPerDay;
}

/**
 * How many periods of work a year of this working time holds, from the study's own days rather than a calendar:
 * days are the days worked; weeks the days worked ÷ days per week (215 ÷ 5 = 43, not 52); months the twelve months
 * of the possible working days A, less the share of them not worked (12 × 215 ÷ 260).
 */
export function periodsWorked(w: WorkingTime, per: Period): number {
  const days = daysWorked(w);
  switch (per) {
    case 'day':
      return days;
    case 'week':
      return days / w.daysPerWeek;
    case 'month':
      return (12 * days) / w.daysPerYear;
    case 'year':
      return 1;
  }
}

/** Hours a year of a time given per period. */
export function hoursPerYear(w: WorkingTime, value: number, unit: 'minutes' | 'hours', per: Period): number {
  return hoursOf(value, unit) * periodsWorked(w, per);
}

type Activity = StudyInputs['activities'][number];
type Cas = StudyInputs['cas'][number];

/** SW: how many times one member of staff does the activity in a year of available working time. */
export function standardWorkload(w: WorkingTime, a: Pick<Activity, 'standard' | 'unit'>): number {
  switch (a.unit) {
    case 'minutes':
    case 'hours':
      return availableHours(w) / hoursOf(a.standard, a.unit);
    case 'per_hour':
      return availableHours(w) * a.standard;
    case 'per_day':
      return daysWorked(w) * a.standard;
  }
}

/** A category allowance as a percentage of the available working time. */
export function casPercent(w: WorkingTime, c: Pick<Cas, 'value' | 'unit' | 'per'>): number {
  if (c.unit === 'percent') return c.value;
  return (100 * hoursPerYear(w, c.value, c.unit, c.per ?? 'year')) / availableHours(w);
}

/**
 * The problem level of a ratio and difference. The manual reads the ratio as balance at 1, a shortage (workload
 * pressure) below and an excess above, the further from 1 the larger. hwmo names the pressure in bands of its own,
 * the manual giving no cut-offs: below 0.5 fewer than half the staff needed are in post (very high pressure), below
 * 0.8 a fifth or more are missing (high), below 1 some are; and a difference of less than half a member of staff
 * either way is balance, since no whole member of staff is missing or spare.
 */
export function problemLevel(existing: number, required: number): ProblemLevel {
  const difference = existing - required;
  if (required === 0 && existing === 0) return 'no_workload';
  if (Math.abs(difference) < 0.5) return 'balanced';
  if (difference > 0) return 'surplus';
  const ratio = existing / required;
  if (ratio < 0.5) return 'very_high_pressure';
  if (ratio < 0.8) return 'high_pressure';
  return 'some_pressure';
}

const ratioOf = (existing: number, required: number): number | null =>
  required === 0 ? null : existing / required;

/** The results of a study whose inputs `validateStudy` found sound. */
export function computeStudy(study: StudyInputs): StudyResults {
  const results: CadreResult[] = [];
  for (const facility of study.facilities) {
    for (const cadre of study.cadres) {
      const mine = <T extends { facility: string; cadre: string }>(rows: readonly T[]) =>
        rows.filter((r) => r.facility === facility.code && r.cadre === cadre.code);
      const staff = mine(study.staff);
      const workload = mine(study.workload);
      const ias = mine(study.ias);
      if (staff.length === 0 && workload.length === 0 && ias.length === 0) continue;
      const w = cadre.workingTime;
      const awtHours = availableHours(w);
      const activities = study.activities
        .filter((a) => a.cadre === cadre.code)
        .map((a) => {
          const annualWorkload = workload
            .filter((l) => l.activity === a.name)
            .reduce((sum, l) => sum + l.annual, 0);
          const sw = standardWorkload(w, a);
          return { name: a.name, annualWorkload, standardWorkload: sw, staffNeeded: annualWorkload / sw };
        });
      const serviceStaff = activities.reduce((sum, a) => sum + a.staffNeeded, 0);
      const cas = study.cas
        .filter((c) => c.cadre === cadre.code)
        .reduce((sum, c) => sum + casPercent(w, c), 0);
      const caf = 1 / (1 - cas / 100);
      const iaf =
        ias.reduce((sum, i) => sum + hoursPerYear(w, i.value, i.unit, i.per) * i.staff, 0) / awtHours;
      const required = serviceStaff * caf + iaf;
      const existing = staff.reduce((sum, s) => sum + s.existing, 0);
      results.push({
        facility: facility.code,
        cadre: cadre.code,
        awtDays: daysWorked(w),
        awtHours,
        activities,
        serviceStaff,
        casPercent: cas,
        caf,
        iaf,
        required,
        existing,
        difference: existing - required,
        ratio: ratioOf(existing, required),
        level: problemLevel(existing, required),
      });
    }
  }
  const totals = study.cadres.flatMap((cadre) => {
    const rows = results.filter((r) => r.cadre === cadre.code);
    if (rows.length === 0) return [];
    const required = rows.reduce((sum, r) => sum + r.required, 0);
    const existing = rows.reduce((sum, r) => sum + r.existing, 0);
    return [
      {
        cadre: cadre.code,
        required,
        existing,
        difference: existing - required,
        ratio: ratioOf(existing, required),
        level: problemLevel(existing, required),
      },
    ];
  });
  return { results, totals };
}
