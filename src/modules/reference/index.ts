export type { addSubnationalAreas } from './add-areas.ts';
export {
  countObservations,
  listMeasures,
  type listOccupations,
  listSafeguardsEditions,
  listSources,
} from './catalog.ts';
export { parseCsvRecords } from './csv-records.ts';
export type { Area, AreaKind, AreaResolver } from './domain/areas.ts';
export {
  AGE_PATTERN,
  NOT_APPLICABLE,
  OBSERVATION_FLAGS,
  PARTNER_BASES,
  type PartnerBasis,
  SEXES,
  type Sex,
  TOTAL,
} from './domain/dimensions.ts';
export { findMeasure, MEASURES } from './domain/measures.ts';
export { findOccupation, MDS_CADRES, OCCUPATIONS } from './domain/occupations.ts';
export { describeSource } from './domain/sources.ts';
export { registerReferenceRoutes } from './http.ts';
export { loadAreaResolver, loadAreas } from './load-area-resolver.ts';
export { AreaQuerySchema, HealthSchema, NewSubnationalAreaSchema, occupationSlug } from './schemas.ts';
export { referenceVersion, seedReference } from './seed-reference.ts';
