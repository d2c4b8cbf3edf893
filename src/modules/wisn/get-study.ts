import type { Ctx } from '../../platform/context.ts';
import { assertReadable } from './access.ts';
import { computeWisn } from './compute.ts';
import { presentStudy } from './present.ts';
import { loadStudy } from './repo.ts';
import type { Study, StudyResults } from './schemas.ts';

/** One study with its inputs; refused as not found to those who do not manage its area. */
export async function getStudy(ctx: Ctx, id: number): Promise<Study> {
  return presentStudy(assertReadable(ctx, id, await loadStudy(ctx.db, id)));
}

/** A stored study and its results. */
export async function studyResults(ctx: Ctx, id: number): Promise<{ study: Study; results: StudyResults }> {
  const study = await getStudy(ctx, id);
  return { study, results: computeWisn(study.inputs) };
}
