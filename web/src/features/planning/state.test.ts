import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScenarioSpecSchema } from '../../../../src/modules/planning/schemas.ts';
import {
  DEFAULT_AREA,
  MAX_SCENARIOS,
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
    },
  );
});
