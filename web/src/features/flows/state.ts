import type { EstimationRun, Observation } from '../../lib/api.ts';

/** Partners drawn one by one; the others are summed into one band. */
export const TOP = 12;
/** Area codes; partner codes such as _T (total), _U (unknown) and _O (others) are not. */
export const isCountry = (code: string): boolean => !code.startsWith('_');

export type Mode = 'destination' | 'origin';
export type DataKind = 'stocks' | 'estimated';
export type Name = (code: string, fallback?: string) => string;

export function readFlowsQuery(p: URLSearchParams): { data: DataKind; mode: Mode } {
  return {
    data: p.get('data') === 'estimated' ? 'estimated' : 'stocks',
    mode: p.get('mode') === 'origin' ? 'origin' : 'destination',
  };
}

/** Distinct codes with their names, in name order. */
export const byName = (codes: Iterable<string>, name: Name): Array<{ code: string; name: string }> =>
  [...new Set(codes)]
    .map((code) => ({ code, name: name(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));

/** A band of the flow chart (the chart's `Bar`). */
export interface Band {
  key: string;
  label: string;
  value: number;
  muted?: boolean;
}

/** The chart's bands: the largest partners, the rest as one band, partners not known last; empty bands dropped. */
export function flowBands(
  parts: ReadonlyArray<{ code: string; value: number }>,
  name: Name,
  othersLabel: (count: number) => string,
): Band[] {
  const known = parts.filter((x) => isCountry(x.code));
  const unknown = parts.filter((x) => !isCountry(x.code));
  const others = known.slice(TOP);
  return [
    ...known.slice(0, TOP).map((x) => ({ key: x.code, label: name(x.code), value: x.value })),
    ...(others.length
      ? [
          {
            key: '_O',
            label: othersLabel(others.length),
            value: others.reduce((a, b) => a + b.value, 0),
            muted: true,
          },
        ]
      : []),
    ...unknown.map((x) => ({ key: x.code, label: name(x.code), value: x.value, muted: true })),
  ].filter((b) => b.value > 0);
}

/**
 * The partners of a view, largest first (ties by name), with each one's share of the total: the published total
 * when there is one, else the sum of the partners.
 */
export function partnerParts(
  rows: readonly Observation[],
  partnerOf: (o: Observation) => string,
  name: Name,
  total: number | null,
) {
  const parts = rows
    .map((o) => ({ code: partnerOf(o), value: o.value, obs: o }))
    .sort((a, b) => b.value - a.value || name(a.code).localeCompare(name(b.code)));
  const sum = parts.reduce((a, b) => a + b.value, 0);
  const denominator = total ?? sum;
  const share = (v: number) => (denominator > 0 ? (100 * v) / denominator : null);
  return { parts, sum, share };
}

/**
 * What the reported-stocks view shows: the area (of destination or origin, by mode) the URL asks for if it has
 * stocks, else the United States as destination or the first by name; then its occupation and year likewise, the
 * newest year by default; and the stocks of that choice.
 */
export function stockSelection(rows: readonly Observation[], mode: Mode, p: URLSearchParams, name: Name) {
  const keyOf = (o: Observation) => (mode === 'destination' ? o.area : o.partner);
  const partnerOf = (o: Observation) => (mode === 'destination' ? o.partner : o.area);
  const choices = byName(rows.map(keyOf).filter(isCountry), name);
  const fallback =
    mode === 'destination' ? (choices.find((c) => c.code === 'USA') ?? choices[0]) : choices[0];
  const asked = p.get('area');
  const area = asked !== null && choices.some((c) => c.code === asked) ? asked : (fallback?.code ?? '');
  const forArea = rows.filter((o) => keyOf(o) === area);
  const occupations = [...new Set(forArea.map((o) => o.occupation))].sort();
  const askedOccupation = p.get('occupation') ?? '';
  const occupation = occupations.includes(askedOccupation) ? askedOccupation : (occupations[0] ?? '');
  const years = [...new Set(forArea.filter((o) => o.occupation === occupation).map((o) => o.year))].sort(
    (a, b) => b - a,
  );
  const askedYear = Number(p.get('year'));
  const year = years.includes(askedYear) ? askedYear : (years[0] ?? 0);
  const selected = forArea.filter((o) => o.occupation === occupation && o.year === year);
  return { partnerOf, choices, area, occupations, occupation, years, year, selected };
}

/** One stored estimate: its newest run. */
export interface Estimate {
  /** Stable across re-runs, so that a link keeps showing the same estimate. */
  key: string;
  run: EstimationRun;
}

/**
 * The estimates in force, totals over sex and age: for each source, input measure and occupation, the newest run
 * whose batch is committed (a rolled-back run gives the estimate back to the run before it). Runs come newest first.
 */
export function currentEstimates(runs: readonly EstimationRun[]): Estimate[] {
  const out = new Map<string, Estimate>();
  for (const run of runs) {
    if (run.batchStatus !== 'committed' || run.sex !== '_T' || run.age !== '_T') continue;
    const key = `${run.outputSource}:${run.inputMeasure}`;
    const id = `${key} ${run.occupation}`;
    if (!out.has(id)) out.set(id, { key, run });
  }
  return [...out.values()];
}

/**
 * What the estimated-flows view shows: the area and occupation the URL asks for when an estimate covers them, else
 * the first; the estimates of that choice, latest period first; and the one the URL names, else the latest.
 */
export function estimateSelection(estimates: readonly Estimate[], p: URLSearchParams, name: Name) {
  const choices = byName(
    estimates.flatMap((e) => e.run.areas),
    name,
  );
  const area = choices.find((c) => c.code === p.get('area'))?.code ?? choices[0]?.code ?? '';
  const forArea = estimates.filter((e) => e.run.areas.includes(area));
  const occupations = [...new Set(forArea.map((e) => e.run.occupation))].sort();
  const asked = p.get('occupation') ?? '';
  const occupation = occupations.includes(asked) ? asked : (occupations[0] ?? '');
  const options = forArea
    .filter((e) => e.run.occupation === occupation)
    .sort(
      (a, b) =>
        b.run.endYear - a.run.endYear || b.run.startYear - a.run.startYear || a.key.localeCompare(b.key),
    );
  const estimate = options.find((e) => e.key === p.get('estimate')) ?? options[0];
  return { choices, area, occupations, occupation, options, estimate };
}
