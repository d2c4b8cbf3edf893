import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFAULT_SETTINGS } from './domain/knowledge-test.ts';
import { recruiterText } from './domain/messages.ts';
import { countryKind, findRegister, saveRegister } from './repo.ts';
import type { Register, RegisterSettingsBody } from './schemas.ts';
import { registerView } from './views.ts';

/** Opens the register of a destination with its settings (the defaults for those not given), or changes them. */
export async function saveRegisterSettings(
  ctx: Ctx,
  input: { destination: string } & RegisterSettingsBody,
): Promise<Register> {
  const destination = input.destination.toUpperCase();
  assertCan(ctx.actor, 'recruiters.review', { area: destination });
  return mutation(
    ctx,
    'recruiters.settings',
    async (tx) => {
      const kinds = await countryKind(tx, [destination]);
      if (kinds.get(destination) !== 'country')
        throw new AppError('not_found', recruiterText('unknown_country', { code: destination }), {
          errors: [{ field: 'iso3', message: recruiterText('unknown_country_field') }],
        });
      const before = await findRegister(tx, destination);
      const base = before ?? DEFAULT_SETTINGS;
      const next = {
        destination,
        questionsPerTest: input.questionsPerTest ?? base.questionsPerTest,
        passMark: input.passMark ?? base.passMark,
        attempts: input.attempts ?? base.attempts,
        waitMonths: input.waitMonths ?? base.waitMonths,
        reconfirmMonths: input.reconfirmMonths ?? base.reconfirmMonths,
      };
      if (next.passMark > next.questionsPerTest)
        throw new AppError(
          'invalid_input',
          recruiterText('pass_mark_above', { passMark: next.passMark, questions: next.questionsPerTest }),
          { errors: [{ field: 'passMark', message: recruiterText('pass_mark_field') }] },
        );
      await saveRegister(tx, next, ctx.now());
      const saved = await findRegister(tx, destination);
      if (!saved) throw new Error(`register ${destination} vanished`);
      await tx.audit({
        action: 'recruiters.settings',
        objectType: 'recruiter_register',
        objectId: destination,
        area: destination,
        before: before
          ? {
              questionsPerTest: before.questionsPerTest,
              passMark: before.passMark,
              attempts: before.attempts,
              waitMonths: before.waitMonths,
              reconfirmMonths: before.reconfirmMonths,
            }
          : null,
        after: next,
      });
      return registerView(saved);
    },
    { data: false },
  );
}
