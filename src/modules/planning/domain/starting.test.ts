import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ScenarioSpecSchema } from '../schemas.ts';
import { PARAMETER_DEFAULTS, YEARS_ABROAD } from './defaults.ts';
import { projectScenario, withUserInputs } from './scenario.ts';
import { type PlanningPoint, resolveStartingInputs } from './starting.ts';

const point = (
  p: Partial<PlanningPoint> & Pick<PlanningPoint, 'measure' | 'year' | 'value'>,
): PlanningPoint => ({
  area: 'KEN',
  occupation: p.measure === 'population' ? '_Z' : 'nursing-personnel',
  partner: '_Z',
  dataset: 'TEST',
  file: 'test.csv',
  row: 1,
  ...p,
});

const POPULATION = [
  point({ measure: 'population', year: 2015, value: 47e6 }),
  point({ measure: 'population', year: 2020, value: 52e6 }),
];

describe('starting inputs', () => {
  test('without a count, the stock is density × population of the same year, marked derived', () => {
    const s = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [...POPULATION, point({ measure: 'density', year: 2020, value: 11.5 })],
    );
    const stock = s.cadres[0]?.parameters.stock;
    assert.equal(stock?.value, (11.5 * 52e6) / 1e4);
    assert.equal(stock?.basis, 'derived');
    assert.equal(stock?.note.code, 'stock-from-density');
    assert.deepEqual(
      stock?.sources.map((x) => x.measure),
      ['density', 'population'],
    );
  });

  test('the stock nearest the base: the latest before it in the window, else the first after it', () => {
    const before = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [
        point({ measure: 'stock', year: 2009, value: 1 }),
        point({ measure: 'stock', year: 2014, value: 2 }),
        point({ measure: 'stock', year: 2022, value: 3 }),
      ],
    );
    assert.equal(before.cadres[0]?.parameters.stock.year, 2014);
    assert.equal(before.cadres[0]?.parameters.stock.note.code, 'stock-of-other-year');
    const after = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [point({ measure: 'stock', year: 2009, value: 1 }), point({ measure: 'stock', year: 2022, value: 3 })],
    );
    assert.equal(after.cadres[0]?.parameters.stock.year, 2022);
    const none = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [point({ measure: 'stock', year: 2009, value: 1 })],
    );
    assert.equal(none.cadres[0]?.parameters.stock.value, null);
    assert.equal(none.cadres[0]?.parameters.graduates.value, null);
  });

  test('flows: graduates and inflows are the mean of the years in the window; an outflow gives the emigration rate', () => {
    const s = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [
        point({ measure: 'stock', year: 2020, value: 50_000 }),
        point({ measure: 'graduates', year: 2014, value: 9_999 }),
        point({ measure: 'graduates', year: 2018, value: 3_000 }),
        point({ measure: 'graduates', year: 2019, value: 3_400 }),
        point({ measure: 'inflow', year: 2020, value: 120 }),
        point({ measure: 'outflow', year: 2019, value: 1_000 }),
        point({ measure: 'outflow', year: 2020, value: 1_500 }),
      ],
    );
    const p = s.cadres[0]?.parameters;
    assert.equal(p?.graduates.value, 3_200);
    assert.equal(p?.graduates.basis, 'data');
    assert.equal(p?.immigration.value, 120);
    assert.equal(p?.emigrationRate.value, 1_250 / 50_000);
    assert.equal(p?.emigrationRate.note.code, 'emigration-from-outflow');
  });

  test('a series is read from one dataset: the preferred one, else the one with the most years', () => {
    const points = [
      point({ measure: 'stock', year: 2010, value: 30_000, dataset: 'WHO.GHO' }),
      point({ measure: 'stock', year: 2015, value: 40_000, dataset: 'WHO.GHO' }),
      point({ measure: 'stock', year: 2020, value: 50_000, dataset: 'WHO.GHO' }),
      point({ measure: 'stock', year: 2020, value: 1_160, dataset: 'EXAMPLE' }),
    ];
    const most = resolveStartingInputs('KEN', 2020, ['nursing-personnel'], points).cadres[0]?.parameters;
    assert.equal(most?.stock.value, 50_000);
    assert.deepEqual(most?.graduates.note.params, { from: 2010, to: 2020, growth: 5.24 });
    const chosen = resolveStartingInputs('KEN', 2020, ['nursing-personnel'], points, ['EXAMPLE']).cadres[0];
    assert.equal(chosen?.parameters.stock.value, 1_160);
    assert.equal(chosen?.parameters.graduates.note.code, 'graduates-replacing-exits');
  });

  test('workers abroad by birth count only where the destination reports none by training', () => {
    const abroad = (area: string, measure: string, value: number) =>
      point({ measure, year: 2018, value, area, partner: 'KEN' });
    const s = resolveStartingInputs(
      'KEN',
      2020,
      ['nursing-personnel'],
      [
        point({ measure: 'stock', year: 2020, value: 50_000 }),
        abroad('GBR', 'foreign-trained-stock', 400),
        abroad('GBR', 'foreign-born-stock', 900),
        abroad('USA', 'foreign-born-stock', 600),
      ],
    );
    const rate = s.cadres[0]?.parameters.emigrationRate;
    assert.equal(rate?.value, (400 / YEARS_ABROAD + 600 / YEARS_ABROAD) / 50_000);
    assert.equal(rate?.note.params.abroad, 1000);
  });
});

