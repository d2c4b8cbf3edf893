import { actorLabel } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { platformText as t } from '../messages.ts';
import type { Queryable } from './client.ts';

/** The write lock every change of data takes, the one imports and rollbacks have always taken. */
export const WRITE_LOCK_KEY = 7_340_002;

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  area?: string | null;
  before?: unknown;
  after?: unknown;
  comment?: string;
}

export interface Tx extends Queryable {
  /** Records a change in the audit trail, in this transaction. */
  audit(entry: AuditEntry): Promise<void>;
  ctx: Ctx;
}

class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

/** Refuses a change on a read-only installation, naming what was asked. */
export function assertWritable(ctx: Pick<Ctx, 'readOnly'>, action: string): void {
  if (!ctx.readOnly) return;
  throw new AppError('read_only', t('readonly.refused', { action }), {
    detail: t('readonly.detail'),
    hint: t('readonly.hint'),
  });
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export interface MutationOptions {
  /** Roll everything back and return what `fn` returned. */
  dryRun?: boolean;
  /**
   * false for changes no published answer derives from (sessions, accounts, tokens): they neither wait for the write
   * lock (a sign-in does not queue behind an import) nor move the data version (caches stay warm).
   */
  data?: boolean;
}

/**
 * Runs a change in one transaction under the write lock, bumping the data version; `fn` writes its audit entries
 * through `tx.audit`. A dry run rolls everything back and returns what `fn` returned.
 */
export async function mutation<T>(
  ctx: Ctx,
  action: string,
  fn: (tx: Tx) => Promise<T>,
  opts: MutationOptions = {},
): Promise<T> {
  assertWritable(ctx, action);
  const data = opts.data ?? true;
  try {
    return await ctx.db.transaction(async (q) => {
      if (data) {
        await q.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
        await q.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
      }
      const actor = ctx.actor;
      const tx: Tx = {
        query: (sql, params) => q.query(sql, params),
        exec: (sql) => q.exec(sql),
        copyCsv: (table, columns, csv) => q.copyCsv(table, columns, csv),
        ctx,
        async audit(e) {
          await q.query(
            `INSERT INTO audit_event (at, actor_kind, actor_user_id, actor_label, action, object_type, object_id,
               area, before, after, comment, request_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11, $12)`,
            [
              ctx.now().toISOString(),
              actor.kind,
              actor.kind === 'user' ? actor.userId : null,
              actorLabel(actor),
              e.action,
              e.objectType,
              e.objectId,
              e.area ?? null,
              json(e.before),
              json(e.after),
              e.comment ?? null,
              ctx.requestId,
            ],
          );
        },
      };
      const result = await fn(tx);
      if (opts.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRunRollback) return e.result as T;
    throw e;
  }
}

/** The number of committed mutations so far; any cache of derived answers is keyed by it. */
export async function dataVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ version: number | string }>('SELECT version FROM data_version WHERE id = 1');
  return Number(row?.version ?? 0);
}
