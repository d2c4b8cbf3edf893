import { useState } from 'preact/hooks';
import type {
  Invitation,
  InvitationCreated,
  InvitationList,
  RoleName,
} from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { type Area, getCountries, send } from '../../lib/api.ts';
import { areaName } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { CopyValue, Field, FormAlert, ListTable, when } from '../accounts/components.tsx';
import { roleName } from '../accounts/roles.ts';
import { type FormErrors, formErrors, NO_ERRORS } from '../accounts/state.ts';
import { AdminPage } from './AdminNav.tsx';
import { AreaOptions, countryOptions } from './AreaSelect.tsx';
import { inviteRequest, needsArea, pendingInvitations, ROLE_ORDER } from './state.ts';

function InviteForm(props: { countries: Map<string, Area>; onCreated: (c: InvitationCreated) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<RoleName>('data_manager');
  const [area, setArea] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const request = inviteRequest({ email, role, area });
    if (!request.ok) return setErrors(request.errors);
    setBusy(true);
    try {
      const created = await send<InvitationCreated>('POST', '/api/invitations', request.body);
      setErrors(NO_ERRORS);
      setEmail('');
      setArea('');
      props.onCreated(created);
    } catch (err) {
      setErrors(formErrors(err, ['email', 'role', 'area']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="invite-new">
      <h2 id="invite-new">{t('accounts.admin.invite')}</h2>
      <FormAlert errors={errors} />
      <Field id="invite-email" label={t('accounts.field.email')} error={errors.fields.email}>
        {(aria) => (
          <input
            {...aria}
            type="email"
            dir="ltr"
            autocomplete="off"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="invite-role" label={t('accounts.field.role')} error={errors.fields.role}>
        {(aria) => (
          <select {...aria} value={role} onChange={(e) => setRole(e.currentTarget.value as RoleName)}>
            {ROLE_ORDER.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsArea(role) && (
        <Field id="invite-area" label={t('accounts.field.area')} error={errors.fields.area}>
          {(aria) => (
            <select {...aria} required value={area} onChange={(e) => setArea(e.currentTarget.value)}>
              <AreaOptions options={countryOptions(props.countries)} />
            </select>
          )}
        </Field>
      )}
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('accounts.admin.sendInvitation')}
        </button>
      </p>
    </form>
  );
}

function Invitations() {
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const [fresh, setFresh] = useState<Invitation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = useAsync(
    () => Promise.all([send<InvitationList>('GET', '/api/invitations'), getCountries()]),
    [],
  );
  const reload = () =>
    send<InvitationList>('GET', '/api/invitations').then(
      (r) => setFresh(r.invitations),
      () => {},
    );
  const cancel = async (inv: Invitation) => {
    setError(null);
    try {
      await send('DELETE', `/api/invitations/${inv.id}`);
      if (created?.invitation.id === inv.id) setCreated(null);
      await reload();
    } catch (err) {
      setError(formErrors(err, []).general);
    }
  };
  return (
    <Load state={state}>
      {([loaded, countries]) => {
        const pending = pendingInvitations(fresh ?? loaded.invitations, new Date());
        return (
          <>
            <InviteForm
              countries={countries}
              onCreated={(c) => {
                setCreated(c);
                void reload();
              }}
            />
            {created && (
              <div class="once" role="status">
                <p>
                  {created.delivery === 'smtp'
                    ? t('accounts.admin.invitationSent', { email: created.invitation.email })
                    : t('accounts.admin.invitationOutbox', { email: created.invitation.email })}
                </p>
                {created.delivery === 'outbox' && (
                  <CopyValue
                    id="invitation-link"
                    label={t('accounts.admin.invitationLink')}
                    value={created.link}
                  />
                )}
              </div>
            )}
            <h2>{t('accounts.admin.pending')}</h2>
            {error && (
              <p class="status error" role="alert">
                {error}
              </p>
            )}
            {pending.length === 0 ? (
              <p class="muted">{t('accounts.admin.noPending')}</p>
            ) : (
              <ListTable caption={t('accounts.admin.pending')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.field.email')}</th>
                    <th scope="col">{t('accounts.field.role')}</th>
                    <th scope="col">{t('accounts.field.area')}</th>
                    <th scope="col">{t('accounts.invitation.invitedBy')}</th>
                    <th scope="col">{t('accounts.invitation.expires')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('accounts.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {pending.map((inv) => (
                    <tr key={inv.id} data-invitation={inv.id}>
                      <th scope="row">{inv.email}</th>
                      <td>{roleName(inv.role)}</td>
                      <td>{inv.area ? areaName(inv.area, countries) : '—'}</td>
                      <td>{inv.invitedBy ?? '—'}</td>
                      <td>{when(inv.expiresAt)}</td>
                      <td>
                        <button
                          type="button"
                          aria-label={t('accounts.admin.cancelNamed', { email: inv.email })}
                          onClick={() => void cancel(inv)}
                        >
                          {t('accounts.admin.cancel')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ListTable>
            )}
          </>
        );
      }}
    </Load>
  );
}

/** Invite someone with a role (and its area); the pending invitations; the link itself when no SMTP is set up. */
export default function InvitationsPage(_: PageProps) {
  return (
    <AdminPage path="/admin/invitations">
      <Invitations />
    </AdminPage>
  );
}
