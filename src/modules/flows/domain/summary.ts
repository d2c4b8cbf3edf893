import { flowText } from './messages.ts';
import type { MatrixInput } from './types.ts';
import { flattenMatrix, invalid } from './validate.ts';

export interface RegionFlows {
  area?: string;
  out: number;
  in: number;
  /** in − out */
  net: number;
  /** in + out */
  turnover: number;
}

export interface FlowSummary {
  regions: RegionFlows[];
  /** Sum of all counted flows (off-diagonal unless the diagonal is included). */
  totalFlows: number;
  totalTurnover: number;
  totalAbsNet: number;
  /** 100 × Σ|net| / Σ turnover (Bell et al. 2002); null when there are no flows. */
  migrationEffectivenessIndex: number | null;
  /** 100 × total flows / population, when a population is given. */
  crudeMigrationIntensity?: number;
}

export interface SummariseOptions {
  areas?: ReadonlyArray<string>;
  /** Count diagonal cells as flows; default false, as migest `sum_region`. */
  includeDiagonal?: boolean;
  /** Population at risk for the crude migration intensity. */
  population?: number;
}

/** In-, out-, net migration and turnover of each region of an origin × destination flow matrix, and system indices. */
export function summariseFlows(flows: MatrixInput, options: SummariseOptions = {}): FlowSummary {
  const n = flows.length;
  const { data } = flattenMatrix(flows, { name: 'flows', shape: { rows: n, cols: n }, allowNegative: true });
  if (options.areas && options.areas.length !== n) {
    throw invalid(flowText('areas_for_matrix', { labels: options.areas.length, n }), { field: 'areas' });
  }
  const out = new Float64Array(n);
  const inn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j && !options.includeDiagonal) continue;
      const v = data[i * n + j] as number;
      out[i] = (out[i] as number) + v;
      inn[j] = (inn[j] as number) + v;
    }
  }
  const regions: RegionFlows[] = [];
  let totalFlows = 0;
  let totalTurnover = 0;
  let totalAbsNet = 0;
  for (let i = 0; i < n; i++) {
    const o = out[i] as number;
    const x = inn[i] as number;
    const area = options.areas?.[i];
    const region = { out: o, in: x, net: x - o, turnover: x + o };
    regions.push(area === undefined ? region : { area, ...region });
    totalFlows += o;
    totalTurnover += x + o;
    totalAbsNet += Math.abs(x - o);
  }
  const summary: FlowSummary = {
    regions,
    totalFlows,
    totalTurnover,
    totalAbsNet,
    migrationEffectivenessIndex: totalTurnover === 0 ? null : (100 * totalAbsNet) / totalTurnover,
  };
  if (options.population !== undefined) {
    if (!(options.population > 0)) throw invalid(flowText('population_positive'), { field: 'population' });
    summary.crudeMigrationIntensity = (100 * totalFlows) / options.population;
  }
  return summary;
}
