import type { Levers, ScenarioInputs, SupplyInputs } from './model.ts';
import { prepareSupply } from './supply.ts';

/**
 * Working life assumed when the retirement age moves, in years (entry at about 25, retirement at about 65). With
 * ages spread evenly over a working life of W years, about 1/W of the workforce retires each year; retiring s years
 * later spreads it over W + s years, so the retirement rate is scaled by W / (W + s).
 */
export const DEFAULT_WORKING_LIFE = 40;

/** A lever's value for each year: a single number for all, or years 0…H−1 with the last holding after. */
function yearly(name: string, v: number | readonly number[], years: number): Float64Array {
  const list = typeof v === 'number' ? [v] : v;
  if (list.length === 0) throw new RangeError(`${name} must have at least one value`);
  for (const x of list) if (!Number.isFinite(x)) throw new RangeError(`${name} must be finite, got ${x}`);
  return Float64Array.from({ length: years }, (_, t) => list[Math.min(t, list.length - 1)] as number);
}

function check(name: string, v: number, ok: boolean, rule: string): void {
  if (!(Number.isFinite(v) && ok)) throw new RangeError(`${name} must be ${rule}, got ${v}`);
}

/**
 * The inputs of a scenario: each lever changes one term of the model, in new arrays (the baseline is not changed).
 * Levers apply equally to every cell. Training scale multiplies graduates; retention cuts other exits and emigration
 * by its share; the emigration change then scales emigration by (1 + change); the emigration cap becomes the
 * yearly cap of every cell; extra immigrants add to the immigration counts; the FTE change scales the FTE ratio by
 * (1 + change); a retirement age later by s years scales the retirement rate by W / (W + s), W the working life.
 */
export function applyLevers(
  inputs: SupplyInputs,
  levers: Levers,
  opts: { workingLife?: number } = {},
): ScenarioInputs {
  prepareSupply(inputs);
  const { cells, years } = inputs;
  const workingLife = opts.workingLife ?? DEFAULT_WORKING_LIFE;
  check('workingLife', workingLife, workingLife > 0, 'positive');
  const retention = levers.retention ?? 0;
  check('retention', retention, retention >= 0 && retention <= 1, 'between 0 and 1');
  const emigrationChange = levers.emigrationChange ?? 0;
  check('emigrationChange', emigrationChange, emigrationChange >= -1, 'at least −1');
  const fteChange = levers.fteChange ?? 0;
  check('fteChange', fteChange, fteChange >= -1, 'at least −1');
  const shift = levers.retirementAgeShift ?? 0;
  check('retirementAgeShift', shift, workingLife + shift > 0, `more than −${workingLife} (the working life)`);

  const graduates = inputs.graduates.slice();
  if (levers.trainingScale !== undefined) {
    const scale = yearly('trainingScale', levers.trainingScale, years);
    for (const x of scale) check('trainingScale', x, x >= 0, 'non-negative');
    for (let c = 0; c < cells; c++) {
      for (let t = 0; t < years; t++)
        graduates[c * years + t] = (graduates[c * years + t] as number) * (scale[t] as number);
    }
  }
  const immigration = inputs.immigration.slice();
  if (levers.immigrationExtra !== undefined) {
    const extra = yearly('immigrationExtra', levers.immigrationExtra, years);
    for (let c = 0; c < cells; c++) {
      for (let t = 0; t < years; t++)
        immigration[c * years + t] = (immigration[c * years + t] as number) + (extra[t] as number);
    }
  }
  const scaled = (a: Float64Array, f: number) => a.map((x) => x * f);
  const out: ScenarioInputs = {
    cells,
    years,
    stock: inputs.stock.slice(),
    graduates,
    entryRate: inputs.entryRate.slice(),
    immigration,
    immigrationRate: inputs.immigrationRate.slice(),
    returns: inputs.returns.slice(),
    retirementRate: scaled(inputs.retirementRate, workingLife / (workingLife + shift)),
    deathRate: inputs.deathRate.slice(),
    emigrationRate: scaled(inputs.emigrationRate, (1 - retention) * (1 + emigrationChange)),
    otherExitRate: scaled(inputs.otherExitRate, 1 - retention),
    fteRatio: scaled(inputs.fteRatio, 1 + fteChange),
  };
  const baseCap = (inputs as ScenarioInputs).emigrationCap;
  if (levers.emigrationCap === undefined) {
    return baseCap === undefined ? out : { ...out, emigrationCap: baseCap.slice() };
  }
  const cap = yearly('emigrationCap', levers.emigrationCap, years);
  for (const x of cap) check('emigrationCap', x, x >= 0, 'non-negative');
  const emigrationCap = new Float64Array(cells * years);
  for (let c = 0; c < cells; c++) {
    for (let t = 0; t < years; t++) {
      const before = baseCap?.[c * years + t] ?? Number.NaN;
      // The tighter of a cap already in the inputs and the lever's.
      emigrationCap[c * years + t] = Number.isNaN(before)
        ? (cap[t] as number)
        : Math.min(before, cap[t] as number);
    }
  }
  return { ...out, emigrationCap };
}
