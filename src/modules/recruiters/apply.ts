import type { Ctx } from '../../platform/context.ts';
import { mutation, type Tx } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { type ClientInfo, registerAccount } from '../accounts/index.ts';
import { registerOr404 } from './access.ts';
import { recruiterText } from './domain/messages.ts';
import { addMember, countryKind, findOrganisation, insertEvent, insertOrganisation } from './repo.ts';
import type { ApplicationBody, Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

type SignedIn = Awaited<ReturnType<typeof registerAccount<number>>>;

export interface Applied {
  organisation: Organisation;
  /** The account created with the application, signed in. */
  signed: SignedIn | null;
}

async function checkCountries(tx: Tx, countries: readonly string[]): Promise<void> {
  const kinds = await countryKind(tx, countries);
  const errors = countries.flatMap((code, i) =>
    kinds.get(code) === 'country'
      ? []
      : [{ field: `countries.${i}`, message: recruiterText('unknown_country_field') }],
  );
  const first = countries.find((c) => kinds.get(c) !== 'country');
  if (first !== undefined)
    throw new AppError('invalid_input', recruiterText('unknown_country', { code: first }), { errors });
}

/**
 * An agency or employer applies to a destination's register: its declarations and commitments, made by the person
 * signed in, or by a person whose account is created at the same time and signed in.
 */
export async function applyToRegister(
  ctx: Ctx,
  input: ApplicationBody & { client: ClientInfo },
): Promise<Applied> {
  const register = input.register.toUpperCase();
  const store = async (tx: Tx, userId: number | null) => {
    await registerOr404(tx, register);
    const countries = [...new Set(input.countries)];
    await checkCountries(tx, countries);
    const now = ctx.now();
    const id = await insertOrganisation(tx, {
      register,
      kind: input.kind,
      name: input.name,
      legalEntity: input.legalEntity,
      registrationNumber: input.registrationNumber || null,
      website: input.website || null,
      countries,
      associatedBusinesses: input.associatedBusinesses,
      referees: input.referees,
      appliedAt: now,
    });
    if (userId !== null) await addMember(tx, userId, id);
    await insertEvent(tx, {
      organisationId: id,
      at: now,
      step: 'apply',
      statusBefore: null,
      statusAfter: 'applied',
      note: null,
    });
    const stored = await findOrganisation(tx, id);
    await tx.audit({
      action: 'recruiters.apply',
      objectType: 'recruiter_organisation',
      objectId: String(id),
      area: register,
      after: { ...stored, member: userId },
    });
    return id;
  };
  if (ctx.actor.kind === 'user') {
    const userId = ctx.actor.userId;
    const id = await mutation(ctx, 'recruiters.apply', (tx) => store(tx, userId), { data: false });
    return { organisation: await organisationView(ctx, id), signed: null };
  }
  if (!input.account) {
    if (ctx.actor.kind === 'operator') {
      const id = await mutation(ctx, 'recruiters.apply', (tx) => store(tx, null), { data: false });
      return { organisation: await organisationView(ctx, id), signed: null };
    }
    throw new AppError('invalid_input', recruiterText('account_needed'), {
      errors: [{ field: 'account', message: recruiterText('account_needed_field') }],
      hint: recruiterText('account_needed_hint'),
    });
  }
  const signed = await registerAccount(
    ctx,
    { ...input.account, client: input.client, fieldPrefix: 'account.' },
    'recruiters.apply',
    (tx, user) => store(tx, user.id),
  );
  const as: Ctx = {
    ...ctx,
    actor: {
      kind: 'user',
      userId: signed.user.id,
      email: signed.user.email,
      name: signed.user.name,
      grants: signed.user.grants,
      via: 'session',
    },
  };
  return { organisation: await organisationView(as, signed.result), signed };
}
