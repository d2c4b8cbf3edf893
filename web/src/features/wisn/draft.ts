/**
 * A WISN study as the page's form holds it: numbers as typed (text), and facilities, cadres, activities and
 * allowances tied together by keys of the form's own, so that a code or name may change while typing without losing
 * what refers to it. `inputsOf` turns it into the study the API reads, and names the form field of each API field.
 */

import type { CasUnit, Period, StandardUnit, TimeUnit } from '../../../../src/modules/wisn/domain/units.ts';
import type { StudyInputs, StudyInputsSent } from '../../../../src/modules/wisn/schemas.ts';

export const WORKING_FIELDS = [
  'daysPerYear',
  'publicHolidays',
  'annualLeave',
  'sickLeave',
  'otherLeave',
  'hoursPerDay',
  'daysPerWeek',
] as const;
export type WorkingField = (typeof WORKING_FIELDS)[number];

export interface DraftFacility {
  key: string;
  code: string;
  name: string;
}
export interface DraftActivity {
  key: string;
  name: string;
  standard: string;
  unit: StandardUnit;
}
export interface DraftCas {
  key: string;
  name: string;
  value: string;
  unit: CasUnit;
  per: Period;
}
export interface DraftCadre {
  key: string;
  code: string;
  name: string;
  working: Record<WorkingField, string>;
  activities: DraftActivity[];
  cas: DraftCas[];
}
export interface DraftIas {
  key: string;
  name: string;
  value: string;
  unit: TimeUnit;
  per: Period;
  staff: string;
}
/** What one facility holds of one cadre: its staff in post, the annual workload of each activity, its IAS. */
export interface DraftCell {
  existing: string;
  workload: Record<string, string>;
  ias: DraftIas[];
}
export interface Draft {
  name: string;
  area: string;
  facilityType: string;
  facilities: DraftFacility[];
  cadres: DraftCadre[];
  /** By `cellKey(facility, cadre)`. */
  cells: Record<string, DraftCell>;
}

let next = 0;
/** A key of the form's own, unique within the page. */
export const newKey = (): string => `k${++next}`;
export const cellKey = (facility: string, cadre: string): string => `${facility}_${cadre}`;

const num = (n: number | undefined | null): string => (n === undefined || n === null ? '' : String(n));

export const emptyCell = (): DraftCell => ({ existing: '', workload: {}, ias: [] });

export function emptyActivity(): DraftActivity {
  return { key: newKey(), name: '', standard: '', unit: 'minutes' };
}
export function emptyCas(): DraftCas {
  return { key: newKey(), name: '', value: '', unit: 'percent', per: 'week' };
}
export function emptyIas(): DraftIas {
  return { key: newKey(), name: '', value: '', unit: 'hours', per: 'week', staff: '' };
}
export function emptyFacility(): DraftFacility {
  return { key: newKey(), code: '', name: '' };
}
export function emptyCadre(): DraftCadre {
  return {
    key: newKey(),
    code: '',
    name: '',
    working: {
      daysPerYear: '',
      publicHolidays: '',
      annualLeave: '',
      sickLeave: '',
      otherLeave: '',
      hoursPerDay: '',
      daysPerWeek: '5',
    },
    activities: [emptyActivity()],
    cas: [],
  };
}

/** A study with nothing entered yet: one facility, one cadre with one activity. */
export function emptyDraft(area = ''): Draft {
  return {
    name: '',
    area,
    facilityType: '',
    facilities: [emptyFacility()],
    cadres: [emptyCadre()],
    cells: {},
  };
}

/** The form of a study's inputs. */
export function draftOf(s: StudyInputs): Draft {
  const facilities = s.facilities.map((f) => ({ key: newKey(), code: f.code, name: f.name }));
  const cadres = s.cadres.map(
    (c): DraftCadre => ({
      key: newKey(),
      code: c.code,
      name: c.name,
      working: {
        daysPerYear: num(c.workingTime.daysPerYear),
        publicHolidays: num(c.workingTime.publicHolidays),
        annualLeave: num(c.workingTime.annualLeave),
        sickLeave: num(c.workingTime.sickLeave),
        otherLeave: num(c.workingTime.otherLeave),
        hoursPerDay: num(c.workingTime.hoursPerDay),
        daysPerWeek: num(c.workingTime.daysPerWeek),
      },
      activities: s.activities
        .filter((a) => a.cadre === c.code)
        .map((a) => ({ key: newKey(), name: a.name, standard: num(a.standard), unit: a.unit })),
      cas: s.cas
        .filter((x) => x.cadre === c.code)
        .map((x) => ({
          key: newKey(),
          name: x.name,
          value: num(x.value),
          unit: x.unit,
          per: x.per ?? 'week',
        })),
    }),
  );
  const cells: Record<string, DraftCell> = {};
  for (const f of facilities)
    for (const c of cadres) {
      const mine = <T extends { facility: string; cadre: string }>(rows: readonly T[]) =>
        rows.filter((r) => r.facility === f.code && r.cadre === c.code);
      const staff = mine(s.staff);
      const workload = mine(s.workload);
      const ias = mine(s.ias);
      if (staff.length === 0 && workload.length === 0 && ias.length === 0) continue;
      const cell: DraftCell = {
        existing: staff.length ? num(staff.reduce((sum, x) => sum + x.existing, 0)) : '',
        workload: {},
        ias: ias.map((i) => ({
          key: newKey(),
          name: i.name,
          value: num(i.value),
          unit: i.unit,
          per: i.per,
          staff: num(i.staff),
        })),
      };
      for (const a of c.activities) {
        const rows = workload.filter((w) => w.activity === a.name);
        if (rows.length) cell.workload[a.key] = num(rows.reduce((sum, w) => sum + w.annual, 0));
      }
      cells[cellKey(f.key, c.key)] = cell;
    }
  return { name: s.name, area: s.area, facilityType: s.facilityType, facilities, cadres, cells };
}

