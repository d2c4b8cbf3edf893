import type { ApiToken, RoleName } from '../../../../src/modules/accounts/schemas.ts';
import { type Message, t } from '../../i18n/i18n.ts';

const ROLE_NAMES: Record<RoleName, Message> = {
  admin: 'accounts.role.admin',
  secretariat: 'accounts.role.secretariat',
  national_authority: 'accounts.role.national_authority',
  data_manager: 'accounts.role.data_manager',
  data_approver: 'accounts.role.data_approver',
  stakeholder: 'accounts.role.stakeholder',
};

export const roleName = (role: RoleName): string => t(ROLE_NAMES[role]);

type TokenPermission = ApiToken['scopes'][number];

const PERMISSION_NAMES: Record<TokenPermission, Message> = {
  'data.import': 'accounts.permission.data.import',
  'data.rollback': 'accounts.permission.data.rollback',
  'reference.edit': 'accounts.permission.reference.edit',
  'flows.store': 'accounts.permission.flows.store',
  'safeguards.load': 'accounts.permission.safeguards.load',
  'approval.submit': 'accounts.permission.approval.submit',
  'approval.decide': 'accounts.permission.approval.decide',
  'audit.read': 'accounts.permission.audit.read',
  'users.manage': 'accounts.permission.users.manage',
  'account.self': 'accounts.permission.account.self',
};

/** Every permission a token may carry, in the order the account page lists them. */
export const TOKEN_PERMISSION_ORDER = Object.keys(PERMISSION_NAMES) as TokenPermission[];

export const permissionName = (p: TokenPermission): string => t(PERMISSION_NAMES[p]);
