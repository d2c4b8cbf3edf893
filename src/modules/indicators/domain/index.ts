export { aggregateResults, median } from './aggregate.ts';
export { type OccupationAvailability, occupationAvailability } from './availability.ts';
export {
  computeIndicator,
  defaultOccupations,
  INDICATOR_UNITS,
  type IndicatorOptions,
  SUMS_OCCUPATIONS,
} from './compute.ts';
export { DataIndex, pickPoint } from './data-index.ts';
export { cadreDensity, DENSITY_UNIT, density, type SourcePreferences } from './density.ts';
export { emigrationRate } from './emigration.ts';
export { growth, inflow, migrationEffectiveness, netMigration, outflow } from './movement.ts';
export {
  describeSelection,
  NOTE_CODES,
  NOTE_TEMPLATES,
  type Note,
  type NoteCode,
  note,
  PARAM_KINDS,
  sentence,
} from './notes.ts';
export { SDG_CADRES, SDG_THRESHOLD, sdgGap } from './sdg-gap.ts';
export { foreignShare, originBreakdown } from './shares.ts';
export {
  type DataPoint,
  type DensityBasis,
  INDICATOR_SLUGS,
  type IndicatorResult,
  type IndicatorSlug,
  type InputRef,
  inputRef,
  type YearSelection,
} from './types.ts';