/** A number as typed; what is not one goes to the API as null, which names the field as needing a number. */
export function numberOf(text: string): number | null {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The form field's id of each field of the API's study (`cadres.0.workingTime.annualLeave` → its input's id). */
export type FieldIds = Map<string, string>;

/** The id of a form field: the key of its row and the field's name. */
export const fieldId = (key: string, field: string): string => `wisn-${key}-${field}`;

/**
 * The study the API reads, from the form. Rows left wholly empty are left out (an added row not yet filled), and
 * a facility's cadre with nothing entered is not studied there.
 */
export function inputsOf(d: Draft): { inputs: StudyInputsSent; ids: FieldIds } {
  const ids: FieldIds = new Map();
  const at = (path: string, key: string, field: string) => ids.set(path, fieldId(key, field));
  const n = (text: string) => numberOf(text) as number;
  at('name', 'study', 'name');
  at('area', 'study', 'area');
  at('facilityType', 'study', 'facilityType');
  const facilities = d.facilities.filter((f) => f.code.trim() || f.name.trim());
  facilities.forEach((f, i) => {
    at(`facilities.${i}.code`, f.key, 'code');
    at(`facilities.${i}.name`, f.key, 'name');
  });
  const cadres = d.cadres.filter((c) => c.code.trim() || c.name.trim());
  const inputs = {
    name: d.name,
    area: d.area,
    facilityType: d.facilityType,
    facilities: facilities.map((f) => ({ code: f.code, name: f.name })),
    cadres: cadres.map((c, i) => {
      at(`cadres.${i}.code`, c.key, 'code');
      at(`cadres.${i}.name`, c.key, 'name');
      for (const w of WORKING_FIELDS) at(`cadres.${i}.workingTime.${w}`, c.key, w);
      const workingTime = Object.fromEntries(WORKING_FIELDS.map((w) => [w, n(c.working[w])]));
      return { code: c.code, name: c.name, workingTime: workingTime as Record<WorkingField, number> };
    }),
    staff: [] as NonNullable<StudyInputsSent['staff']>,
    activities: [] as NonNullable<StudyInputsSent['activities']>,
    workload: [] as NonNullable<StudyInputsSent['workload']>,
    cas: [] as NonNullable<StudyInputsSent['cas']>,
    ias: [] as NonNullable<StudyInputsSent['ias']>,
  };
  for (const c of cadres) {
    for (const a of c.activities) {
      if (!a.name.trim() && !a.standard.trim()) continue;
      const i = inputs.activities.length;
      at(`activities.${i}.name`, a.key, 'name');
      at(`activities.${i}.standard`, a.key, 'standard');
      at(`activities.${i}.unit`, a.key, 'unit');
      inputs.activities.push({ cadre: c.code, name: a.name, standard: n(a.standard), unit: a.unit });
    }
    for (const x of c.cas) {
      if (!x.name.trim() && !x.value.trim()) continue;
      const i = inputs.cas.length;
      at(`cas.${i}.name`, x.key, 'name');
      at(`cas.${i}.value`, x.key, 'value');
      at(`cas.${i}.per`, x.key, 'per');
      inputs.cas.push({
        cadre: c.code,
        name: x.name,
        value: n(x.value),
        unit: x.unit,
        per: x.unit === 'percent' ? null : x.per,
      });
    }
  }
  for (const f of facilities)
    for (const c of cadres) {
      const cell = d.cells[cellKey(f.key, c.key)];
      if (!cell) continue;
      const k = cellKey(f.key, c.key);
      if (cell.existing.trim()) {
        at(`staff.${inputs.staff.length}.existing`, k, 'existing');
        inputs.staff.push({ facility: f.code, cadre: c.code, existing: n(cell.existing) });
      }
      for (const a of c.activities) {
        const annual = cell.workload[a.key] ?? '';
        if (!annual.trim() || !a.name.trim()) continue;
        at(`workload.${inputs.workload.length}.annual`, `${k}-${a.key}`, 'annual');
        inputs.workload.push({ facility: f.code, cadre: c.code, activity: a.name, annual: n(annual) });
      }
      for (const x of cell.ias) {
        if (!x.name.trim() && !x.value.trim() && !x.staff.trim()) continue;
        const i = inputs.ias.length;
        at(`ias.${i}.name`, x.key, 'name');
        at(`ias.${i}.value`, x.key, 'value');
        at(`ias.${i}.staff`, x.key, 'staff');
        inputs.ias.push({
          facility: f.code,
          cadre: c.code,
          name: x.name,
          value: n(x.value),
          unit: x.unit,
          per: x.per,
          staff: n(x.staff),
        });
      }
    }
  return { inputs, ids };
}
