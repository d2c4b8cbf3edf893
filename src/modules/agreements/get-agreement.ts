import type { Ctx } from '../../platform/context.ts';
import { assertReadable, presentAgreement } from './present.ts';
import { loadAgreements } from './repo.ts';
import type { Agreement } from './schemas.ts';

/** One agreement with its status history; a draft only for those who manage it. */
export async function getAgreement(ctx: Ctx, id: number): Promise<Agreement> {
  const [stored] = await loadAgreements(ctx.db, [id]);
  return presentAgreement(ctx, assertReadable(ctx, id, stored));
}
