import type { RoleName } from '../../../../src/modules/accounts/schemas.ts';
import { type Message, t } from '../../i18n/i18n.ts';
import { PERMISSION_NAMES, type TokenScope } from './state.ts';

const ROLE_NAMES: Record<RoleName, Message> = {
  admin: 'accounts.role.admin',
  secretariat: 'accounts.role.secretariat',
  national_authority: 'accounts.role.national_authority',
  data_manager: 'accounts.role.data_manager',
  data_approver: 'accounts.role.data_approver',
  stakeholder: 'accounts.role.stakeholder',
};

export const roleName = (role: RoleName): string => t(ROLE_NAMES[role]);

/** Every permission a token may carry, in the order the account page lists them. */
export const TOKEN_PERMISSION_ORDER = Object.keys(PERMISSION_NAMES) as TokenScope[];

export const permissionName = (p: TokenScope): string => t(PERMISSION_NAMES[p]);
