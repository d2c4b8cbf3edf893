import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { ownOrganisation, registerOr404 } from './access.ts';
import { questionBank } from './bank.ts';
import { scoreAnswers, standing } from './domain/knowledge-test.ts';
import { recruiterText } from './domain/messages.ts';
import { stepOrganisation } from './domain/organisation.ts';
import { attemptsOf, insertEvent, setOrganisationStatus, submitAttemptRow } from './repo.ts';
import type { AttemptResult } from './schemas.ts';
import { organisationView } from './views.ts';

/**
 * Scores an attempt's answers on the server against the bank; an attempt is submitted once (a second submission,
 * even concurrent, is refused). Passing takes the organisation to review.
 */
export async function submitAttempt(
  ctx: Ctx,
  input: { organisationId: number; attemptId: number; answers: Record<string, number> },
): Promise<AttemptResult> {
  await mutation(
    ctx,
    'recruiters.attempt.submit',
    async (tx) => {
      const org = await ownOrganisation(tx, ctx, input.organisationId, { lock: true });
      const register = await registerOr404(tx, org.register);
      const attempts = await attemptsOf(tx, org.id);
      const attempt = attempts.find((a) => a.id === input.attemptId);
      if (!attempt)
        throw new AppError('not_found', recruiterText('unknown_attempt', { id: input.attemptId }));
      if (attempt.submittedAt)
        throw new AppError('conflict', recruiterText('attempt_submitted', { id: attempt.id }), {
          hint: recruiterText('attempt_submitted_hint'),
        });
      const bank = new Map(questionBank().questions.map((q) => [q.id, q]));
      const errors = Object.entries(input.answers).flatMap(([id, option]) => {
        const q = attempt.questions.includes(id) ? bank.get(id) : undefined;
        if (!q) return [{ field: `answers.${id}`, message: recruiterText('unknown_question_field') }];
        return option < q.options.length
          ? []
          : [{ field: `answers.${id}`, message: recruiterText('unknown_option_field') }];
      });
      const [firstError] = errors;
      if (firstError)
        throw new AppError(
          'invalid_input',
          recruiterText('unknown_question', { id: firstError.field.slice('answers.'.length) }),
          { errors },
        );
      const questions = attempt.questions.flatMap((id) => {
        const q = bank.get(id);
        return q ? [{ id, correct: q.correct }] : [];
      });
      const score = scoreAnswers(questions, input.answers);
      const passed = score >= attempt.passMark;
      const now = ctx.now();
      const stored = await submitAttemptRow(tx, {
        id: attempt.id,
        at: now,
        answers: input.answers,
        score,
        passed,
      });
      if (!stored)
        throw new AppError('conflict', recruiterText('attempt_submitted', { id: attempt.id }), {
          hint: recruiterText('attempt_submitted_hint'),
        });
      if (passed) {
        const after = stepOrganisation(org.name, org.status, 'pass_test');
        await setOrganisationStatus(tx, org.id, { status: after, at: now });
        await insertEvent(tx, {
          organisationId: org.id,
          at: now,
          step: 'pass_test',
          statusBefore: org.status,
          statusAfter: after,
          note: null,
        });
      }
      const st = standing(
        attempts.map((a) => (a.id === attempt.id ? { ...a, submittedAt: now, passed } : a)),
        register,
        now,
      );
      await tx.audit({
        action: 'recruiters.attempt.submit',
        objectType: 'recruiter_organisation',
        objectId: String(org.id),
        area: org.register,
        before: { status: org.status },
        after: {
          attempt: attempt.id,
          score,
          of: questions.length,
          passMark: attempt.passMark,
          passed,
          failures: st.failures,
          waitUntil: st.waitUntil?.toISOString() ?? null,
        },
      });
    },
    { data: false },
  );
  const organisation = await organisationView(ctx, input.organisationId);
  const details = organisation.details;
  const attempt = details?.attempts.find((a) => a.id === input.attemptId);
  if (!details || !attempt) throw new Error(`attempt ${input.attemptId} vanished`);
  return { attempt, standing: details.standing, organisation };
}
