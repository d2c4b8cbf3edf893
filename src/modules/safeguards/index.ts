export { registerSafeguards } from './cli.ts';
export {
  assessSsl,
  diffSsl,
  findEdition,
  SSL_EDITIONS,
  type SslAssessment,
  type SslDifference,
  type SslEdition,
  type SslStatus,
} from './domain/safeguards.ts';
export { registerSafeguardsRoutes } from './http.ts';
export { loadSafeguardsList } from './load-list.ts';
export {
  assessAreaEditions,
  explainSafeguards,
  officialSafeguardsList,
  recomputeSafeguardsList,
  SSL_MEASURES,
} from './safeguards.ts';
export { SslRecomputeQuerySchema } from './schemas.ts';
