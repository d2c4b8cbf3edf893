export { registerFlows } from './cli.ts';
export { estimateStoredFlows, FLOW_MEASURE, listEstimationRuns } from './estimate-stored.ts';
export { registerFlowRoutes } from './http.ts';
export { mirrorStoredFlows } from './mirror-stored.ts';
