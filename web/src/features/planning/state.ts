import { PLANNING_CADRES as CADRES, PARAMETERS } from '../../../../src/modules/planning/domain/vocabulary.ts';
import type {
  LeversInput,
  Parameter,
  ParameterValues,
  PlanningCadre,
  ScenarioSpec,
  ScenarioSpecInput,
} from '../../../../src/modules/planning/schemas.ts';

export type { Parameter, PlanningCadre };
export { CADRES, PARAMETERS };

/** Parameters that are shares of the stock: shown and entered as percentages. */
export const RATE_PARAMETERS: ReadonlySet<Parameter> = new Set([
  'entryRate',
  'retirementRate',
  'deathRate',
  'emigrationRate',
  'otherExitRate',
]);

/** The levers the form offers, each a single number; shares are entered as percentages. */
export const LEVERS = [
  'trainingScale',
  'retention',
  'emigrationChange',
  'emigrationCap',
  'immigrationExtra',
  'fteChange',
  'retirementAgeShift',
] as const;
export type Lever = (typeof LEVERS)[number];
const everyLever: Exclude<keyof LeversInput, Lever> extends never ? true : never = true;
void everyLever;

export const PERCENT_LEVERS: ReadonlySet<Lever> = new Set(['retention', 'emigrationChange', 'fteChange']);

/** Bounds of each lever as the API accepts them, in the API's units. */
export const LEVER_BOUNDS: Record<Lever, { min: number; max: number }> = {
  trainingScale: { min: 0, max: 20 },
  retention: { min: 0, max: 1 },
  emigrationChange: { min: -1, max: 10 },
  emigrationCap: { min: 0, max: 1e9 },
  immigrationExtra: { min: 0, max: 1e9 },
  fteChange: { min: -1, max: 1 },
  retirementAgeShift: { min: -10, max: 10 },
};

export type Levers = Partial<Record<Lever, number>>;

export interface ScenarioView {
  name: string;
  levers: Levers;
  /** The saved scenario it is, once saved or opened. */
  id: number | null;
}

export type UserInputs = Partial<Record<PlanningCadre, Partial<Record<Parameter, number>>>>;

/** The planning page's state, all of it in the URL so that a projection can be shared by its address. */
export interface PlanningView {
  area: string;
  baseYear: number;
  horizon: number;
  draws: number;
  seed: number;
  /** Values the user sets in place of the data's, for the baseline and every scenario. */
  inputs: UserInputs;
  /** The scenarios beside the baseline, in order. */
  scenarios: ScenarioView[];
  /** A saved scenario to open (`?scenario=ID`), before its contents are in the URL. */
  open: number | null;
}

export const DEFAULT_AREA = 'GHA';
export const DEFAULT_BASE_YEAR = 2020;
export const DEFAULT_HORIZON = 10;
export const DEFAULT_DRAWS = 500;
export const DEFAULT_SEED = 12345;
export const MAX_SCENARIOS = 4;
export const MAX_HORIZON = 30;
export const MAX_DRAWS = 2000;

/** The preset a planner adds with one click: emigration and other exits cut by a quarter, 30 % more graduates. */
export const PRESET_LEVERS: Levers = { retention: 0.25, trainingScale: 1.3 };

const int = (v: string | null, min: number, max: number, fallback: number) => {
  if (v === null || !/^-?\d+$/.test(v.trim())) return fallback;
  const n = Number(v);
  return n >= min && n <= max ? n : fallback;
};

