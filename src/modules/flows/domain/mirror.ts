import { flowText } from './messages.ts';
import { solveLinear } from './solve-linear.ts';
import { fmt, invalid } from './validate.ts';

/** One origin → destination stream of one occupation and year, as each side reported it; null = not reported. */
export interface MirrorReport {
  origin: string;
  destination: string;
  sentByOrigin: number | null;
  receivedByDestination: number | null;
}

export type MirrorReportedBy = 'both' | 'origin_only' | 'destination_only' | 'neither';

export interface MirrorComparison {
  origin: string;
  destination: string;
  sent: number;
  received: number;
  /** received / sent */
  ratio: number;
  logRatio: number;
  absDifference: number;
  /** |received − sent| / mean(received, sent) */
  relativeDifference: number;
  /** logRatio minus its fitted value; null when the pair is not connected to the reference. */
  residual: number | null;
}

export interface MirrorExclusion {
  origin: string;
  destination: string;
  reason: 'zero_sent' | 'zero_received' | 'both_zero';
}

export interface MirrorAreaFactors {
  area: string;
  /** Multiplies the area's reported outflows; null when not estimable or not connected to the reference. */
  sendingFactor: number | null;
  /** Multiplies the area's reported inflows; null when not estimable or not connected to the reference. */
  receivingFactor: number | null;
  /** Pairs with both sides positive in which the area is origin or destination. */
  pairsUsed: number;
}

export interface MirrorFit {
  reference: string;
  /** Pairs connected to the reference, i.e. those the least squares is fitted to. */
  pairsUsed: number;
  parameters: number;
  degreesOfFreedom: number;
  residualSumOfSquares: number;
  /** 1 − RSS / TSS of the log ratios; null when they have no spread. */
  rSquared: number | null;
}

export interface MirrorCounts {
  pairs: number;
  both: number;
  originOnly: number;
  destinationOnly: number;
  neither: number;
  /** (originOnly + destinationOnly) / pairs reported by at least one side; null when there are none. */
  oneSidedShare: number | null;
}

export interface MirrorResult {
  counts: MirrorCounts;
  reportedBy: Array<{ origin: string; destination: string; reportedBy: MirrorReportedBy }>;
  comparisons: MirrorComparison[];
  excluded: MirrorExclusion[];
  areas: MirrorAreaFactors[];
  /** Areas with no usable pair, or with a side whose pairs do not connect to the reference. */
  unidentified: string[];
  /** Null when no pair has both sides positive. */
  fit: MirrorFit | null;
}

export interface MirrorOptions {
  /** Area whose sending and receiving factors are both fixed at 1; default the area in most usable pairs. */
  reference?: string;
}

/**
 * Compares origin-reported outflows with destination-reported inflows (flows.md §2.7) and fits two-way adjustment
 * factors by least squares on `log R_ij − log S_ij = log s_i − log r_j + ε`, so that `r_j·R_ij ≈ s_i·S_ij`.
 */
