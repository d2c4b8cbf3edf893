export { registerFlows } from './cli.ts';
export { estimateStoredFlows, FLOW_MEASURE } from './estimate-stored.ts';
export { routes } from './http.ts';
export { listEstimationRuns } from './list-runs.ts';
export { localizeWarnings } from './localize-warnings.ts';
export { flowsFromNet, flowsFromStocks } from './matrix-operations.ts';
export { mirrorStoredFlows } from './mirror-stored.ts';
