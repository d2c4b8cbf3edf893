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
