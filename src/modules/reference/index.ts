export { addSubnationalAreas } from './add-areas.ts';
export { registerReference } from './cli.ts';
export { countryNameIn } from './country-names.ts';
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
export { routes } from './http.ts';
export { listAreas } from './list-areas.ts';
export { loadAreaResolver } from './load-area-resolver.ts';
export { occupationNameIn } from './occupation-names.ts';
export {
  countObservations,
  listMeasures,
  listOccupations,
  listSafeguardsEditions,
  listSources,
  loadAreas,
} from './repo.ts';
export { AreaQuerySchema, HealthSchema, NewSubnationalAreaSchema, occupationSlug } from './schemas.ts';
export { referenceVersion, seedReference } from './seed-reference.ts';