const finite = (v: string | undefined): number | null => {
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

const isLever = (k: string): k is Lever => (LEVERS as readonly string[]).includes(k);
const isCadre = (k: string): k is PlanningCadre => (CADRES as readonly string[]).includes(k);
const isParameter = (k: string): k is Parameter => (PARAMETERS as readonly string[]).includes(k);

/** One scenario as a URL parameter: its name, then `lever=value` pairs, `;`-separated (the name escaped). */
export function scenarioParam(s: ScenarioView): string {
  const parts = [encodeURIComponent(s.name)];
  if (s.id !== null) parts.push(`id=${s.id}`);
  for (const lever of LEVERS) {
    const v = s.levers[lever];
    if (v !== undefined) parts.push(`${lever}=${v}`);
  }
  return parts.join(';');
}

export function parseScenario(param: string): ScenarioView | null {
  const [rawName, ...pairs] = param.split(';');
  let name = '';
  try {
    name = decodeURIComponent(rawName ?? '').trim();
  } catch {
    return null;
  }
  if (!name) return null;
  const levers: Levers = {};
  let id: number | null = null;
  for (const pair of pairs) {
    const [k = '', v] = pair.split('=');
    const n = finite(v);
    if (n === null) continue;
    if (k === 'id' && Number.isInteger(n) && n > 0) id = n;
    else if (isLever(k) && n >= LEVER_BOUNDS[k].min && n <= LEVER_BOUNDS[k].max) levers[k] = n;
  }
  return { name: name.slice(0, 200), levers, id };
}

/** User inputs as one URL parameter: `cadre.parameter=value` pairs, `;`-separated. */
export function inputsParam(inputs: UserInputs): string {
  const parts: string[] = [];
  for (const cadre of CADRES)
    for (const p of PARAMETERS) {
      const v = inputs[cadre]?.[p];
      if (v !== undefined) parts.push(`${cadre}.${p}=${v}`);
    }
  return parts.join(';');
}

export function parseInputs(param: string | null): UserInputs {
  const out: UserInputs = {};
  for (const pair of (param ?? '').split(';')) {
    const [key = '', v] = pair.split('=');
    const [cadre = '', p = ''] = key.split('.');
    const n = finite(v);
    if (n === null || n < 0 || !isCadre(cadre) || !isParameter(p)) continue;
    if (RATE_PARAMETERS.has(p) && n > 1) continue;
    out[cadre] = { ...out[cadre], [p]: n };
  }
  return out;
}

const scenarioKeys = Array.from({ length: MAX_SCENARIOS }, (_, i) => `s${i + 1}`);

/** The view a URL asks for; a malformed parameter is left out (its default stands) rather than sent to the API. */
export function viewFromQuery(params: URLSearchParams): PlanningView {
  const area = params.get('area')?.trim().toUpperCase() ?? '';
  const scenarios = scenarioKeys
    .map((k) => params.get(k))
    .flatMap((v) => (v === null ? [] : [parseScenario(v)]))
    .filter((s): s is ScenarioView => s !== null);
  const open = int(params.get('scenario'), 1, 2_147_483_647, 0);
  return {
    area: /^[A-Z]{3}$/.test(area) ? area : DEFAULT_AREA,
    baseYear: int(params.get('base'), 1990, 2035, DEFAULT_BASE_YEAR),
    horizon: int(params.get('horizon'), 1, MAX_HORIZON, DEFAULT_HORIZON),
    draws: int(params.get('draws'), 0, MAX_DRAWS, DEFAULT_DRAWS),
    seed: int(params.get('seed'), 0, 4_294_967_295, DEFAULT_SEED),
    inputs: parseInputs(params.get('in')),
    scenarios,
    open: open || null,
  };
}

/** The URL parameters of a view; defaults are left out, so that the plain address stays short. */
export function paramsOf(view: PlanningView): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {
    area: view.area,
    base: view.baseYear === DEFAULT_BASE_YEAR ? null : view.baseYear,
    horizon: view.horizon === DEFAULT_HORIZON ? null : view.horizon,
    draws: view.draws === DEFAULT_DRAWS ? null : view.draws,
    seed: view.seed === DEFAULT_SEED ? null : view.seed,
    in: inputsParam(view.inputs) || null,
    scenario: view.open,
  };
  scenarioKeys.forEach((k, i) => {
    const s = view.scenarios[i];
    out[k] = s ? scenarioParam(s) : null;
  });
  return out;
}

/** The specification the API projects: the baseline with no levers, or a scenario's. */
export function specOf(view: PlanningView, levers: Levers = {}): ScenarioSpecInput {
  const inputs: Partial<Record<PlanningCadre, ParameterValues>> = {};
  for (const cadre of CADRES) {
    const set = view.inputs[cadre];
    if (set && Object.keys(set).length) inputs[cadre] = { ...set };
  }
  return {
    area: view.area,
    baseYear: view.baseYear,
    horizon: view.horizon,
    inputs,
    levers: { ...levers },
    uncertainty: { draws: view.draws, seed: view.seed },
  };
}

/** A saved scenario's specification as the page's view: its country, years, inputs and levers. */
export function viewOfSpec(
  spec: ScenarioSpec,
  scenario: { name: string; id: number },
  current: PlanningView,
): PlanningView {
  const levers: Levers = {};
  for (const lever of LEVERS) {
    const v = spec.levers[lever];
    // A lever given per year shows its first year's value: the form sets one value for all years.
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'number') levers[lever] = first;
  }
  const inputs: UserInputs = {};
  for (const cadre of CADRES) {
    const set = spec.inputs[cadre];
    if (!set) continue;
    const values: Partial<Record<Parameter, number>> = {};
    for (const p of PARAMETERS) {
      const v = set[p];
      if (v !== undefined) values[p] = v;
    }
    inputs[cadre] = values;
  }
  return {
    ...current,
    area: spec.area.toUpperCase(),
    baseYear: spec.baseYear,
    horizon: spec.horizon,
    draws: Math.min(spec.uncertainty.draws, MAX_DRAWS),
    seed: spec.uncertainty.seed,
    inputs,
    scenarios: [{ name: scenario.name, levers, id: scenario.id }],
    open: scenario.id,
  };
}
