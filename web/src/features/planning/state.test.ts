import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScenarioSpecSchema } from '../../../../src/modules/planning/schemas.ts';
import {
  DEFAULT_AREA,
  guessCadre,
  MAX_SCENARIOS,
  type NeedView,
  NO_NEED,
  PRESET_LEVERS,
  paramsOf,
  parseInputs,
  parseScenario,
  scenarioParam,
  specOf,
  viewFromQuery,
  viewOfSpec,
} from './state.ts';

const q = (params: Record<string, string | number | null>) => {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null) out.set(k, String(v));
  return out;
};

test('a plain address is Ghana in 2020 over ten years, with the baseline alone', () => {
  const view = viewFromQuery(new URLSearchParams(''));
  assert.equal(view.area, DEFAULT_AREA);
  assert.equal(view.baseYear, 2020);
  assert.equal(view.horizon, 10);
  assert.deepEqual(view.scenarios, []);
  assert.equal(view.open, null);
});

test('a view survives its URL: scenarios with names that hold the separators, levers and user inputs', () => {
  const view = {
    ...viewFromQuery(new URLSearchParams('area=ken')),
    baseYear: 2018,
    horizon: 15,
    draws: 200,
    seed: 7,
    inputs: { 'nursing-personnel': { graduates: 1500, emigrationRate: 0.04 } },
    scenarios: [
      { name: 'Retention + training; 2030 = goal', levers: { ...PRESET_LEVERS }, id: 12 },
      {
        name: 'Caps',
        levers: { emigrationCap: 300, retirementAgeShift: -2, emigrationChange: -0.5 },
        id: null,
      },
    ],
  };
  assert.equal(view.area, 'KEN');
  const again = viewFromQuery(q(paramsOf(view)));
  assert.deepEqual(again, view);
});

test('defaults are left out of the URL', () => {
  const params = paramsOf(viewFromQuery(new URLSearchParams('area=GHA')));
  assert.deepEqual(
    Object.entries(params).filter(([, v]) => v !== null),
    [['area', 'GHA']],
  );
});

test('malformed parameters fall back to their defaults, and lever values outside the API’s bounds are dropped', () => {
  const view = viewFromQuery(
    q({
      area: 'Ghana',
      base: '20x0',
      horizon: 99,
      draws: -1,
      s1: 'A;retention=2;trainingScale=1.2;bogus=3',
      s2: ';retention=0.1',
      in: 'medical-doctors.stock=abc;dentists.entryRate=3;pharmacists.stock=40;nobody.stock=1',
    }),
  );
  assert.equal(view.area, DEFAULT_AREA);
  assert.equal(view.baseYear, 2020);
  assert.equal(view.horizon, 10);
  assert.equal(view.draws, 500);
  assert.deepEqual(view.scenarios, [{ name: 'A', levers: { trainingScale: 1.2 }, id: null }]);
  assert.deepEqual(view.inputs, { pharmacists: { stock: 40 } });
});

test('at most four scenarios are read from the URL', () => {
  const params = q(
    Object.fromEntries(Array.from({ length: MAX_SCENARIOS + 2 }, (_, i) => [`s${i + 1}`, `S${i}`])),
  );
  assert.equal(viewFromQuery(params).scenarios.length, MAX_SCENARIOS);
});

test('a scenario parameter is its escaped name, its saved id and its levers in a fixed order', () => {
  const s = { name: 'Retention + training', levers: { trainingScale: 1.3, retention: 0.25 }, id: 3 };
  assert.equal(scenarioParam(s), 'Retention%20%2B%20training;id=3;trainingScale=1.3;retention=0.25');
  assert.deepEqual(parseScenario(scenarioParam(s)), s);
  assert.equal(parseScenario('%E0%A4%A'), null);
  assert.deepEqual(parseInputs(null), {});
});

test('the specifications sent are valid for the API: the baseline has no lever, a scenario its own', () => {
  const view = {
    ...viewFromQuery(new URLSearchParams('area=GHA&horizon=12')),
    inputs: { 'medical-doctors': { stock: 6000 } },
  };
  const baseline = specOf(view);
  const scenario = specOf(view, PRESET_LEVERS);
  assert.deepEqual(baseline.levers, {});
  assert.deepEqual(scenario.levers, PRESET_LEVERS);
  const parsed = ScenarioSpecSchema.parse(scenario);
  assert.equal(parsed.horizon, 12);
  assert.deepEqual(parsed.inputs, { 'medical-doctors': { stock: 6000 } });
  assert.equal(parsed.uncertainty.draws, 500);
});

