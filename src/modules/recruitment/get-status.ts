import type { Ctx } from '../../platform/context.ts';
import { type Activity, recruitmentVerdict, statusTimeline } from './domain/status.ts';
import { presentVerdict } from './present.ts';
import type { How, StatusQuery, VerdictOut } from './schemas.ts';
import {
  agreementsOf,
  configOf,
  configRef,
  membershipOf,
  parentOf,
  requireCountry,
  requireOccupation,
  today,
} from './status-inputs.ts';

export function activityOf(how: How): Activity {
  if (how === 'direct_application') return { kind: 'direct_application' };
  return how === 'active' ? { kind: 'active' } : { kind: 'active', code: how };
}

/**
 * May employers of the destination (or one of them) recruit this occupation from the origin on the date, in this
 * way? The origin's status with its reasons, and its dated changes from the first list period the destination
 * follows up to the date asked (or today, when later).
 */
export async function getRecruitmentStatus(ctx: Ctx, q: StatusQuery): Promise<VerdictOut> {
  const occupation = requireOccupation(q.occupation, ctx.lang);
  const destination = await requireCountry(ctx, q.destination, 'destination');
  const origin = await requireCountry(ctx, q.origin, 'origin');
  const on = q.date ?? today(ctx);
  const { config, stored } = await configOf(ctx, destination);
  const query = {
    config,
    membership: await membershipOf(ctx, config),
    agreements: await agreementsOf(ctx, destination.code),
    origin: origin.code,
    occupation: occupation.code,
    parentOf,
  };
  const verdict = recruitmentVerdict({
    ...query,
    on,
    employer: q.employer ?? null,
    activity: activityOf(q.how),
  });
  const first = [...config.listPolicy].sort((a, b) => a.from.localeCompare(b.from))[0]?.from ?? on;
  const now = today(ctx);
  const timeline = statusTimeline({
    ...query,
    from: first.localeCompare(on) < 0 ? first : on,
    to: on.localeCompare(now) > 0 ? on : now,
  });
  return presentVerdict(
    verdict,
    { destination, origin, occupation, how: q.how },
    timeline,
    configRef(config, stored),
    ctx.lang,
  );
}
