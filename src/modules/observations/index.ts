export { registerImport } from './cli.ts';
export { registerBatches } from './cli-batches.ts';
export { registerQuery } from './cli-query.ts';
export { exportObservations } from './export-observations.ts';
export { getBatch } from './get-batch.ts';
export { observationRoutes } from './http.ts';
export { uploadRoutes } from './http-uploads.ts';
export { type ImportFileOptions, importFile } from './import-file.ts';
export { parseNumber } from './importers/numbers.ts';
export type { ImportRecord } from './importers/types.ts';
export { isZip } from './importers/xlsx-rows.ts';
export { checkWorkbookZip } from './importers/xlsx-zip.ts';
export { checkCodes, emptyDatabaseHint } from './known-codes.ts';
export { listBatches } from './list-batches.ts';
export { queryObservations } from './query-observations.ts';
export { ensureSource } from './repo.ts';
export {
  CREATE_STAGE_SQL,
  commitStaged,
  OBSERVATION_WRITE_LOCK,
  STAGE_COLUMNS,
  stageLine,
} from './repo-stage.ts';
export { rollbackBatch } from './rollback-batch.ts';
export type { BatchDetail, BatchSummary, ImportReport, Observation, RollbackResult } from './schemas.ts';
export { type StoredRecords, storeRecords } from './store-records.ts';