test('a saved scenario opens as the view of its specification, a lever given per year by its first year', () => {
  const spec = ScenarioSpecSchema.parse({
    area: 'nga',
    baseYear: 2019,
    horizon: 20,
    inputs: { dentists: { graduates: 80 } },
    levers: { trainingScale: [1.1, 1.2], retention: 0.3 },
    uncertainty: { draws: 100, seed: 9 },
  });
  const view = viewOfSpec(spec, { name: 'Saved', id: 44 }, viewFromQuery(new URLSearchParams('scenario=44')));
  assert.deepEqual(
    { ...view },
    {
      area: 'NGA',
      baseYear: 2019,
      horizon: 20,
      draws: 100,
      seed: 9,
      inputs: { dentists: { graduates: 80 } },
      scenarios: [{ name: 'Saved', levers: { trainingScale: 1.1, retention: 0.3 }, id: 44 }],
      open: 44,
      need: { ...NO_NEED },
      run: null,
    },
  );
});

const need: NeedView = {
  threshold: null,
  ratios: { 'medical-doctors': 2.5, dentists: 0.4 },
  services: [
    {
      cadre: 'midwifery-personnel',
      availableHoursPerFte: 1650,
      targets: [
        {
          name: 'Antenatal care, 4 visits; 1|2',
          populationShare: 0.035,
          coverage: 0.9,
          servicesPerPersonPerYear: 4,
          minutesPerService: 30,
        },
        {
          name: 'Births',
          populationShare: 0.035,
          coverage: 0.8,
          servicesPerPersonPerYear: 1,
          minutesPerService: 480,
        },
      ],
    },
  ],
  wisnStudy: 7,
  wisnScale: 250,
  wisnCadres: { NUR: 'nursing-personnel', 'M;D=1': 'midwifery-personnel' },
};

test('the need survives the URL: no threshold, ratios, service targets with separators in a name, a WISN study', () => {
  const view = { ...viewFromQuery(new URLSearchParams('area=GHA')), need, run: 3 };
  const params = paramsOf(view);
  assert.equal(params.threshold, 'none');
  assert.equal(params.ratio, 'medical-doctors=2.5;dentists=0.4');
  assert.equal(params.wisn, '7;scale=250;NUR=nursing-personnel;M%3BD%3D1=midwifery-personnel');
  assert.deepEqual(viewFromQuery(q(params)), view);
  const parsed = ScenarioSpecSchema.parse(specOf(view));
  assert.equal(parsed.need.threshold, null);
  assert.equal(parsed.need.wisnScale, 250);
  assert.equal(parsed.need.services[0]?.targets.length, 2);
  assert.deepEqual(parsed.need.ratios, { 'medical-doctors': 2.5, dentists: 0.4 });
});

test('a threshold other than 44.5 is kept; malformed need parameters are dropped', () => {
  assert.equal(viewFromQuery(q({ threshold: 23 })).need.threshold, 23);
  const view = viewFromQuery(
    q({
      threshold: 'lots',
      ratio: 'medical-doctors=-1;dentists=abc;nobody=3;pharmacists=1.2',
      svc: 'dentists;0;A,1,1,1,1|nobody;100|pharmacists;1800;A,2,1,1,1;B,0.5,0.5,2,15',
      wisn: 'x;scale=2',
    }),
  );
  assert.equal(view.need.threshold, 44.5);
  assert.deepEqual(view.need.ratios, { pharmacists: 1.2 });
  assert.deepEqual(view.need.services, [
    {
      cadre: 'pharmacists',
      availableHoursPerFte: 1800,
      targets: [
        {
          name: 'B',
          populationShare: 0.5,
          coverage: 0.5,
          servicesPerPersonPerYear: 2,
          minutesPerService: 15,
        },
      ],
    },
  ]);
  assert.equal(view.need.wisnStudy, null);
  // A cadre without a target yet sends no service need.
  const services = [{ cadre: 'dentists' as const, availableHoursPerFte: 1700, targets: [] }];
  const empty = { ...view, need: { ...view.need, services } };
  assert.deepEqual(specOf(empty).need?.services, []);
});

test('a WISN cadre is matched to a planning cadre by its code or name', () => {
  assert.equal(guessCadre('NUR', 'Nurses'), 'nursing-personnel');
  assert.equal(guessCadre('MID', 'Midwives'), 'midwifery-personnel');
  assert.equal(guessCadre('MO', 'Medical doctors'), 'medical-doctors');
  assert.equal(guessCadre('X', 'Infirmiers'), 'nursing-personnel');
  assert.equal(guessCadre('dentists', 'Whoever'), 'dentists');
  assert.equal(guessCadre('LAB', 'Laboratory technicians'), undefined);
});
