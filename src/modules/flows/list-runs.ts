import type { Ctx } from '../../platform/context.ts';
import { PARTNER_BASIS } from './estimate-stored.ts';
import { selectRuns } from './repo.ts';
import type { EstimateRequest, EstimationRun, EstimationRunQuery } from './schemas.ts';

/** Estimation runs, newest first, with their provenance and the state of their batch. */
export async function listEstimationRuns({ db }: Ctx, query: EstimationRunQuery): Promise<EstimationRun[]> {
  return (await selectRuns(db, query)).map((r) => ({
    ...r,
    partnerBasis: PARTNER_BASIS[r.inputMeasure as EstimateRequest['measure']],
  }));
}
