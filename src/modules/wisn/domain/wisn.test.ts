import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { districtHospital } from './fixtures.ts';
import { validateStudy } from './validate.ts';
import { availableHours, casPercent, computeStudy, periodsWorked, problemLevel } from './wisn.ts';

const near = (actual: number | null | undefined, expected: number, what: string) =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9,
    `${what}: ${actual} ≠ ${expected}`,
  );

describe('WISN of a district hospital, computed by hand', () => {
  const study = districtHospital();
  const { results, totals } = computeStudy(study);
  const nurses = results.find((r) => r.cadre === 'NUR');
  const midwives = results.find((r) => r.cadre === 'MID');

  it('nurses: AWT, SW, CAF, IAF, required, difference and ratio', () => {
    // AWT = [260 − (12 + 20 + 8 + 5)] × 8 h = 215 days × 8 h = 1720 h; 215 days ÷ 5 a week = 43 weeks worked.
    assert.equal(nurses?.awtDays, 215);
    assert.equal(nurses?.awtHours, 1720);
    // Antenatal care visit, 20 minutes: SW = 1720 h × 60 ÷ 20 = 5160; 10 320 ÷ 5160 = 2 nurses.
    // Inpatient day of care, 1.5 h: SW = 1720 ÷ 1.5 = 1146.67; 6880 ÷ 1146.67 = 6 nurses.
    // Immunisation, 12 an hour: SW = 1720 × 12 = 20 640; 10 320 ÷ 20 640 = 0.5 nurse.
    const [anc, ipd, imm] = nurses?.activities ?? [];
    near(anc?.standardWorkload, 5160, 'SW antenatal');
    near(anc?.staffNeeded, 2, 'antenatal');
    near(ipd?.standardWorkload, 1720 / 1.5, 'SW inpatient');
    near(ipd?.staffNeeded, 6, 'inpatient');
    near(imm?.standardWorkload, 20_640, 'SW immunisation');
    near(imm?.staffNeeded, 0.5, 'immunisation');
    near(nurses?.serviceStaff, 8.5, 'service staff');
    // CAS: staff meetings 2 h a week × 43 weeks = 86 h = 86 ÷ 1720 = 5 %; record keeping 10 %; Σ = 15 %.
    // CAF = 1 ÷ (1 − 0.15) = 1.17647.
    near(nurses?.casPercent, 15, 'CAS %');
    near(nurses?.caf, 1 / 0.85, 'CAF');
    // IAS: ward supervision 4 h a week × 43 weeks × 2 nurses = 344 h; annual report 86 h a year × 1 nurse = 86 h;
    // IAF = (344 + 86) ÷ 1720 = 0.25.
    near(nurses?.iaf, 0.25, 'IAF');
    // Required = 8.5 × 1.17647 + 0.25 = 10 + 0.25 = 10.25; existing 8: difference −2.25, ratio 8 ÷ 10.25 = 0.7805.
    near(nurses?.required, 10.25, 'required');
    assert.equal(nurses?.existing, 8);
    near(nurses?.difference, -2.25, 'difference');
    near(nurses?.ratio, 8 / 10.25, 'ratio');
    assert.equal(nurses?.level, 'high_pressure');
  });

  it('midwives: their own working time and allowances, nothing carried over from the nurses', () => {
    // AWT = [260 − (12 + 25 + 10 + 3)] × 7.5 h = 210 days × 7.5 h = 1575 h.
    assert.equal(midwives?.awtDays, 210);
    assert.equal(midwives?.awtHours, 1575);
    // Normal delivery, 4 h: SW = 1575 ÷ 4 = 393.75; 1575 ÷ 393.75 = 4 midwives.
    near(midwives?.activities[0]?.standardWorkload, 393.75, 'SW delivery');
    near(midwives?.serviceStaff, 4, 'service staff');
    // CAS 10 % of their own (the nurses' 15 % would give 1 ÷ 0.75): CAF = 1 ÷ 0.9 = 1.1111.
    near(midwives?.casPercent, 10, 'CAS %');
    near(midwives?.caf, 1 / 0.9, 'CAF');
    // IAS 30 minutes a day × 210 days × 1 midwife = 105 h; IAF = 105 ÷ 1575 = 0.06667.
    near(midwives?.iaf, 105 / 1575, 'IAF');
    // Required = 4 ÷ 0.9 + 0.06667 = 4.5111; existing 5: difference 0.4889 (less than one half: balance), ratio 1.1084.
    near(midwives?.required, 4 / 0.9 + 1 / 15, 'required');
    near(midwives?.difference, 5 - (4 / 0.9 + 1 / 15), 'difference');
    near(midwives?.ratio, 5 / (4 / 0.9 + 1 / 15), 'ratio');
    assert.equal(midwives?.level, 'balanced');
  });

  it('totals per cadre over the facilities', () => {
    assert.deepEqual(
      totals.map((t) => t.cadre),
      ['NUR', 'MID'],
    );
    near(totals[0]?.required, 10.25, 'nurses required');
  });

  it('the inputs are sound', () => {
    assert.deepEqual(validateStudy(study), []);
  });
});

