export { authenticate, CSRF_HEADER, SESSION_COOKIE } from './authenticate.ts';
export {
  type AreaAccount,
  accountForAreaRole,
  grantAreaRole,
  pendingInvitationEmails,
} from './authority-access.ts';
export { registerUsers } from './cli.ts';
export { createSetupLink } from './create-setup-link.ts';
export {
  client as requestClient,
  routes,
  signedInAnswer,
  throttled as throttledAnswer,
} from './http.ts';
export { inviteUser } from './invite-user.ts';
export { text as accountText } from './messages.ts';
export type { ClientInfo } from './open-session.ts';
export { registerAccount } from './register-account.ts';
export { configureAccounts } from './settings.ts';
export { signIn, ThrottledError } from './sign-in.ts';
