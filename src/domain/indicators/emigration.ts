import { type DataIndex, describeSelection, inSelection, pickPoint } from './data-index.ts';
import type { SourcePreferences } from './density.ts';
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
  const warnings: string[] = [];
  let abroad: Map<string, DataPoint>;
  let basisUsed: string;
  if (options.basis === 'any') {
    const trained = abroadByDestination(data, origin, occupation, 'training', options);
    const born = abroadByDestination(data, origin, occupation, 'birth', options);
    abroad = new Map(trained);
    for (const [d, p] of born) if (!abroad.has(d)) abroad.set(d, p);
    const bases = new Set([...abroad.values()].map((p) => p.partnerBasis));
    basisUsed = [...bases].sort().join('+');
    if (bases.size > 1)
      warnings.push(
        'destinations count by different bases (country of training for some, of birth for others): the sum mixes two concepts',
      );
  } else {
    abroad = abroadByDestination(data, origin, occupation, options.basis, options);
    basisUsed = options.basis;
  }
  if (abroad.size === 0) {
    return {
      ...base,
      year: null,
      value: null,
      reason: `no destination reports ${occupation} ${options.basis === 'birth' ? 'born' : options.basis === 'training' ? 'trained' : 'trained or born'} in ${origin} ${describeSelection(options.selection)}`,
      method: null,
      warnings,
      inputs: [],
    };
  }
  const points = [...abroad.values()].sort((a, b) => b.value - a.value || a.area.localeCompare(b.area));
  const m = points.reduce((s, p) => s + p.value, 0);
  const abroadYears = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const latest = abroadYears.at(-1) as number;
  if (abroadYears.length > 1) warnings.push(`destinations report different years: ${abroadYears.join(', ')}`);
  warnings.push(
    `abroad counts only the ${points.length} destination${points.length > 1 ? 's' : ''} that report${points.length > 1 ? '' : 's'} (${points.map((p) => p.area).join(', ')}): the rate is a lower bound`,
  );
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
      reason: `no headcount of ${occupation} working in ${origin} up to ${latest}`,
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  inputs.push(inputRef(home));
  if (home.year !== latest) warnings.push(`home stock is for ${home.year}, abroad for ${latest}`);
  if (m + home.value <= 0) {
    return {
      ...base,
      year: null,
      value: null,
      reason: 'abroad plus home is zero',
      method: null,
      warnings,
      inputs,
      detail,
    };
  }
  if (m > ABROAD_RATIO_WARNING * home.value)
    warnings.push(
      `abroad (${m}) is more than twice the home stock (${home.value}): a country of ${basisUsed === 'birth' ? 'birth' : 'training'} is not a country of origin, or the counts use different concepts`,
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
