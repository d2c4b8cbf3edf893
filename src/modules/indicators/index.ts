export { registerIndicators } from './cli.ts';
export { checkOccupations, indicatorFor, toOut } from './compute-indicators.ts';
export {
  cadreDensity,
  type DataIndex,
  type DataPoint,
  type DensityBasis,
  density,
  describeSelection,
  type IndicatorOptions,
  type IndicatorResult,
  type IndicatorSlug,
  type InputRef,
  inputRef,
  median,
  type Note,
  note,
  originBreakdown,
  sentence,
  type YearSelection,
} from './domain/index.ts';
export { routes } from './http.ts';
export { type IndicatorContext, loadIndicatorContext } from './load-data.ts';
export { type IndicatorResultOut, InputRefSchema, NoteSchema } from './schemas.ts';
export { DEFAULT_SOURCES, sourcesOf } from './vintage.ts';
