import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { ownOrganisation, reviews } from '../recruiters/index.ts';
import { text } from './messages.ts';
import { presentDeclarations } from './present.ts';
import { declarationsFor, declarationsOf } from './repo.ts';
import type { DeclarationList, ReviewListQuery } from './schemas.ts';

/** An organisation's own declarations: for its members, and for the reviewers of its register. */
export async function organisationDeclarations(ctx: Ctx, id: number): Promise<DeclarationList> {
  let allowed = false;
  try {
    await ownOrganisation(ctx.db, ctx, id);
    allowed = true;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'forbidden') throw err;
  }
  const rows = await declarationsOf(ctx.db, id);
  if (!allowed) {
    const register = rows[0]?.destination;
    if (register === undefined || !reviews(ctx, register))
      throw new AppError('forbidden', text('not_reader'));
  }
  return { declarations: presentDeclarations(rows, ctx.lang) };
}

/** A destination's declarations, for the reviewers of its register; `review` picks those waiting, for example. */
export async function destinationDeclarations(ctx: Ctx, q: ReviewListQuery): Promise<DeclarationList> {
  assertCan(ctx.actor, 'recruiters.review', { area: q.destination });
  const rows = await declarationsFor(ctx.db, q.destination, q.review ?? null);
  return { declarations: presentDeclarations(rows, ctx.lang) };
}
