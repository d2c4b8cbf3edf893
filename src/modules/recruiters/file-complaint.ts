import { randomInt } from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { organisationOr404 } from './access.ts';
import { recruiterText } from './domain/messages.ts';
import { COMPLAINABLE_STATUSES } from './domain/organisation.ts';
import { insertComplaint, referenceExists } from './repo.ts';
import type { ComplaintReceipt } from './schemas.ts';

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `RC-${part()}-${part()}`;
}

export interface NewComplaint {
  organisationId: number;
  complainantKind: string;
  anonymous: boolean;
  name?: string | undefined;
  contact?: string | undefined;
  occurredOn?: string | undefined;
  facts: string;
}

/**
 * Anyone files a complaint against a listed organisation, with or without an account, named or anonymous; the
 * reference it is given lets them follow its status.
 */
export async function fileComplaint(ctx: Ctx, input: NewComplaint): Promise<ComplaintReceipt> {
  return mutation(
    ctx,
    'recruiters.complaint.file',
    async (tx) => {
      const org = await organisationOr404(tx, input.organisationId);
      if (!COMPLAINABLE_STATUSES.includes(org.status))
        throw new AppError(
          'invalid_state_transition',
          recruiterText('not_complainable', { name: org.name, status: org.status }),
          {
            errors: [
              {
                field: 'organisationId',
                message: recruiterText('not_complainable', { name: org.name, status: org.status }),
              },
            ],
          },
        );
      let reference = newReference();
      while (await referenceExists(tx, reference)) reference = newReference();
      const now = ctx.now();
      const id = await insertComplaint(tx, {
        reference,
        organisationId: org.id,
        filedAt: now,
        complainantKind: input.complainantKind,
        complainantName: input.anonymous ? null : input.name || null,
        complainantContact: input.anonymous ? null : input.contact || null,
        occurredOn: input.occurredOn ?? null,
        facts: input.facts,
      });
      await tx.audit({
        action: 'recruiters.complaint.file',
        objectType: 'recruiter_complaint',
        objectId: String(id),
        area: org.register,
        after: {
          reference,
          organisation: org.id,
          complainantKind: input.complainantKind,
          anonymous: input.anonymous,
          occurredOn: input.occurredOn ?? null,
          status: 'received',
        },
      });
      return {
        reference,
        organisationName: org.name,
        status: 'received' as const,
        filedAt: now.toISOString(),
      };
    },
    { data: false },
  );
}
