import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { platformText } from '../../platform/messages.ts';
import { presentAuthorities } from './list-authorities.ts';
import { text } from './messages.ts';
import { findArea, listAuthorityRows } from './repo.ts';
import type { Authority } from './schemas.ts';

/**
 * Every designation of an area's national authority across rounds, the latest round first: for the secretariat and
 * the area's own national authority.
 */
export async function authorityHistory(ctx: Ctx, iso3: string): Promise<{ authorities: Authority[] }> {
  const area = iso3.toUpperCase();
  if (ctx.actor.kind === 'public')
    throw new AppError('unauthenticated', text('authorities_forbidden', { area }), {
      hint: platformText('signin.hint'),
    });
  if (!can(ctx.actor, 'reporting.review') && !can(ctx.actor, 'reporting.report', { area }))
    throw new AppError('forbidden', text('authorities_forbidden', { area }));
  if (!(await findArea(ctx.db, area)))
    throw new AppError('not_found', text('unknown_area', { code: area }), {
      location: { field: 'iso3' },
      hint: text('area_hint'),
    });
  return { authorities: await presentAuthorities(ctx, await listAuthorityRows(ctx.db, { area })) };
}
