import { type LazyPage, lazy } from '../../components/lazy.tsx';
import type { Message } from '../../i18n/i18n.ts';

interface AccountRoute {
  page: LazyPage;
  title: Message;
}

/** The pages of sign-in, one's account and the administration, by path; each loads on first use. */
const ROUTES: Record<string, AccountRoute> = {
  '/sign-in': { page: lazy(() => import('./SignInPage.tsx')), title: 'accounts.signInPage.title' },
  '/setup': { page: lazy(() => import('./SetupPage.tsx')), title: 'accounts.setup.title' },
  '/invitation': { page: lazy(() => import('./InvitationPage.tsx')), title: 'accounts.invitation.title' },
  '/reset-password': { page: lazy(() => import('./ResetPasswordPage.tsx')), title: 'accounts.reset.title' },
  '/account': { page: lazy(() => import('./AccountPage.tsx')), title: 'accounts.account.title' },
  '/admin/users': { page: lazy(() => import('../admin/UsersPage.tsx')), title: 'accounts.admin.users' },
  '/admin/invitations': {
    page: lazy(() => import('../admin/InvitationsPage.tsx')),
    title: 'accounts.admin.invitations',
  },
  '/admin/outbox': { page: lazy(() => import('../admin/OutboxPage.tsx')), title: 'accounts.admin.outbox' },
};

export function accountRoute(pathname: string): AccountRoute | null {
  return ROUTES[pathname.replace(/\/+$/, '') || '/'] ?? null;
}
