// The guards every change of observations passes, registered once however the process starts (server or CLI).
import { approvalLock } from '../modules/approvals/index.ts';
import { registerDataGuard } from '../platform/db/data-guards.ts';

registerDataGuard(approvalLock);
