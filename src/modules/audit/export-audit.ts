import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../../platform/cells.ts';
import type { Ctx } from '../../platform/context.ts';
import { scopeFor } from './readable-areas.ts';
import { streamAuditEvents } from './repo.ts';
import { AUDIT_CSV_COLUMNS, type AuditEvent, type AuditFilter } from './schemas.ts';

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

const cells = (e: AuditEvent) =>
  [
    e.id,
    e.at,
    e.actorKind,
    e.actorUserId ?? '',
    e.actorLabel,
    e.action,
    e.objectType,
    e.objectId,
    e.area ?? '',
    json(e.before),
    json(e.after),
    e.comment ?? '',
    e.requestId ?? '',
  ].map(spreadsheetSafe);

/**
 * The audit trail as CSV, newest first, within what the actor may read: the header, then chunks of rows. The scope
 * is checked before the first chunk, so that a refusal is an error and not a broken file.
 */
export function exportAuditCsv(ctx: Ctx, filter: AuditFilter): AsyncGenerator<string> {
  const areas = scopeFor(ctx.actor, filter.area);
  return (async function* () {
    yield stringify([[...AUDIT_CSV_COLUMNS]]);
    for await (const rows of streamAuditEvents(ctx.db, { ...filter, areas }))
      yield stringify(rows.map(cells));
  })();
}
