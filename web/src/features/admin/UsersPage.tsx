import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  GrantsUpdate,
  Revoked,
  User,
  UserList,
  UserUpdate,
} from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries, send } from '../../lib/api.ts';
import { areaName } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ListTable } from '../accounts/components.tsx';
import { roleName } from '../accounts/roles.ts';
import { formErrors } from '../accounts/state.ts';
import { AdminPage } from './AdminNav.tsx';
import { AreaOptions, countryOptions } from './AreaSelect.tsx';
import {
  addDraft,
  draftsOf,
  type GrantDraft,
  type GrantProblem,
  grantsRequest,
  matchesUser,
  needsArea,
  ROLE_ORDER,
  removeDraft,
  sortUsers,
  updateDraft,
} from './state.ts';

const PROBLEM_TEXT: Record<GrantProblem, 'accounts.admin.areaRequired' | 'accounts.admin.duplicate'> = {
  areaRequired: 'accounts.admin.areaRequired',
  duplicate: 'accounts.admin.duplicate',
};

function UserEditor(props: {
  user: User;
  countries: Map<string, Area>;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { user } = props;
  const options = countryOptions(props.countries);
  const [drafts, setDrafts] = useState<GrantDraft[]>(draftsOf(user.grants));
  const [problems, setProblems] = useState<Record<number, GrantProblem>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [user.id]);

  const run = async (action: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ ok: true, text: await action() });
      props.onChanged();
    } catch (err) {
      const found = formErrors(err, []);
      setMessage({ ok: false, text: found.general ?? '' });
    }
  };
  const saveGrants = (e: Event) => {
    e.preventDefault();
    const request = grantsRequest(drafts);
    if (!request.ok) {
      setProblems(request.problems);
      return;
    }
    setProblems({});
    const body: GrantsUpdate = { grants: request.grants };
    void run(async () => {
      await send('PUT', `/api/users/${user.id}/grants`, body);
      return t('accounts.admin.grantsSaved');
    });
  };
  const setDisabled = (disabled: boolean) =>
    run(async () => {
      const body: UserUpdate = { disabled };
      await send('PATCH', `/api/users/${user.id}`, body);
      return disabled ? t('accounts.admin.disabledDone') : t('accounts.admin.enabledDone');
    });
  const revokeSessions = () =>
    run(async () => {
      const r = await send<Revoked>('DELETE', `/api/users/${user.id}/sessions`);
      return t('accounts.sessions.revoked', { count: r.revoked });
    });

  return (
    <section class="editor" aria-labelledby="user-editor">
      <h2 id="user-editor" tabIndex={-1} ref={heading}>
        {t('accounts.admin.editUser', { name: user.name })}
      </h2>
      <p class="muted">{user.email}</p>
      <form class="form" onSubmit={saveGrants} noValidate>
        <fieldset class="grants">
          <legend>{t('accounts.admin.grants')}</legend>
          {drafts.length === 0 && <p class="muted">{t('accounts.account.noRole')}</p>}
          {drafts.map((d, i) => (
            <div class={`grant-row${problems[i] ? ' has-error' : ''}`} key={i}>
              <label>
                {t('accounts.field.role')}
                <select
                  value={d.role}
                  onChange={(e) =>
                    setDrafts(updateDraft(drafts, i, { role: e.currentTarget.value as GrantDraft['role'] }))
                  }
                >
                  {ROLE_ORDER.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
              </label>
              {needsArea(d.role) && (
                <label>
                  {t('accounts.field.area')}
                  <select
                    value={d.area}
                    aria-invalid={problems[i] === 'areaRequired' ? 'true' : undefined}
                    aria-describedby={problems[i] ? `grant-${i}-error` : undefined}
                    onChange={(e) => setDrafts(updateDraft(drafts, i, { area: e.currentTarget.value }))}
                  >
                    <AreaOptions options={options} />
                  </select>
                </label>
              )}
              <button
                type="button"
                aria-label={t('accounts.admin.removeGrant', { role: roleName(d.role) })}
                onClick={() => {
                  setDrafts(removeDraft(drafts, i));
                  setProblems({});
                }}
              >
                {t('accounts.admin.remove')}
              </button>
              {problems[i] && (
                <p class="field-error" id={`grant-${i}-error`}>
                  {t(PROBLEM_TEXT[problems[i]])}
                </p>
              )}
            </div>
          ))}
          <p>
            <button type="button" onClick={() => setDrafts(addDraft(drafts))}>
              {t('accounts.admin.addGrant')}
            </button>
          </p>
        </fieldset>
        <p class="actions">
          <button type="submit" class="button">
            {t('accounts.admin.saveGrants')}
          </button>
          <button type="button" onClick={() => void setDisabled(!user.disabled)}>
            {user.disabled ? t('accounts.admin.enable') : t('accounts.admin.disable')}
          </button>
          <button type="button" onClick={() => void revokeSessions()}>
            {t('accounts.admin.revokeSessions')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('accounts.admin.close')}
          </button>
        </p>
        {message && (
          <p class={message.ok ? 'status' : 'status error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}

function Users() {
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  // After a change the list is fetched again in place, so the open editor keeps its message.
  const [fresh, setFresh] = useState<User[] | null>(null);
  const state = useAsync(() => Promise.all([send<UserList>('GET', '/api/users'), getCountries()]), []);
  const reload = () =>
    void send<UserList>('GET', '/api/users').then(
      (r) => setFresh(r.users),
      () => {},
    );
  return (
    <Load state={state}>
      {([loaded, countries]) => {
        const users = fresh ?? loaded.users;
        const shown = sortUsers(users).filter((u) => matchesUser(u, filter));
        const selected = users.find((u) => u.id === editing) ?? null;
        return (
          <>
            <div class="find">
              <label for="users-filter">{t('accounts.admin.filter')}</label>
              <input
                id="users-filter"
                type="search"
                value={filter}
                onInput={(e) => setFilter(e.currentTarget.value)}
              />
            </div>
            <ListTable class="users" caption={t('accounts.admin.usersCount', { count: shown.length })}>
              <thead>
                <tr>
                  <th scope="col">{t('accounts.admin.nameAndEmail')}</th>
                  <th scope="col">{t('accounts.account.roles')}</th>
                  <th scope="col">{t('accounts.status')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('accounts.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <tr key={u.id} data-user={u.id}>
                    <th scope="row">
                      <span class="user-name">{u.name}</span>
                      <br />
                      <span class="user-email small">{u.email}</span>
                    </th>
                    <td>
                      {u.grants.length === 0
                        ? t('accounts.account.noRole')
                        : u.grants
                            .map((g) =>
                              g.area
                                ? `${roleName(g.role)} — ${areaName(g.area, countries)}`
                                : roleName(g.role),
                            )
                            .join('; ')}
                    </td>
                    <td>{u.disabled ? t('accounts.admin.disabled') : t('accounts.admin.active')}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('accounts.admin.editNamed', { name: u.name })}
                        aria-expanded={editing === u.id}
                        aria-controls={editing === u.id ? 'user-editor-panel' : undefined}
                        onClick={() => setEditing(editing === u.id ? null : u.id)}
                      >
                        {t('accounts.admin.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </ListTable>
            {selected && (
              <div id="user-editor-panel">
                <UserEditor
                  key={selected.id}
                  user={selected}
                  countries={countries}
                  onChanged={reload}
                  onClose={() => setEditing(null)}
                />
              </div>
            )}
          </>
        );
      }}
    </Load>
  );
}

/** Every account with its roles and areas; an administrator edits the grants, disables, ends the sessions. */
export default function UsersPage(_: PageProps) {
  return (
    <AdminPage path="/admin/users">
      <Users />
    </AdminPage>
  );
}
