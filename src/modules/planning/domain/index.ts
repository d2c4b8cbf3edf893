export { groupWidths, projectCohort } from './cohort.ts';
export { closingYear, closingYears, gapPath } from './gap.ts';
export { applyLevers, DEFAULT_WORKING_LIFE } from './levers.ts';
export type {
  CohortInputs,
  CohortPath,
  Levers,
  MonteCarloOptions,
  MonteCarloResult,
  ScenarioInputs,
  Spread,
  SupplyInputs,
  SupplyPath,
  UncertainParameter,
  Uncertainty,
} from './model.ts';
export { UNCERTAIN_PARAMETERS } from './model.ts';
export { cellSeed, lognormalParameters, monteCarlo } from './montecarlo.ts';
export {
  extrapolatePopulation,
  needByRatio,
  needByServiceTargets,
  needByThreshold,
  type PopulationMethod,
  type PopulationPath,
  type ServiceTarget,
  type ServiceTargetsInput,
  TREND_WINDOW_YEARS,
} from './need.ts';
export { QuantileScratch, quantiles, selectInPlace } from './quantile.ts';
export {
  createSupplyPath,
  MULTIPLIER_INDEX,
  type PreparedSupply,
  prepareSupply,
  projectDraws,
  projectSupply,
  unitMultipliers,
} from './supply.ts';
