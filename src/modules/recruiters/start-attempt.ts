import { randomInt } from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { actingUser, ownOrganisation, registerOr404 } from './access.ts';
import { questionBank } from './bank.ts';
import { drawQuestions, standing } from './domain/knowledge-test.ts';
import { recruiterText } from './domain/messages.ts';
import { attemptsOf, insertAttempt, type StoredAttempt } from './repo.ts';
import type { StartedAttempt } from './schemas.ts';

const RANDOM_RANGE = 2 ** 32;

/** An attempt's questions in a language, without their answers. */
export function attemptQuestions(attempt: StoredAttempt, lang: Lang): StartedAttempt {
  const bank = new Map(questionBank().questions.map((q) => [q.id, q]));
  return {
    id: attempt.id,
    organisationId: attempt.organisationId,
    startedAt: attempt.startedAt.toISOString(),
    passMark: attempt.passMark,
    questions: attempt.questions.flatMap((id) => {
      const q = bank.get(id);
      return q ? [{ id, text: q.text[lang], options: q.options.map((o) => o[lang]) }] : [];
    }),
  };
}

/**
 * Starts a knowledge test attempt: questions drawn at random from the bank and recorded with the attempt. An attempt
 * already open is answered again rather than a new one drawn.
 */
export async function startAttempt(ctx: Ctx, organisationId: number): Promise<StartedAttempt> {
  return mutation(
    ctx,
    'recruiters.attempt.start',
    async (tx) => {
      const org = await ownOrganisation(tx, ctx, organisationId, { lock: true });
      const register = await registerOr404(tx, org.register);
      const attempts = await attemptsOf(tx, org.id);
      const open = attempts.find((a) => a.submittedAt === null);
      if (open) return attemptQuestions(open, ctx.lang);
      const st = standing(attempts, register, ctx.now());
      if (st.passed || org.status === 'test_passed')
        throw new AppError('conflict', recruiterText('attempt_passed', { name: org.name }));
      if (org.status !== 'applied')
        throw new AppError(
          'invalid_state_transition',
          recruiterText('attempt_not_applied', { name: org.name, status: org.status }),
        );
      if (st.waitUntil)
        throw new AppError(
          'conflict',
          recruiterText('attempt_wait', { date: st.waitUntil.toISOString().slice(0, 10) }),
          {
            detail: recruiterText('attempt_wait_detail', {
              attempts: register.attempts,
              months: register.waitMonths,
            }),
          },
        );
      const questions = drawQuestions(
        questionBank().questions.map((q) => q.id),
        register.questionsPerTest,
        () => randomInt(RANDOM_RANGE) / RANDOM_RANGE,
      );
      const now = ctx.now();
      const id = await insertAttempt(tx, {
        organisationId: org.id,
        startedAt: now,
        startedBy: actingUser(ctx),
        questions,
        passMark: register.passMark,
      });
      await tx.audit({
        action: 'recruiters.attempt.start',
        objectType: 'recruiter_organisation',
        objectId: String(org.id),
        area: org.register,
        after: { attempt: id, questions, passMark: register.passMark, failuresBefore: st.failures },
      });
      return attemptQuestions(
        {
          id,
          organisationId: org.id,
          startedAt: now,
          questions,
          passMark: register.passMark,
          submittedAt: null,
          score: null,
          passed: null,
        },
        ctx.lang,
      );
    },
    { data: false },
  );
}
