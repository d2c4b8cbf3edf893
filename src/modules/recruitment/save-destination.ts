import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { DestinationConfig } from './domain/destination-config.ts';
import { getDestination } from './get-destination.ts';
import { serviceText as text } from './messages-service.ts';
import { currentConfig, insertConfig } from './repo.ts';
import type { DestinationOut } from './schemas.ts';
import { requireCountry } from './status-inputs.ts';

export interface SaveDestinationInput {
  iso3: string;
  config: DestinationConfig;
  note?: string | undefined;
  /** The version the change was made from; undefined: save whatever is in force. */
  basedOn?: number | null | undefined;
}

/**
 * Saves a new version of a destination's configuration. Earlier versions are kept; the verdicts given before stay
 * traceable to the version they used. A change made from a version that is no longer in force is refused.
 */
export async function saveDestination(ctx: Ctx, input: SaveDestinationInput): Promise<DestinationOut> {
  const code = input.iso3.toUpperCase();
  assertCan(ctx.actor, 'recruitment.configure', { area: code });
  if (input.config.destination !== code)
    throw new AppError(
      'invalid_input',
      text('destination_mismatch', { config: input.config.destination, destination: code }),
      {
        errors: [
          { field: 'config.destination', message: text('destination_mismatch_field', { destination: code }) },
        ],
      },
    );
  await mutation(ctx, 'recruitment.configure', async (tx) => {
    await requireCountry({ db: tx, lang: ctx.lang }, code, 'iso3');
    const current = await currentConfig(tx, code);
    if (input.basedOn !== undefined && (current?.id ?? null) !== input.basedOn)
      throw new AppError(
        'conflict',
        text('config_conflict', {
          destination: code,
          basedOn: input.basedOn ?? '–',
          current: current?.id ?? '–',
        }),
        { hint: text('config_conflict_hint') },
      );
    const saved = await insertConfig(tx, {
      destination: code,
      config: input.config,
      note: input.note ?? null,
      savedAt: ctx.now(),
      savedBy: actorLabel(ctx.actor),
    });
    await tx.audit({
      action: 'recruitment.configure',
      objectType: 'recruitment_config',
      objectId: String(saved.id),
      area: code,
      before: current ? { version: current.id, config: current.config } : null,
      after: { version: saved.id, config: saved.config },
      ...(input.note ? { comment: input.note } : {}),
    });
  });
  return getDestination(ctx, code);
}
