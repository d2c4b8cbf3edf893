export { assessAreaEditions, requireEdition, SSL_MEASURES } from './assess.ts';
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
export { explainSafeguards } from './explain-country.ts';
export { routes } from './http.ts';
export { loadSafeguardsList } from './load-list.ts';
export { officialSafeguardsList } from './official-list.ts';
export { recomputeSafeguardsList } from './recompute-list.ts';
export { SslRecomputeQuerySchema } from './schemas.ts';
