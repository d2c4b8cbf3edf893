import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { href, navigate } from '../../lib/router.ts';
import { canManageUsers, signOut, takesPartInReporting, useSession } from '../../lib/session.ts';
import './accounts.css';

/** The path to come back to after signing in, unless it is one of the sign-in pages themselves. */
function nextParam(): string | null {
  const path = location.pathname;
  if (/^\/(sign-in|setup|invitation|reset-password)\/?$/.test(path)) return null;
  const q = new URLSearchParams(location.search);
  q.delete('lang');
  const s = q.toString();
  return path + (s ? `?${s}` : '');
}

/** The header's "Sign in" link, or the signed-in user's name opening their menu (account, administration, sign out). */
export function UserMenu() {
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('click', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('click', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', key);
    };
  }, [open]);

  if (session === null) return null;
  if (!session.user)
    return (
      <div class="account-menu">
        <a href={href('/sign-in', { next: nextParam() })}>{t('accounts.signIn')}</a>
      </div>
    );
  return (
    <div class="account-menu" ref={root}>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls="account-menu-list"
        onClick={() => setOpen(!open)}
      >
        <span class="visually-hidden">{t('accounts.menu.label')} </span>
        {session.user.name}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id="account-menu-list" hidden={!open}>
        <li>
          <a href={href('/account')} onClick={() => setOpen(false)}>
            {t('accounts.menu.account')}
          </a>
        </li>
        {takesPartInReporting(session) && (
          <li>
            <a href={href('/reporting')} onClick={() => setOpen(false)}>
              {t('accounts.menu.reporting')}
            </a>
          </li>
        )}
        {canManageUsers(session) && (
          <li>
            <a href={href('/admin/users')} onClick={() => setOpen(false)}>
              {t('accounts.menu.admin')}
            </a>
          </li>
        )}
        <li>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              void signOut().then(() => navigate(href('/sign-in')));
            }}
          >
            {t('accounts.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** Shown under the header once the API answered 401 to this page: the session has ended. */
export function SessionEnded() {
  const { expired, session } = useSession();
  if (!expired || session?.user) return null;
  return (
    <p class="session-ended" role="alert">
      {t('accounts.sessionEnded')}{' '}
      <a href={href('/sign-in', { next: nextParam() })}>{t('accounts.signIn')}</a>
    </p>
  );
}
