import assert from 'node:assert/strict';
import { test } from 'node:test';
import { districtHospital } from '../../../../src/modules/wisn/domain/fixtures.ts';
import { StudyInputsSchema } from '../../../../src/modules/wisn/schemas.ts';
import { cellKey, draftOf, emptyDraft, fieldId, inputsOf, numberOf } from './draft.ts';

test('a study put into the form and read back is the same study', () => {
  const study = districtHospital();
  const { inputs } = inputsOf(draftOf(study));
  assert.deepEqual(StudyInputsSchema.parse(inputs), study);
});

test('renaming a cadre in the form keeps its activities, workload and allowances tied to it', () => {
  const d = draftOf(districtHospital());
  const [kdh] = d.facilities;
  const [nurses] = d.cadres;
  assert.ok(kdh && nurses);
  nurses.code = 'RN';
  const { inputs } = inputsOf(d);
  assert.deepEqual(
    inputs.activities?.filter((a) => a.cadre === 'RN').map((a) => a.name),
    ['Antenatal care visit', 'Inpatient day of care', 'Immunisation'],
  );
  assert.equal(inputs.workload?.filter((w) => w.cadre === 'RN').length, 3);
  assert.deepEqual(
    inputs.ias?.filter((i) => i.cadre === 'RN').map((i) => i.name),
    ['Ward supervision', 'Annual report'],
  );
  assert.deepEqual(
    inputs.staff?.find((s) => s.cadre === 'RN'),
    { facility: 'KDH', cadre: 'RN', existing: 8 },
  );
  assert.equal(d.cells[cellKey(kdh.key, nurses.key)]?.existing, '8');
});

test('each field of the study the API reads names the input it came from', () => {
  const d = draftOf(districtHospital());
  const [, midwives] = d.cadres;
  assert.ok(midwives);
  const { ids } = inputsOf(d);
  assert.equal(ids.get('cadres.1.workingTime.annualLeave'), fieldId(midwives.key, 'annualLeave'));
  const lastCas = midwives.cas.at(-1);
  assert.ok(lastCas);
  assert.equal(ids.get('cas.2.value'), fieldId(lastCas.key, 'value'));
});

test('rows left empty are not sent; a number typed badly goes as null, for the API to name', () => {
  const d = emptyDraft('GHA');
  const { inputs } = inputsOf(d);
  assert.deepEqual(inputs.facilities, []);
  assert.deepEqual(inputs.activities, []);
  assert.equal(numberOf(' 7,5 '), 7.5);
  assert.equal(numberOf('1 575'), 1575);
  assert.equal(numberOf('eight'), null);
  assert.equal(numberOf(''), null);
});
