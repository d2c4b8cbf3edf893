import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { actsFor, organisationOr404, reviews } from './access.ts';
import { bankSize } from './bank.ts';
import { standing } from './domain/knowledge-test.ts';
import { reconfirmation } from './domain/organisation.ts';
import {
  appealsOf,
  attemptsOf,
  complaintSteps,
  complaintsOf,
  eventsOf,
  listRegisters,
  type StoredAppeal,
  type StoredComplaint,
  type StoredOrganisation,
  type StoredRegister,
} from './repo.ts';
import type { Complaint, Organisation } from './schemas.ts';

const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function registerView(r: StoredRegister) {
  return {
    destination: r.destination,
    destinationName: r.destinationName,
    questionsPerTest: r.questionsPerTest,
    passMark: r.passMark,
    attempts: r.attempts,
    waitMonths: r.waitMonths,
    reconfirmMonths: r.reconfirmMonths,
    bankSize: bankSize(),
    updatedAt: iso(r.updatedAt),
  };
}

function appealView(a: StoredAppeal) {
  return {
    id: a.id,
    complaintId: a.complaintId,
    filedAt: iso(a.filedAt),
    statement: a.statement,
    status: a.status,
    decidedAt: isoOrNull(a.decidedAt),
    decisionNote: a.decisionNote,
  };
}

/** Complaints as the organisation sees them (no complainant's name or contact) or as reviewers do. */
export async function complaintViews(
  q: Queryable,
  complaints: readonly StoredComplaint[],
  names: ReadonlyMap<number, string>,
  asReviewer: (c: StoredComplaint) => boolean,
): Promise<Complaint[]> {
  const ids = complaints.map((c) => c.id);
  const [steps, appeals] = await Promise.all([complaintSteps(q, ids), appealsOf(q, ids)]);
  return complaints.map((c) => {
    const full = asReviewer(c);
    const appeal = appeals.get(c.id);
    return {
      id: c.id,
      reference: c.reference,
      organisationId: c.organisationId,
      organisationName: names.get(c.organisationId) ?? '',
      filedAt: iso(c.filedAt),
      complainantKind: c.complainantKind,
      complainantName: full ? c.complainantName : null,
      complainantContact: full ? c.complainantContact : null,
      occurredOn: c.occurredOn,
      facts: c.facts,
      status: c.status,
      statusAt: iso(c.statusAt),
      decisionNote: c.decisionNote,
      steps: (steps.get(c.id) ?? []).map((s) => ({ at: iso(s.at), status: s.status })),
      appeal: appeal ? appealView(appeal) : null,
    };
  });
}

/** The organisations as the reader may see them: the public part for all, details for members and reviewers. */
export async function organisationViews(
  q: Queryable,
  ctx: Ctx,
  orgs: readonly StoredOrganisation[],
): Promise<Organisation[]> {
  if (orgs.length === 0) return [];
  const registers = new Map((await listRegisters(q)).map((r) => [r.destination, r]));
  const events = await eventsOf(
    q,
    orgs.map((o) => o.id),
  );
  const out: Organisation[] = [];
  for (const o of orgs) {
    const register = registers.get(o.register);
    const act = await actsFor(q, ctx, o.id);
    const review = reviews(ctx, o.register);
    const months = register?.reconfirmMonths ?? 12;
    let details: Organisation['details'] = null;
    if (act || review) {
      const attempts = await attemptsOf(q, o.id);
      const open = attempts.find((a) => a.submittedAt === null);
      const st = standing(
        attempts,
        register ?? { questionsPerTest: 15, passMark: 13, attempts: 3, waitMonths: 3 },
        ctx.now(),
      );
      const complaints = await complaintViews(
        q,
        await complaintsOf(q, { organisationIds: [o.id] }),
        new Map([[o.id, o.name]]),
        () => review,
      );
      details = {
        registrationNumber: o.registrationNumber,
        website: o.website,
        associatedBusinesses: o.associatedBusinesses,
        referees: o.referees,
        standing: {
          passed: st.passed,
          failures: st.failures,
          remaining: st.remaining,
          waitUntil: isoOrNull(st.waitUntil),
          allowed: st.allowed && o.status === 'applied',
          openAttempt: open?.id ?? null,
        },
        attempts: attempts.map((a) => ({
          id: a.id,
          startedAt: iso(a.startedAt),
          submittedAt: isoOrNull(a.submittedAt),
          questions: a.questions.length,
          score: a.score,
          passMark: a.passMark,
          passed: a.passed,
        })),
        complaints,
      };
    }
    const rc = reconfirmation(o, months, ctx.now());
    out.push({
      id: o.id,
      register: o.register,
      kind: o.kind,
      name: o.name,
      legalEntity: o.legalEntity,
      countries: o.countries,
      status: o.status,
      statusAt: iso(o.statusAt),
      appliedAt: iso(o.appliedAt),
      listedAt: isoOrNull(o.listedAt),
      reconfirmedAt: isoOrNull(o.reconfirmedAt),
      reconfirmation: { state: rc.state, dueAt: isoOrNull(rc.dueAt) },
      history: events
        .filter((e) => e.organisationId === o.id)
        .map((e) => ({
          at: iso(e.at),
          step: e.step,
          statusBefore: e.statusBefore,
          statusAfter: e.statusAfter,
          note: e.note,
        })),
      details,
      may: { act, review },
    });
  }
  return out;
}

/** One organisation as the reader may see it. */
export async function organisationView(ctx: Ctx, id: number): Promise<Organisation> {
  const org = await organisationOr404(ctx.db, id);
  const [v] = await organisationViews(ctx.db, ctx, [org]);
  if (!v) throw new Error(`organisation ${id} vanished`);
  return v;
}
