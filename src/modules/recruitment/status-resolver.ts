import type { Ctx } from '../../platform/context.ts';
import type { RecruitmentStatus } from './domain/destination-config.ts';
import { recruitmentVerdict } from './domain/status.ts';
import { agreementsOf, configOf, membershipOf, parentOf, requireCountry } from './status-inputs.ts';

export interface StatusOn {
  status: RecruitmentStatus;
  /** The agreements in force that govern recruitment of the occupation from the origin on the date. */
  governing: number[];
}

/**
 * The status of origins for one destination, for many questions at once (a batch of declarations): the
 * destination's configuration, list members and agreements are read once.
 */
export async function statusResolver(
  ctx: Ctx,
  destination: string,
): Promise<(origin: string, occupation: string, on: string) => StatusOn> {
  const dest = await requireCountry(ctx, destination, 'destination');
  const { config } = await configOf(ctx, dest);
  const membership = await membershipOf(ctx, config);
  const agreements = await agreementsOf(ctx, dest.code);
  return (origin, occupation, on) => {
    const v = recruitmentVerdict({
      config,
      membership,
      agreements,
      origin,
      occupation,
      parentOf,
      on,
      activity: { kind: 'active' },
    });
    return { status: v.status, governing: v.agreements.filter((a) => a.governs).map((a) => a.id) };
  };
}
