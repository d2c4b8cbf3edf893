import { type StudyInputs, StudyInputsSchema } from '../schemas.ts';

/**
 * A district hospital's nurses and midwives, the worked example of the tests (the computation by hand is in
 * wisn.test.ts).
 */
export function districtHospital(): StudyInputs {
  return StudyInputsSchema.parse({
    name: 'Kintampo district hospital 2026',
    area: 'GHA',
    facilityType: 'District hospital',
    facilities: [{ code: 'KDH', name: 'Kintampo district hospital' }],
    cadres: [
      {
        code: 'NUR',
        name: 'Nurses',
        workingTime: {
          daysPerYear: 260,
          publicHolidays: 12,
          annualLeave: 20,
          sickLeave: 8,
          otherLeave: 5,
          hoursPerDay: 8,
          daysPerWeek: 5,
        },
      },
      {
        code: 'MID',
        name: 'Midwives',
        workingTime: {
          daysPerYear: 260,
          publicHolidays: 12,
          annualLeave: 25,
          sickLeave: 10,
          otherLeave: 3,
          hoursPerDay: 7.5,
          daysPerWeek: 5,
        },
      },
    ],
    staff: [
      { facility: 'KDH', cadre: 'NUR', existing: 8 },
      { facility: 'KDH', cadre: 'MID', existing: 5 },
    ],
    activities: [
      { cadre: 'NUR', name: 'Antenatal care visit', standard: 20, unit: 'minutes' },
      { cadre: 'NUR', name: 'Inpatient day of care', standard: 1.5, unit: 'hours' },
      { cadre: 'NUR', name: 'Immunisation', standard: 12, unit: 'per_hour' },
      { cadre: 'MID', name: 'Normal delivery', standard: 4, unit: 'hours' },
    ],
    workload: [
      { facility: 'KDH', cadre: 'NUR', activity: 'Antenatal care visit', annual: 10_320 },
      { facility: 'KDH', cadre: 'NUR', activity: 'Inpatient day of care', annual: 6_880 },
      { facility: 'KDH', cadre: 'NUR', activity: 'Immunisation', annual: 10_320 },
      { facility: 'KDH', cadre: 'MID', activity: 'Normal delivery', annual: 1_575 },
    ],
    cas: [
      { cadre: 'NUR', name: 'Staff meetings', value: 2, unit: 'hours', per: 'week' },
      { cadre: 'NUR', name: 'Record keeping', value: 10, unit: 'percent' },
      { cadre: 'MID', name: 'Record keeping', value: 10, unit: 'percent' },
    ],
    ias: [
      {
        facility: 'KDH',
        cadre: 'NUR',
        name: 'Ward supervision',
        value: 4,
        unit: 'hours',
        per: 'week',
        staff: 2,
      },
      {
        facility: 'KDH',
        cadre: 'NUR',
        name: 'Annual report',
        value: 86,
        unit: 'hours',
        per: 'year',
        staff: 1,
      },
      {
        facility: 'KDH',
        cadre: 'MID',
        name: 'Maternity unit in charge',
        value: 30,
        unit: 'minutes',
        per: 'day',
        staff: 1,
      },
    ],
  });
}
