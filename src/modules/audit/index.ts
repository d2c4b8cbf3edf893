export { registerAudit } from './cli.ts';
export { exportAuditCsv } from './export-audit.ts';
export { routes } from './http.ts';
export { listAudit } from './list-audit.ts';
export { readableAreas } from './readable-areas.ts';
export { type AuditEvent, AuditEventSchema, type AuditFilter, AuditQuerySchema } from './schemas.ts';
