import { z } from 'zod';
import { dbId, offset } from '../../platform/http/query-params.ts';

/** A day (2026-01-31) or an instant with its offset (2026-01-31T09:30:00Z). */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const text = (max: number) => z.string().trim().min(1).max(max);

/** What the audit trail is filtered by; the per-object and per-user views are these filters. */
const filterFields = {
  user: text(320)
    .optional()
    .describe('who acted: an e-mail address, or the label recorded ("operator root@host")'),
  userId: dbId.optional().describe('who acted: the id of a user account'),
  objectType: text(64).optional().describe('the kind of object changed: batch, area, approval, user…'),
  objectId: text(200).optional().describe('the id of the object changed (with objectType)'),
  action: text(100).optional().describe('the action recorded, e.g. import, rollback, approval.approve'),
  area: z
    .string()
    .regex(/^[A-Za-z0-9._-]{2,40}$/, 'not a valid area code')
    .transform((s) => s.toUpperCase())
    .optional()
    .describe('the area the change touched (ISO 3166 alpha-3 or a subnational code)'),
  from: instant.optional().describe('records at or after this day or instant'),
  to: instant.optional().describe('records up to this day (inclusive) or instant'),
};

const forwards = (f: { from?: string | undefined; to?: string | undefined }) =>
  !(f.from && f.to && toBound(f.from, 'from') > toBound(f.to, 'to'));
const backwards = { message: 'the period must not run backwards', path: ['to'] };

export const AuditFilterSchema = z.object(filterFields).refine(forwards, backwards);
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** The instant a filter day or instant stands for; `to` a day includes the whole of that day (UTC). */
export function toBound(value: string, side: 'from' | 'to'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value).toISOString();
  const day = new Date(`${value}T00:00:00.000Z`);
  if (side === 'to') day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

export const AuditQuerySchema = z
  .object({
    ...filterFields,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset,
  })
  .refine(forwards, backwards);
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO 8601, UTC'),
  actorKind: z.enum(['public', 'user', 'operator']),
  actorUserId: z.number().int().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  area: z.string().nullable(),
  before: z.unknown().describe('the object before the change (null when created)'),
  after: z.unknown().describe('the object after the change (null when removed)'),
  comment: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** The columns of the CSV export, in order. */
export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'actor_kind',
  'actor_user_id',
  'actor',
  'action',
  'object_type',
  'object_id',
  'area',
  'before',
  'after',
  'comment',
  'request_id',
] as const;
