import { PLANNING_CADRES as CADRES, PARAMETERS } from '../../../../src/modules/planning/domain/vocabulary.ts';
import type {
  LeversInput,
  Need,
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

export interface ServiceTarget {
  name: string;
  /** Shares as the API takes them (0–1). */
  populationShare: number;
  coverage: number;
  servicesPerPersonPerYear: number;
  minutesPerService: number;
}

export interface ServiceNeed {
  cadre: PlanningCadre;
  availableHoursPerFte: number;
  targets: ServiceTarget[];
}

/** The need every scenario is set against. */
export interface NeedView {
  /** Doctors, nurses and midwives per 10 000; null for none. */
  threshold: number | null;
  ratios: Partial<Record<PlanningCadre, number>>;
  services: ServiceNeed[];
  wisnStudy: number | null;
  /** Facilities in the country per facility of the study. */
  wisnScale: number;
  /** WISN cadre code → planning cadre. */
  wisnCadres: Record<string, PlanningCadre>;
}

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
  need: NeedView;
  /** The run of every Member State shown. */
  run: number | null;
}

export const DEFAULT_AREA = 'GHA';
export const DEFAULT_BASE_YEAR = 2020;
export const DEFAULT_HORIZON = 10;
export const DEFAULT_DRAWS = 500;
export const DEFAULT_SEED = 12345;
export const MAX_SCENARIOS = 4;
export const MAX_HORIZON = 30;
export const MAX_DRAWS = 2000;
export const DEFAULT_THRESHOLD = 44.5;
export const DEFAULT_HOURS_PER_FTE = 1800;
export const MAX_SERVICE_TARGETS = 20;

export const NO_NEED: NeedView = {
  threshold: DEFAULT_THRESHOLD,
  ratios: {},
  services: [],
  wisnStudy: null,
  wisnScale: 1,
  wisnCadres: {},
};

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

/** Ratios per cadre as one URL parameter: `cadre=value` pairs, `;`-separated. */
export function ratiosParam(ratios: NeedView['ratios']): string {
  return CADRES.flatMap((c) => (ratios[c] === undefined ? [] : [`${c}=${ratios[c]}`])).join(';');
}

export function parseRatios(param: string | null): NeedView['ratios'] {
  const out: NeedView['ratios'] = {};
  for (const pair of (param ?? '').split(';')) {
    const [cadre = '', v] = pair.split('=');
    const n = finite(v);
    if (n !== null && n > 0 && n <= 1000 && isCadre(cadre)) out[cadre] = n;
  }
  return out;
}

/**
 * Service targets as one URL parameter: per cadre `cadre;hours;target;target…`, cadres `|`-separated, each target
 * `name,share,coverage,services,minutes` with the name escaped.
 */
export function servicesParam(services: ServiceNeed[]): string {
  return services
    .map((s) =>
      [
        s.cadre,
        String(s.availableHoursPerFte),
        ...s.targets.map((x) =>
          [
            encodeURIComponent(x.name),
            x.populationShare,
            x.coverage,
            x.servicesPerPersonPerYear,
            x.minutesPerService,
          ].join(','),
        ),
      ].join(';'),
    )
    .join('|');
}

export function parseServices(param: string | null): ServiceNeed[] {
  const out: ServiceNeed[] = [];
  for (const part of (param ?? '').split('|')) {
    const [cadre = '', rawHours, ...rawTargets] = part.split(';');
    const hours = finite(rawHours);
    if (!isCadre(cadre) || hours === null || hours <= 0 || hours > 8784) continue;
    if (out.some((s) => s.cadre === cadre)) continue;
    const targets: ServiceTarget[] = [];
    for (const raw of rawTargets.slice(0, MAX_SERVICE_TARGETS)) {
      const [rawName = '', ...nums] = raw.split(',');
      let name = '';
      try {
        name = decodeURIComponent(rawName).trim();
      } catch {
        continue;
      }
      const [share, coverage, services, minutes] = nums.map(finite);
      if (!name || share == null || coverage == null || services == null || minutes == null) continue;
      if (share < 0 || share > 1 || coverage < 0 || coverage > 1) continue;
      if (services < 0 || services > 1000 || minutes < 0 || minutes > 10_000) continue;
      targets.push({
        name: name.slice(0, 200),
        populationShare: share,
        coverage,
        servicesPerPersonPerYear: services,
        minutesPerService: minutes,
      });
    }
    out.push({ cadre, availableHoursPerFte: hours, targets });
  }
  return out;
}

