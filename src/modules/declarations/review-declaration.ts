import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import { text } from './messages.ts';
import { presentDeclarations } from './present.ts';
import { findDeclaration, setReview } from './repo.ts';
import type { Declaration, ReviewBody } from './schemas.ts';

/** A reviewer accepts a flagged declaration, or queries it (the organisation is asked to explain), with a note. */
export async function reviewDeclaration(ctx: Ctx, id: number, body: ReviewBody): Promise<Declaration> {
  return mutation(ctx, 'declarations.review', async (tx) => {
    const d = await findDeclaration(tx, id, { lock: true });
    if (!d) throw new AppError('not_found', text('unknown_declaration', { id }));
    assertCan(ctx.actor, 'recruiters.review', { area: d.destination });
    if (d.review !== 'pending' && d.review !== 'queried')
      throw new AppError(
        'conflict',
        text('not_pending', { id, review: render(text(`review_${d.review}`), ctx.lang) }),
      );
    await setReview(tx, id, {
      review: body.decision,
      note: body.note,
      at: ctx.now(),
      by: actorLabel(ctx.actor),
    });
    await tx.audit({
      action: 'declarations.review',
      objectType: 'recruitment_declaration',
      objectId: String(id),
      area: d.destination,
      before: { review: d.review },
      after: { review: body.decision },
      comment: body.note,
    });
    const after = await findDeclaration(tx, id);
    if (!after) throw new AppError('not_found', text('unknown_declaration', { id }));
    const [out] = presentDeclarations([after], ctx.lang);
    if (!out) throw new AppError('not_found', text('unknown_declaration', { id }));
    return out;
  });
}
