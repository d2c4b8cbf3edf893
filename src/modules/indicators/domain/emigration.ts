import { type DataIndex, inSelection, pickPoint } from './data-index.ts';
import type { SourcePreferences } from './density.ts';
import { type Note, note } from './notes.ts';
import { ORIGIN_MEASURE, type OriginBasis } from './shares.ts';
import { type DataPoint, type IndicatorResult, inputRef, type YearSelection } from './types.ts';

export interface EmigrationOptions {
  selection: YearSelection;
  /** Which count of "abroad" to use; `any` takes training where a destination reports it, else birth. */
  basis: OriginBasis | 'any';
  sources?: SourcePreferences;
  areaKinds: ReadonlyMap<string, string>;
}

/** Abroad larger than this multiple of the home stock gets a warning. */
const ABROAD_RATIO_WARNING = 2;

function abroadByDestination(
  data: DataIndex,
  origin: string,
  occupation: string,
  basis: OriginBasis,
  options: EmigrationOptions,
): Map<string, DataPoint> {
  const measure = ORIGIN_MEASURE[basis];
  const byDestination = new Map<string, DataPoint[]>();
  for (const p of data.byPartner(measure, origin, occupation)) {
    if (p.area === origin || options.areaKinds.get(p.area) !== 'country') continue;
    if (!inSelection(p.year, options.selection)) continue;
    const list = byDestination.get(p.area) ?? [];
    list.push(p);
    byDestination.set(p.area, list);
  }
  const out = new Map<string, DataPoint>();
  for (const [destination, list] of byDestination) {
    list.sort((a, b) => b.year - a.year);
    const chosen = pickPoint(list, options.selection, { sources: options.sources?.[measure] ?? [] });
    if (chosen) out.set(destination, chosen);
  }
  return out;
}

/**
 * Emigration rate M / (M + N): health workers of the origin counted abroad (M, summed over the
 * destinations that report them) over M plus those working at home (N), as a percentage.
 */
export function emigrationRate(
  data: DataIndex,
  origin: string,
  occupation: string,
  options: EmigrationOptions,
): IndicatorResult {
  const base = { indicator: 'emigration-rate' as const, area: origin, occupation: [occupation], unit: '%' };
  const warnings: Note[] = [];
  let abroad: Map<string, DataPoint>;
  let basisUsed: string;
  if (options.basis === 'any') {
    const trained = abroadByDestination(data, origin, occupation, 'training', options);
    const born = abroadByDestination(data, origin, occupation, 'birth', options);
    abroad = new Map(trained);
    for (const [d, p] of born) if (!abroad.has(d)) abroad.set(d, p);
    const bases = new Set([...abroad.values()].map((p) => p.partnerBasis));
    basisUsed = [...bases].sort().join('+');
    if (bases.size > 1) warnings.push(note('mixed-origin-bases'));
  } else {
    abroad = abroadByDestination(data, origin, occupation, options.basis, options);
    basisUsed = options.basis;
  }
  if (abroad.size === 0) {
    return {
      ...base,
      year: null,
      value: null,
      reason: note(
        options.basis === 'birth'
          ? 'no-destination-born'
          : options.basis === 'training'
            ? 'no-destination-trained'
            : 'no-destination-trained-or-born',
        { occupation, origin, selection: options.selection },
      ),
      method: null,
      warnings,
      inputs: [],
    };
  }
  const points = [...abroad.values()].sort((a, b) => b.value - a.value || a.area.localeCompare(b.area));
  const m = points.reduce((s, p) => s + p.value, 0);
  const abroadYears = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const latest = abroadYears.at(-1) as number;
  if (abroadYears.length > 1) warnings.push(note('destinations-different-years', { years: abroadYears }));
  warnings.push(note('abroad-lower-bound', { count: points.length, areas: points.map((p) => p.area) }));
  const home = data.pick(
    'stock',
    origin,
    occupation,
    options.selection.kind === 'exact'
      ? options.selection
      : { kind: 'latest', upTo: latest, window: options.selection.window },
    { sources: options.sources?.stock ?? [] },
  );
  const inputs = points.map(inputRef);
  const detail = {
    basis: basisUsed,
    abroad: m,
    destinations: points.map((p) => ({
      destination: p.area,
      value: p.value,
      year: p.year,
      source: p.source,
      basis: p.partnerBasis,
    })),
  };
  if (!home) {
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-home-headcount', { occupation, origin, year: latest }),
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  inputs.push(inputRef(home));
  if (home.year !== latest) warnings.push(note('home-year-differs', { year: home.year, abroadYear: latest }));
  if (m + home.value <= 0) {
    return {
      ...base,
      year: null,
      value: null,
      reason: note('abroad-plus-home-zero'),
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  if (m > ABROAD_RATIO_WARNING * home.value)
    warnings.push(
      note(basisUsed === 'birth' ? 'abroad-exceeds-home-birth' : 'abroad-exceeds-home-training', {
        abroad: m,
        home: home.value,
      }),
    );
  return {
    ...base,
    year: Math.max(latest, home.year),
    value: (100 * m) / (m + home.value),
    reason: null,
    method: `abroad-by-${basisUsed}`,
    warnings,
    inputs,
    detail: { ...detail, home: home.value },
  };
}