describe('periods worked come from the study’s own days, not from 52 weeks and 12 months', () => {
  // A = 240, leave and holidays 40: 200 days worked, 8 h a day: AWT 1600 h. 4 days a week: 50 weeks worked.
  // Months: 12 × 200 ÷ 240 = 10 months worked.
  const w = {
    daysPerYear: 240,
    publicHolidays: 10,
    annualLeave: 20,
    sickLeave: 5,
    otherLeave: 5,
    hoursPerDay: 8,
    daysPerWeek: 4,
  };
  it('weeks, months and days', () => {
    assert.equal(availableHours(w), 1600);
    assert.equal(periodsWorked(w, 'week'), 50);
    assert.equal(periodsWorked(w, 'month'), 10);
    assert.equal(periodsWorked(w, 'day'), 200);
    assert.equal(periodsWorked(w, 'year'), 1);
  });
  it('a CAS in time converts to a share of AWT', () => {
    // 2 h a month × 10 months = 20 h = 20 ÷ 1600 = 1.25 %; 30 minutes a day × 200 days = 100 h = 6.25 %.
    near(casPercent(w, { value: 2, unit: 'hours', per: 'month' }), 1.25, 'per month');
    near(casPercent(w, { value: 30, unit: 'minutes', per: 'day' }), 6.25, 'per day');
    near(casPercent(w, { value: 40, unit: 'hours', per: 'year' }), 2.5, 'per year');
  });
});

describe('rates of working per day', () => {
  it('SW = days worked × the rate', () => {
    const study = districtHospital();
    study.activities[3] = { cadre: 'MID', name: 'Normal delivery', standard: 2, unit: 'per_day' };
    // 210 days × 2 a day = 420 deliveries a year; 1575 ÷ 420 = 3.75 midwives.
    const mid = computeStudy(study).results.find((r) => r.cadre === 'MID');
    near(mid?.activities[0]?.standardWorkload, 420, 'SW');
    near(mid?.serviceStaff, 3.75, 'service staff');
  });
});

describe('individual allowances belong to their facility', () => {
  it('a second facility without IAS has none', () => {
    const study = districtHospital();
    study.facilities.push({ code: 'HC1', name: 'Health centre' });
    study.staff.push({ facility: 'HC1', cadre: 'NUR', existing: 3 });
    study.workload.push({ facility: 'HC1', cadre: 'NUR', activity: 'Antenatal care visit', annual: 5160 });
    const { results, totals } = computeStudy(study);
    const hc = results.find((r) => r.facility === 'HC1' && r.cadre === 'NUR');
    // 5160 ÷ 5160 = 1 nurse × CAF 1 ÷ 0.85 = 1.17647, no IAF; 3 in post: surplus.
    assert.equal(hc?.iaf, 0);
    near(hc?.required, 1 / 0.85, 'required');
    assert.equal(hc?.level, 'surplus');
    near(totals[0]?.required, 10.25 + 1 / 0.85, 'nurses over both');
    near(totals[0]?.existing, 11, 'nurses in post');
    assert.equal(results.filter((r) => r.facility === 'HC1').length, 1);
  });
});

describe('problem levels', () => {
  it('bands of the ratio, balance within half a member of staff', () => {
    assert.equal(problemLevel(4, 10), 'very_high_pressure');
    assert.equal(problemLevel(5, 10), 'high_pressure');
    assert.equal(problemLevel(8, 10), 'some_pressure');
    assert.equal(problemLevel(9.6, 10), 'balanced');
    assert.equal(problemLevel(10.4, 10), 'balanced');
    assert.equal(problemLevel(11, 10), 'surplus');
    assert.equal(problemLevel(1, 0), 'surplus');
    assert.equal(problemLevel(0, 0), 'no_workload');
  });
});

describe('impossible inputs', () => {
  it('leave and holidays exceeding the days, named by field', () => {
    const study = districtHospital();
    const nurses = study.cadres[0];
    assert.ok(nurses);
    nurses.workingTime.annualLeave = 250;
    assert.deepEqual(validateStudy(study), [
      { table: 'cadres', index: 0, field: 'daysPerYear', code: 'leave_exceeds_days', leave: 275, days: 260 },
    ]);
  });
  it('CAS reaching 100 %', () => {
    const study = districtHospital();
    study.cas.push({ cadre: 'NUR', name: 'Everything else', value: 85, unit: 'percent', per: null });
    assert.deepEqual(validateStudy(study), [
      { table: 'cas', index: 3, field: 'value', code: 'cas_total', cadre: 'NUR', percent: 100 },
    ]);
  });
  it('a zero unit time, a time CAS without its period, unknown references and duplicates', () => {
    const study = districtHospital();
    study.activities[0] = { cadre: 'NUR', name: 'Antenatal care visit', standard: 0, unit: 'minutes' };
    study.cas[0] = { cadre: 'NUR', name: 'Staff meetings', value: 2, unit: 'hours', per: null };
    study.workload.push({ facility: 'XX', cadre: 'NUR', activity: 'Surgery', annual: 1 });
    study.staff.push({ facility: 'KDH', cadre: 'DOC', existing: 1 });
    const midwives = study.cadres[1];
    assert.ok(midwives);
    study.cadres.push({ ...midwives, name: 'Midwives again' });
    assert.deepEqual(
      validateStudy(study).map((i) => `${i.table}[${i.index}].${i.field} ${i.code}`),
      [
        'cadres[2].code duplicate',
        'staff[2].cadre unknown_cadre',
        'activities[0].standard zero_standard',
        'workload[4].facility unknown_facility',
        'workload[4].activity unknown_activity',
        'cas[0].per period_missing',
      ],
    );
  });
});
