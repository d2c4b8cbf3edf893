import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/i18n.ts';
import { href } from '../../lib/router.ts';
import { canManageUsers, useSession } from '../../lib/session.ts';
import { SignInPrompt } from '../accounts/components.tsx';

const LINKS = [
  { path: '/admin/users', label: 'accounts.admin.users' },
  { path: '/admin/invitations', label: 'accounts.admin.invitations' },
  { path: '/admin/outbox', label: 'accounts.admin.outbox' },
] as const;

/** An administration page: its title and links to the others; only for a session that may manage users. */
export function AdminPage(props: { path: (typeof LINKS)[number]['path']; children: ComponentChildren }) {
  const { session } = useSession();
  const title = LINKS.find((l) => l.path === props.path)?.label ?? 'accounts.admin.users';
  let body: ComponentChildren = props.children;
  if (session === null)
    body = (
      <p class="status" aria-live="polite">
        {t('common.loading')}
      </p>
    );
  else if (!session.user) body = <SignInPrompt />;
  else if (!canManageUsers(session))
    body = (
      <p class="status error" role="alert">
        {t('accounts.admin.forbidden')}
      </p>
    );
  return (
    <section class="page admin">
      <h1>{t(title)}</h1>
      <nav aria-label={t('accounts.admin.nav')} class="subnav">
        <ul>
          {LINKS.map((l) => (
            <li key={l.path}>
              <a href={href(l.path)} aria-current={l.path === props.path ? 'page' : undefined}>
                {t(l.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {body}
    </section>
  );
}