/** A WISN study as one URL parameter: `id;scale=n;CODE=cadre…`, the codes escaped. */
export function wisnParam(need: NeedView): string | null {
  if (need.wisnStudy === null) return null;
  const parts = [String(need.wisnStudy)];
  if (need.wisnScale !== 1) parts.push(`scale=${need.wisnScale}`);
  for (const [code, cadre] of Object.entries(need.wisnCadres))
    parts.push(`${encodeURIComponent(code)}=${cadre}`);
  return parts.join(';');
}

export function parseWisn(param: string | null): Pick<NeedView, 'wisnStudy' | 'wisnScale' | 'wisnCadres'> {
  const none = { wisnStudy: null, wisnScale: 1, wisnCadres: {} };
  const [rawId = '', ...pairs] = (param ?? '').split(';');
  if (!/^\d{1,10}$/.test(rawId) || Number(rawId) < 1 || Number(rawId) > 2_147_483_647) return none;
  let wisnScale = 1;
  const wisnCadres: Record<string, PlanningCadre> = {};
  for (const pair of pairs) {
    const [k = '', v = ''] = pair.split('=');
    if (k === 'scale') {
      const n = finite(v);
      if (n !== null && n > 0 && n <= 1e6) wisnScale = n;
      continue;
    }
    let code = '';
    try {
      code = decodeURIComponent(k);
    } catch {
      continue;
    }
    if (code && code.length <= 100 && isCadre(v)) wisnCadres[code] = v;
  }
  return { wisnStudy: Number(rawId), wisnScale, wisnCadres };
}

function parseThreshold(v: string | null): number | null {
  if (v === 'none') return null;
  const n = finite(v ?? undefined);
  return n !== null && n >= 0 && n <= 1000 ? n : DEFAULT_THRESHOLD;
}

/** The planning cadre a WISN cadre most likely counts as, from its code or name; undefined when none fits. */
export function guessCadre(code: string, name: string): PlanningCadre | undefined {
  if (isCadre(code)) return code;
  const words = `${code} ${name}`.toLowerCase();
  if (/midwi|sage-femme|sages-femmes|partera|акушер|助产/.test(words)) return 'midwifery-personnel';
  if (/nurs|infirmi|enfermer|медсест|сестр|护士|护理/.test(words)) return 'nursing-personnel';
  if (/dentist|dental|dentaire|стоматолог|牙/.test(words)) return 'dentists';
  if (/pharmac|farmac|фармац|药剂/.test(words)) return 'pharmacists';
  if (/doctor|physician|medical officer|médecin|médico|врач|医生|医师/.test(words)) return 'medical-doctors';
  return undefined;
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
    need: {
      threshold: parseThreshold(params.get('threshold')),
      ratios: parseRatios(params.get('ratio')),
      services: parseServices(params.get('svc')),
      ...parseWisn(params.get('wisn')),
    },
    run: int(params.get('run'), 1, 2_147_483_647, 0) || null,
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
    threshold:
      view.need.threshold === DEFAULT_THRESHOLD
        ? null
        : view.need.threshold === null
          ? 'none'
          : view.need.threshold,
    ratio: ratiosParam(view.need.ratios) || null,
    svc: servicesParam(view.need.services) || null,
    wisn: wisnParam(view.need),
    run: view.run,
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
    need: needOf(view.need),
    uncertainty: { draws: view.draws, seed: view.seed },
  };
}

/** The need as the API takes it; a cadre's service targets count once it has one. */
export function needOf(need: NeedView): Need {
  return {
    threshold: need.threshold,
    ratios: { ...need.ratios },
    services: need.services
      .filter((s) => s.targets.length > 0)
      .map((s) => ({ ...s, targets: s.targets.map((x) => ({ ...x })) })),
    wisnStudy: need.wisnStudy,
    wisnScale: need.wisnScale,
    wisnCadres: need.wisnStudy === null ? {} : { ...need.wisnCadres },
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
    need: {
      threshold: spec.need.threshold,
      ratios: Object.fromEntries(
        CADRES.flatMap((c) => {
          const v = spec.need.ratios[c];
          return v === undefined ? [] : [[c, v]];
        }),
      ),
      services: spec.need.services.map((x) => ({
        cadre: x.cadre,
        availableHoursPerFte: x.availableHoursPerFte,
        targets: x.targets.slice(0, MAX_SERVICE_TARGETS).map((y) => ({ ...y })),
      })),
      wisnStudy: spec.need.wisnStudy,
      wisnScale: spec.need.wisnScale,
      wisnCadres: { ...spec.need.wisnCadres },
    },
  };
}
