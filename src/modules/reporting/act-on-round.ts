import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation, type Tx } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { roundTransition } from './domain/round-state.ts';
import { roundOrThrow } from './get-round.ts';
import { text } from './messages.ts';
import {
  authorityAccountIds,
  insertAuthority,
  linkAuthorityAccount,
  listAuthorityRows,
  openRoundYear,
  progressReportExists,
  setRoundState,
} from './repo.ts';
import { publishProgressReport } from './repo-progress.ts';
import type { Round, RoundAction } from './schemas.ts';

const REFUSED_STATE = { open: 'cannot_open', close: 'cannot_close', publish: 'cannot_publish' } as const;

/** Designates again, for a round that opens, the authorities of the round before it (unless already designated). */
async function carryOverAuthorities(tx: Tx, round: Round, at: Date, by: string): Promise<void> {
  if (round.previousRoundId === null) return;
  const designated = new Set(
    (await listAuthorityRows(tx, { roundId: round.id, current: true })).map((a) => a.area),
  );
  const previous = await listAuthorityRows(tx, { roundId: round.previousRoundId, current: true });
  for (const p of previous) {
    if (designated.has(p.area)) continue;
    const id = await insertAuthority(tx, {
      roundId: round.id,
      area: p.area,
      organisation: p.organisation,
      contactName: p.contactName,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      at,
      by,
    });
    for (const userId of await authorityAccountIds(tx, p.id)) await linkAuthorityAccount(tx, id, userId);
    await tx.audit({
      action: 'authority.carry_over',
      objectType: 'national_authority',
      objectId: String(id),
      area: p.area,
      before: { authority: p.id, round: p.roundYear },
      after: { round: round.year, organisation: p.organisation, contactEmail: p.contactEmail },
      comment: `carried over from the ${p.roundYear} round when the ${round.label} round opened`,
    });
  }
}

/** Opens, closes or publishes a round (publishing it publishes its progress report in the same transaction). */
export async function actOnRound(
  ctx: Ctx,
  input: { id: number; action: RoundAction; comment?: string | undefined },
): Promise<Round> {
  assertCan(ctx.actor, 'reporting.manage');
  return mutation(ctx, `round.${input.action}`, async (tx) => {
    const before = await roundOrThrow(tx, { id: input.id }, { lock: true });
    const facts = {
      openRoundYear: input.action === 'open' ? await openRoundYear(tx, before.id) : null,
      progressReport: input.action === 'publish' ? await progressReportExists(tx, before.id) : false,
    };
    const step = roundTransition(before.state, input.action, facts);
    if ('refused' in step) {
      const r = step.refused;
      const id = before.id;
      const label = before.label;
      if (r.reason === 'state')
        throw new AppError('conflict', text(REFUSED_STATE[input.action], { label, state: r.state }), {
          detail: text('needs_state', { needs: r.needs }),
        });
      if (r.reason === 'another-open') {
        const other = (await roundOrThrow(tx, { year: r.year })).label;
        throw new AppError('conflict', text('another_open', { label, other }), {
          hint: text('another_open_hint', { other }),
        });
      }
      throw new AppError('conflict', text('no_progress_report', { label }), {
        hint: text('no_progress_report_hint', { id }),
      });
    }
    const at = ctx.now();
    const next = step.next as Exclude<Round['state'], 'planned'>;
    await setRoundState(tx, before.id, next, at);
    if (
      next === 'published' &&
      (await publishProgressReport(tx, before.id, at, actorLabel(ctx.actor))) === 'missing'
    )
      throw new AppError('conflict', text('no_progress_report', { label: before.label }), {
        hint: text('no_progress_report_hint', { id: before.id }),
      });
    const comment = input.comment?.trim();
    await tx.audit({
      action: `round.${input.action}`,
      objectType: 'reporting_round',
      objectId: String(before.id),
      before: { state: before.state },
      after: { state: next },
      ...(comment ? { comment } : {}),
    });
    const after = await roundOrThrow(tx, { id: before.id });
    if (next === 'open') await carryOverAuthorities(tx, after, at, actorLabel(ctx.actor));
    return after;
  });
}
