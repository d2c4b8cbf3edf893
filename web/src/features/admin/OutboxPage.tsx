import type { Outbox } from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { send } from '../../lib/api.ts';
import { useAsync } from '../../lib/use-async.ts';
import { when } from '../accounts/components.tsx';
import { AdminPage } from './AdminNav.tsx';

function Messages() {
  const state = useAsync(() => send<Outbox>('GET', '/api/outbox'), []);
  return (
    <Load state={state}>
      {({ messages }) =>
        messages.length === 0 ? (
          <p class="muted">{t('accounts.admin.outboxEmpty')}</p>
        ) : (
          <>
            <p>{t('accounts.admin.outboxIntro')}</p>
            <ol class="outbox">
              {[...messages]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((m) => (
                  <li key={m.id} data-message={m.id}>
                    <h2 class="h3">{m.subject}</h2>
                    <p class="small muted">
                      {t('accounts.admin.outboxTo', { to: m.to, at: when(m.createdAt) })}
                    </p>
                    <pre>{m.text}</pre>
                  </li>
                ))}
            </ol>
          </>
        )
      }
    </Load>
  );
}

/** The messages no SMTP server carried (none is configured), for the administrator to pass on. */
export default function OutboxPage(_: PageProps) {
  return (
    <AdminPage path="/admin/outbox">
      <Messages />
    </AdminPage>
  );
}