describe('scenario projection', () => {
  const starting = resolveStartingInputs(
    'KEN',
    2020,
    ['medical-doctors', 'nursing-personnel'],
    [...POPULATION, point({ measure: 'stock', year: 2020, value: 50_000 })],
  );

  test('values set in the scenario replace the data and say what they replaced', () => {
    const spec = ScenarioSpecSchema.parse({
      area: 'KEN',
      inputs: { 'nursing-personnel': { fteRatio: 0.8 } },
    });
    const nurses = withUserInputs(starting, spec).find((c) => c.cadre === 'nursing-personnel');
    assert.equal(nurses?.parameters.fteRatio.value, 0.8);
    assert.equal(nurses?.parameters.fteRatio.basis, 'user');
    assert.deepEqual(nurses?.parameters.fteRatio.note, { code: 'set-by-user', params: { was: 1 } });
  });

  test('a cadre without a stock is not projected, and the threshold names it as missing', () => {
    const spec = ScenarioSpecSchema.parse({
      area: 'KEN',
      cadres: ['medical-doctors', 'nursing-personnel'],
      horizon: 5,
      uncertainty: { draws: 0 },
    });
    const p = projectScenario(starting, spec);
    assert.equal(p.cadres.find((c) => c.cadre === 'medical-doctors')?.projected, false);
    assert.deepEqual(p.threshold?.cadres, ['nursing-personnel']);
    assert.deepEqual(p.threshold?.missing, ['medical-doctors', 'midwifery-personnel']);
    // One stock, no trend: graduates replace the exits, so the supply stays level.
    const nurses = p.cadres.find((c) => c.cadre === 'nursing-personnel');
    const exits =
      PARAMETER_DEFAULTS.retirementRate.value +
      PARAMETER_DEFAULTS.deathRate.value +
      PARAMETER_DEFAULTS.otherExitRate.value;
    assert.equal(
      nurses?.inputs.parameters.graduates.value,
      (50_000 * exits) / PARAMETER_DEFAULTS.entryRate.value,
    );
    for (const v of nurses?.fte ?? []) assert.ok(Math.abs(v - 50_000) < 1e-6, String(v));
    // A need above a level supply never closes; one below it is met from the start.
    assert.equal(p.threshold?.closingYear, null);
    const low = projectScenario(starting, { ...spec, need: { ...spec.need, threshold: 1 } });
    assert.equal(low.threshold?.closingYear, 2020);
  });
});
