import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { checkDataGuards } from '../../platform/db/data-guards.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import type { ImportRecord } from '../observations/index.ts';
import { storeRecords } from '../observations/index.ts';
import { ownOrganisation, recruiterStatusText } from '../recruiters/index.ts';
import { statusResolver } from '../recruitment/index.ts';
import { describeSource, findOccupation } from '../reference/index.ts';
import { flagOf, isFutureMonth, monthStart, yearlyTotals } from './domain/declarations.ts';
import { text } from './messages.ts';
import { presentDeclarations } from './present.ts';
import {
  declarationsOf,
  knownCountries,
  placementsIn,
  publishedAgreements,
  setBatch,
  upsertDeclaration,
} from './repo.ts';
import type { DeclarationLine, DeclareResult } from './schemas.ts';

export const DECLARATIONS_SOURCE = describeSource('DECLARATIONS');
const DECLARABLE = ['listed', 'warned'];

/**
 * Stores a listed organisation's declared placements, all lines or none: each line's origin status on the first
 * day of its month (flagged for review when red, amber without its agreement, or under an agreement that did not
 * govern it), then the destination's yearly sums of every organisation's placements, for the years touched, as
 * inflow observations of the source DECLARATIONS, in one batch.
 */
export async function declarePlacements(
  ctx: Ctx,
  input: { organisation: number; lines: readonly DeclarationLine[] },
): Promise<DeclareResult> {
  // Read before the transaction: the embedded database serves one transaction at a time.
  const before = await ownOrganisation(ctx.db, ctx, input.organisation);
  const statusOn = await statusResolver(ctx, before.register);
  return mutation(ctx, 'declarations.declare', async (tx) => {
    const org = await ownOrganisation(tx, ctx, input.organisation, { lock: true });
    if (!DECLARABLE.includes(org.status))
      throw new AppError(
        'conflict',
        text('not_declarable', {
          name: org.name,
          destination: org.register,
          status: render(recruiterStatusText(org.status), ctx.lang),
        }),
        { hint: text('not_declarable_hint') },
      );
    const destination = org.register;
    const today = ctx.now().toISOString().slice(0, 10);
    const countries = await knownCountries(
      tx,
      input.lines.map((l) => l.origin),
    );
    const agreements = await publishedAgreements(
      tx,
      input.lines.flatMap((l) => (l.agreement === undefined || l.agreement === null ? [] : [l.agreement])),
    );
    const errors: { field: string; message: ReturnType<typeof text> }[] = [];
    const seen = new Map<string, number>();
    input.lines.forEach((l, i) => {
      const at = (f: string) => `lines.${i}.${f}`;
      if (isFutureMonth(l.month, today))
        errors.push({ field: at('month'), message: text('future_month', { month: l.month }) });
      if (l.origin === destination)
        errors.push({ field: at('origin'), message: text('origin_is_destination') });
      else if (!countries.has(l.origin))
        errors.push({ field: at('origin'), message: text('unknown_origin') });
      if (l.agreement !== undefined && l.agreement !== null && !agreements.has(l.agreement))
        errors.push({
          field: at('agreement'),
          message: text('unknown_agreement', { agreement: l.agreement }),
        });
      if (!findOccupation(l.occupation))
        errors.push({ field: at('occupation'), message: text('unknown_occupation') });
      const key = `${l.month}|${l.origin}|${l.occupation}|${l.agreement ?? 0}`;
      const first = seen.get(key);
      if (first !== undefined)
        errors.push({ field: at('month'), message: text('duplicate_line', { first: first + 1 }) });
      else seen.set(key, i);
    });
    if (errors.length)
      throw new AppError('invalid_input', text('lines_invalid', { count: errors.length }), { errors });

    const by = actorLabel(ctx.actor);
    const ids: number[] = [];
    for (const l of input.lines) {
      const s = statusOn(l.origin, l.occupation, monthStart(l.month));
      const agreement = l.agreement ?? null;
      const stored = await upsertDeclaration(tx, {
        organisationId: org.id,
        destination,
        month: l.month,
        origin: l.origin,
        occupation: l.occupation,
        placed: l.placed,
        agreement,
        originStatus: s.status,
        flag: flagOf({ agreement }, s.status, s.governing),
        declaredAt: ctx.now(),
        declaredBy: by,
      });
      ids.push(stored.id);
    }

    const years = [...new Set(input.lines.map((l) => Number(l.month.slice(0, 4))))];
    await checkDataGuards(
      tx,
      years.map((year) => ({ area: destination, year, source: DECLARATIONS_SOURCE.code })),
      'import',
    );
    const records: ImportRecord[] = yearlyTotals(await placementsIn(tx, destination, years)).map((t, i) => ({
      row: i + 1,
      source: DECLARATIONS_SOURCE.code,
      measure: 'inflow',
      area: destination,
      areaColumn: 'destination',
      year: t.year,
      occupation: t.occupation,
      sex: '_T',
      age: '_T',
      partner: t.origin,
      partnerColumn: 'origin',
      partnerBasis: 'training',
      value: t.placed,
      flags: [],
      comment: null,
      series: 'DECLARATIONS',
    }));
    const stored = await storeRecords(tx, {
      name: `declarations of ${org.name} (#${org.id}) for ${destination}`,
      format: 'hwmo-declarations',
      source: DECLARATIONS_SOURCE,
      records,
    });
    await setBatch(tx, ids, stored.batch);
    const all = await declarationsOf(tx, org.id);
    const mine = all.filter((d) => ids.includes(d.id));
    await tx.audit({
      action: 'declarations.declare',
      objectType: 'recruiter_organisation',
      objectId: String(org.id),
      area: destination,
      after: {
        lines: mine.map((d) => ({
          id: d.id,
          month: d.month,
          origin: d.origin,
          occupation: d.occupation,
          placed: d.placed,
          agreement: d.agreement_id,
          flag: d.flag,
        })),
        batch: stored.batch,
      },
    });
    return {
      declarations: presentDeclarations(mine, ctx.lang),
      flagged: mine.filter((d) => d.flag !== null).length,
      batch: stored.batch,
      inserted: stored.inserted,
      revised: stored.revised,
      unchanged: stored.unchanged,
    };
  });
}
