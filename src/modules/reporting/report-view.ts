import type { Actor } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { getQuestionnaire, validateAnswers } from '../questionnaires/index.ts';
import type { QuestionnaireDefinition } from '../questionnaires/schemas.ts';
import { countryNameIn } from '../reference/index.ts';
import { allowedOn, canReadReport, type ReportFacts, roundLabel } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import { findReport, type StoredReport, selectAttachments, selectComments } from './repo-reports.ts';
import type { OrganisationTypeSchema, Report, ReportSummary } from './schemas.ts';

type OrganisationType = (typeof OrganisationTypeSchema)['options'][number];

export function factsOf(r: StoredReport): ReportFacts {
  return {
    kind: r.kind,
    area: r.area,
    authorUserId: r.authorUserId,
    state: r.state,
    roundState: r.roundState,
  };
}

/** The report as a list shows it, the area named in the reader's language. */
export function summaryOf(ctx: Pick<Ctx, 'lang'>, r: StoredReport): ReportSummary {
  return {
    id: r.id,
    roundId: r.roundId,
    roundYear: r.roundYear,
    roundLabel: roundLabel(r.roundYear),
    kind: r.kind,
    area: r.area,
    areaName: r.area ? (countryNameIn(r.area, ctx.lang) ?? r.areaName ?? r.area) : null,
    organisation: r.organisation,
    organisationType: r.organisationType as OrganisationType | null,
    state: r.state,
    version: r.version,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    acceptedAt: r.acceptedAt,
    publishedAt: r.publishedAt,
  };
}

/** Refuses a report the actor may not read: 401 for the public, 403 for anyone signed in. */
export function assertReadable(actor: Actor, r: StoredReport): void {
  if (canReadReport(actor, factsOf(r))) return;
  if (actor.kind === 'public')
    throw new AppError('unauthenticated', reportText('read_sign_in', { id: r.id }), {
      hint: reportText('read_hint'),
    });
  throw new AppError('forbidden', reportText('read_refused', { id: r.id }), {
    hint: reportText('read_hint'),
  });
}

/** A report the actor may read (404 when there is none); `forUpdate` locks it for the transaction. */
export async function readableReport(
  ctx: Ctx,
  db: Queryable,
  id: number,
  forUpdate = false,
): Promise<StoredReport> {
  const r = await findReport(db, id, forUpdate);
  if (!r) throw new AppError('not_found', reportText('not_found', { id }), { location: { field: 'id' } });
  assertReadable(ctx.actor, r);
  return r;
}

export async function definitionOf(db: Queryable, questionnaireId: number): Promise<QuestionnaireDefinition> {
  return (await getQuestionnaire(db, questionnaireId)).definition;
}

/** The whole report: its answers, comments, attachments, what is still missing or wrong, and what the actor may do. */
export async function presentReport(
  ctx: Ctx,
  db: Queryable,
  r: StoredReport,
  def?: QuestionnaireDefinition,
): Promise<Report> {
  const definition = def ?? (await definitionOf(db, r.questionnaireId));
  const [comments, attachments] = await Promise.all([selectComments(db, r.id), selectAttachments(db, r.id)]);
  return {
    ...summaryOf(ctx, r),
    questionnaireId: r.questionnaireId,
    answers: r.answers,
    comments,
    attachments,
    issues: validateAnswers(definition, r.answers, { forSubmit: true }),
    importedBatch: r.importedBatch,
    updatedBy: r.updatedBy,
    allowed: allowedOn(ctx.actor, factsOf(r)),
  };
}

/** The 409 of a change made on a version that is no longer the stored one: the current report comes with it. */
export async function staleVersion(
  ctx: Ctx,
  db: Queryable,
  r: StoredReport,
  sent: number,
): Promise<AppError> {
  const current = await presentReport(ctx, db, r);
  return new AppError(
    'conflict',
    reportText('stale', { id: r.id, sent, version: r.version, who: r.updatedBy, at: r.updatedAt }),
    { hint: reportText('stale_hint'), location: { field: 'version' }, extensions: { current } },
  );
}
