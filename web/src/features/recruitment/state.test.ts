import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Agreement,
  coversCadre,
  filterOrigins,
  isIsoDate,
  paramsOf,
  statusQuery,
  type VerdictOut,
  viewFromQuery,
  workerAgreements,
} from './state.ts';

const q = (s: string) => new URLSearchParams(s);

test('a URL gives the view it names, codes upper-cased', () => {
  assert.deepEqual(
    viewFromQuery(
      q(
        'destination=gbr&origin=KEN&occupation=medical-doctors&date=2022-01-01&how=agency&employer= NHS Trust &status=amber',
      ),
    ),
    {
      destination: 'GBR',
      origin: 'KEN',
      occupation: 'medical-doctors',
      date: '2022-01-01',
      how: 'agency',
      employer: 'NHS Trust',
      status: 'amber',
    },
  );
});

test('malformed parameters fall back to their defaults rather than reaching the API', () => {
  assert.deepEqual(
    viewFromQuery(
      q('destination=GB&origin=NIGERIA&occupation=Nurses!&date=2022-02-30&how=poaching&status=blue'),
    ),
    {
      destination: null,
      origin: null,
      occupation: 'nursing-personnel',
      date: null,
      how: 'active',
      employer: null,
      status: null,
    },
  );
});

test('a view and its URL parameters make the same view again, defaults left out', () => {
  for (const s of [
    'destination=GBR&origin=NGA',
    'destination=GBR&origin=KEN&date=2022-01-01&how=direct_application&employer=Trust&status=red',
    'destination=FRA&occupation=pharmacists',
  ]) {
    const view = viewFromQuery(q(s));
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(paramsOf(view))) if (v !== null) params.set(k, v);
    assert.deepEqual(viewFromQuery(params), view, s);
    assert.equal(params.toString(), s);
  }
});

test('the API is asked only once both countries are chosen, with the date and employer when given', () => {
  assert.equal(statusQuery(viewFromQuery(q('destination=GBR'))), null);
  assert.deepEqual(statusQuery(viewFromQuery(q('destination=GBR&origin=NGA'))), {
    destination: 'GBR',
    origin: 'NGA',
    occupation: 'nursing-personnel',
    how: 'active',
  });
  assert.deepEqual(statusQuery(viewFromQuery(q('destination=GBR&origin=KEN&date=2022-01-01&employer=X'))), {
    destination: 'GBR',
    origin: 'KEN',
    occupation: 'nursing-personnel',
    how: 'active',
    date: '2022-01-01',
    employer: 'X',
  });
});

test('dates must exist', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.equal(isIsoDate('2023-2-1'), false);
});

test('the overview filter keeps only the origins of the status chosen', () => {
  const origins = [
    { code: 'NGA', status: 'red' as const },
    { code: 'KEN', status: 'amber' as const },
    { code: 'FRA', status: 'green' as const },
    { code: 'GHA', status: 'red' as const },
  ];
  assert.deepEqual(
    filterOrigins(origins, 'red').map((o) => o.code),
    ['NGA', 'GHA'],
  );
  assert.equal(filterOrigins(origins, null).length, 4);
});

const agreement = (over: Partial<Agreement> & { cadres?: string[] }): Agreement => ({
  id: 1,
  title: 'UK–Kenya MoU',
  type: 'bilateral_mou',
  level: 'government',
  standing: 'in_force',
  governs: true,
  fits: true,
  textUrl: 'https://example.org/mou',
  ...over,
  terms: { cadres: over.cadres ?? [], employers: [], caps: [], from: null, until: null, channel: null },
});

test('an agreement covers a cadre it names, the group it belongs to, or every cadre when it names none', () => {
  assert.equal(coversCadre(agreement({}), 'medical-doctors'), true);
  assert.equal(coversCadre(agreement({ cadres: ['nursing-personnel'] }), 'nursing-personnel'), true);
  assert.equal(coversCadre(agreement({ cadres: ['nursing-and-midwifery'] }), 'midwifery-personnel'), true);
  assert.equal(coversCadre(agreement({ cadres: ['nursing-personnel'] }), 'medical-doctors'), false);
});

test('a health worker sees the agreements in force for their cadre, else the one the destination named', () => {
  const base = {
    occupation: { code: 'nursing-personnel', name: 'Nursing personnel' },
    override: null,
    agreements: [
      agreement({ id: 1, title: 'Doctors only', cadres: ['medical-doctors'] }),
      agreement({ id: 2, title: 'Nurses', cadres: ['nursing-personnel'] }),
      agreement({ id: 3, title: 'Expired', standing: 'expired' }),
    ],
  } as unknown as VerdictOut;
  assert.deepEqual(
    workerAgreements(base).map((a) => a.title),
    ['Nurses'],
  );
  const named = {
    ...base,
    agreements: [],
    override: { agreement: { title: 'UK–Kenya memorandum of understanding', url: null } },
  } as unknown as VerdictOut;
  assert.deepEqual(workerAgreements(named), [
    { title: 'UK–Kenya memorandum of understanding', url: null, agreement: null },
  ]);
  assert.deepEqual(workerAgreements({ ...base, agreements: [] }), []);
});
