import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { findRound } from './repo.ts';
import type { Round } from './schemas.ts';

/** A round by id or year, or not_found naming it. */
export async function roundOrThrow(
  db: Queryable,
  by: { id: number } | { year: number },
  opts: { lock?: boolean } = {},
): Promise<Round> {
  const round = await findRound(db, by, opts);
  if (round) return round;
  if ('id' in by)
    throw new AppError('not_found', text('round_not_found', { id: by.id }), { hint: text('rounds_hint') });
  throw new AppError('not_found', text('round_year_not_found', { year: by.year }), {
    hint: text('rounds_hint'),
  });
}

/** A reporting round (public: rounds are announced before they open). */
export async function getRound(ctx: Ctx, id: number): Promise<Round> {
  return roundOrThrow(ctx.db, { id });
}
