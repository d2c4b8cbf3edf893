import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { organisationOr404 } from './access.ts';
import { recruiterText } from './domain/messages.ts';
import { appealsOf, complaintSteps, findComplaint } from './repo.ts';
import type { ComplaintFollow } from './schemas.ts';

/** A complaint's status and dated steps, for whoever holds its reference (not its content). */
export async function followComplaint(ctx: Ctx, reference: string): Promise<ComplaintFollow> {
  const c = await findComplaint(ctx.db, { reference });
  if (!c)
    throw new AppError('not_found', recruiterText('unknown_complaint', { reference }), {
      hint: recruiterText('unknown_complaint_hint'),
    });
  const org = await organisationOr404(ctx.db, c.organisationId);
  const steps = (await complaintSteps(ctx.db, [c.id])).get(c.id) ?? [];
  const appeal = (await appealsOf(ctx.db, [c.id])).get(c.id);
  return {
    reference: c.reference,
    organisationId: org.id,
    organisationName: org.name,
    status: c.status,
    steps: steps.map((s) => ({ at: s.at.toISOString(), status: s.status })),
    appeal: appeal?.status ?? null,
  };
}
