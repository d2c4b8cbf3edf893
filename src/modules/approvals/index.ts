export { actOnApproval } from './act-on-approval.ts';
export { approvalLock } from './approval-lock.ts';
export { registerApprovals } from './cli.ts';
export { transition } from './domain/state-machine.ts';
export { routes } from './http.ts';
export { listApprovals } from './list-approvals.ts';
export { profileApprovals } from './profile-approvals.ts';