export function compareMirrorFlows(
  reports: ReadonlyArray<MirrorReport>,
  options: MirrorOptions = {},
): MirrorResult {
  if (!Array.isArray(reports)) throw invalid(flowText('reports_array'), { field: 'reports' });
  const areaIndex = new Map<string, number>();
  const areaNames: string[] = [];
  const indexOf = (a: string): number => {
    let k = areaIndex.get(a);
    if (k === undefined) {
      k = areaNames.length;
      areaIndex.set(a, k);
      areaNames.push(a);
    }
    return k;
  };
  const seen = new Set<string>();
  const counts: MirrorCounts = {
    pairs: 0,
    both: 0,
    originOnly: 0,
    destinationOnly: 0,
    neither: 0,
    oneSidedShare: null,
  };
  const reportedBy: MirrorResult['reportedBy'] = [];
  const comparisons: MirrorComparison[] = [];
  const excluded: MirrorExclusion[] = [];
  const used: Array<{ i: number; j: number; y: number; c: MirrorComparison }> = [];

  for (const r of reports) {
    const { origin, destination } = r;
    if (
      typeof origin !== 'string' ||
      typeof destination !== 'string' ||
      origin === '' ||
      destination === ''
    ) {
      throw invalid(flowText('report_ends'), { field: 'reports' });
    }
    const name = `${origin} → ${destination}`;
    if (origin === destination) throw invalid(flowText('pair_same', { pair: name }), { field: 'reports' });
    const key = JSON.stringify([origin, destination]);
    if (seen.has(key)) throw invalid(flowText('pair_twice', { pair: name }), { field: 'reports' });
    seen.add(key);
    const s = checkValue(r.sentByOrigin, name, 'sentByOrigin');
    const v = checkValue(r.receivedByDestination, name, 'receivedByDestination');
    const i = indexOf(origin);
    const j = indexOf(destination);
    counts.pairs++;
    const by: MirrorReportedBy =
      s !== null && v !== null
        ? 'both'
        : s !== null
          ? 'origin_only'
          : v !== null
            ? 'destination_only'
            : 'neither';
    reportedBy.push({ origin, destination, reportedBy: by });
    if (by === 'both') counts.both++;
    else if (by === 'origin_only') counts.originOnly++;
    else if (by === 'destination_only') counts.destinationOnly++;
    else counts.neither++;
    if (s === null || v === null) continue;
    if (s === 0 || v === 0) {
      excluded.push({
        origin,
        destination,
        reason: s === 0 && v === 0 ? 'both_zero' : s === 0 ? 'zero_sent' : 'zero_received',
      });
      continue;
    }
    const logRatio = Math.log(v / s);
    const c: MirrorComparison = {
      origin,
      destination,
      sent: s,
      received: v,
      ratio: v / s,
      logRatio,
      absDifference: Math.abs(v - s),
      relativeDifference: Math.abs(v - s) / ((v + s) / 2),
      residual: null,
    };
    comparisons.push(c);
    used.push({ i, j, y: logRatio, c });
  }
  const reported = counts.pairs - counts.neither;
  counts.oneSidedShare = reported === 0 ? null : (counts.originOnly + counts.destinationOnly) / reported;

  const n = areaNames.length;
  const pairsUsed = new Array<number>(n).fill(0);
  for (const u of used) {
    pairsUsed[u.i] = (pairsUsed[u.i] as number) + 1;
    pairsUsed[u.j] = (pairsUsed[u.j] as number) + 1;
  }
  let ref: number | undefined;
  if (options.reference !== undefined) {
    ref = areaIndex.get(options.reference);
    if (ref === undefined) {
      throw invalid(flowText('reference_absent', { ref: options.reference }), {
        field: 'reference',
      });
    }
  } else if (used.length > 0) {
    ref = 0;
    for (let k = 1; k < n; k++) if ((pairsUsed[k] as number) > (pairsUsed[ref] as number)) ref = k;
  }

  // Bipartite graph: node k is area k as sender, node n + k area k as receiver; an edge per usable pair.
  const parent = Array.from({ length: 2 * n }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      const p = parent[parent[k] as number] as number;
      parent[k] = p;
      k = p;
    }
    return k;
  };
  const hasNode = new Array<boolean>(2 * n).fill(false);
  for (const u of used) {
    hasNode[u.i] = true;
    hasNode[n + u.j] = true;
    parent[find(u.i)] = find(n + u.j);
  }
  // Both reference factors are fixed, so a node is identified when connected to either of them.
  const isRef = (k: number): boolean => ref !== undefined && (k === ref || k === n + ref);
  const anchored = (k: number): boolean =>
    ref !== undefined &&
    (isRef(k) || (hasNode[k] === true && (find(k) === find(ref) || find(k) === find(n + ref))));

  const col = new Array<number>(2 * n).fill(-1);
  let p = 0;
  for (let k = 0; k < 2 * n; k++) {
    if (isRef(k) || !anchored(k)) continue;
    col[k] = p++;
  }
  const fitted = used.filter((u) => anchored(u.i));
  const theta = new Float64Array(2 * n);
  let fit: MirrorFit | null = null;
  if (ref !== undefined && used.length > 0) {
    const a = new Float64Array(p * p);
    const b = new Float64Array(p);
    for (const u of fitted) {
      const ci = col[u.i] as number;
      const cj = col[n + u.j] as number;
      // Design row: +1 on log s_i, −1 on log r_j.
      const terms: Array<[number, number]> = [];
      if (ci >= 0) terms.push([ci, 1]);
      if (cj >= 0) terms.push([cj, -1]);
      for (const [c1, x1] of terms) {
        b[c1] = (b[c1] as number) + x1 * u.y;
        for (const [c2, x2] of terms) a[c1 * p + c2] = (a[c1 * p + c2] as number) + x1 * x2;
      }
    }
    const x = p > 0 ? solveLinear({ a, b, n: p, m: 1 }, 'mirror normal equations') : new Float64Array(0);
    for (let k = 0; k < 2 * n; k++) if ((col[k] as number) >= 0) theta[k] = x[col[k] as number] as number;
    let rss = 0;
    let mean = 0;
    for (const u of fitted) mean += u.y / fitted.length;
    let tss = 0;
    for (const u of fitted) {
      const e = u.y - ((theta[u.i] as number) - (theta[n + u.j] as number));
      u.c.residual = e;
      rss += e * e;
      tss += (u.y - mean) ** 2;
    }
    fit = {
      reference: areaNames[ref] as string,
      pairsUsed: fitted.length,
      parameters: p,
      degreesOfFreedom: fitted.length - p,
      residualSumOfSquares: rss,
      rSquared: tss > 0 ? 1 - rss / tss : null,
    };
  }

  const areas: MirrorAreaFactors[] = [];
  const unidentified: string[] = [];
  for (let k = 0; k < n; k++) {
    const area = areaNames[k] as string;
    const sendOk = anchored(k);
    const recvOk = anchored(n + k);
    areas.push({
      area,
      sendingFactor: sendOk ? Math.exp(theta[k] as number) : null,
      receivingFactor: recvOk ? Math.exp(theta[n + k] as number) : null,
      pairsUsed: pairsUsed[k] as number,
    });
    const orphan = (hasNode[k] && !sendOk) || (hasNode[n + k] && !recvOk);
    if (orphan || (k !== ref && !hasNode[k] && !hasNode[n + k])) unidentified.push(area);
  }
  return { counts, reportedBy, comparisons, excluded, areas, unidentified, fit };
}

function checkValue(v: number | null, pair: string, field: string): number | null {
  if (v === null) return null;
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw invalid(flowText('pair_not_number', { pair, field, value: String(v) }), { field: 'reports' });
  }
  if (!Number.isFinite(v))
    throw invalid(flowText('pair_not_finite', { pair, field, value: fmt(v) }), { field: 'reports' });
  if (v < 0) throw invalid(flowText('pair_negative', { pair, field, value: fmt(v) }), { field: 'reports' });
  return v;
}
