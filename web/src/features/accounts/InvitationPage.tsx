import { useState } from 'preact/hooks';
import type { AcceptInvitation, InvitationPreview } from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { ApiError, type Area, getCountries, send } from '../../lib/api.ts';
import { areaName } from '../../lib/format.ts';
import { href, navigate } from '../../lib/router.ts';
import { refreshSession, signIn } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Field, FormAlert, NewPassword, when } from './components.tsx';
import { roleName } from './roles.ts';
import { type FormErrors, formErrors, NO_ERRORS, passwordAcceptable } from './state.ts';

const FIELDS = ['name', 'password', 'token'] as const;

function AcceptForm(props: {
  token: string;
  invitation: InvitationPreview;
  countries: Map<string, Area> | undefined;
}) {
  const { invitation } = props;
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'required';
    if (!passwordAcceptable(password, invitation.email, confirm))
      fields.password = t('accounts.password.rulesUnmet');
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      const body: AcceptInvitation = { token: props.token, name: name.trim(), password };
      await send('POST', '/api/invitations/accept', body);
      const session = await refreshSession();
      if (!session.user) await signIn({ email: invitation.email, password });
      navigate(href('/account'));
    } catch (err) {
      const found = formErrors(err, FIELDS);
      setErrors({ fields: found.fields, general: found.general ?? found.fields.token ?? null });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <dl class="facts">
        <dt>{t('accounts.field.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('accounts.field.role')}</dt>
        <dd>{roleName(invitation.role)}</dd>
        {invitation.area && (
          <>
            <dt>{t('accounts.field.area')}</dt>
            <dd>{areaName(invitation.area, props.countries, invitation.areaName ?? undefined)}</dd>
          </>
        )}
        <dt>{t('accounts.invitation.invitedBy')}</dt>
        <dd>{invitation.invitedBy}</dd>
        <dt>{t('accounts.invitation.expires')}</dt>
        <dd>{when(invitation.expiresAt)}</dd>
      </dl>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        <Field id="invite-name" label={t('accounts.field.name')} error={errors.fields.name}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              autocomplete="name"
              required
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
        <NewPassword
          idPrefix="invite"
          email={invitation.email}
          password={password}
          confirm={confirm}
          error={errors.fields.password}
          onPassword={setPassword}
          onConfirm={setConfirm}
          label={t('accounts.field.password')}
        />
        <p>
          <button type="submit" class="button" disabled={busy}>
            {t('accounts.invitation.accept')}
          </button>
        </p>
      </form>
    </>
  );
}

/** What an invitation is for (role, area, who sent it), and the form that accepts it. */
export default function InvitationPage({ url }: PageProps) {
  const token = url.searchParams.get('token') ?? '';
  const state = useAsync(() => {
    const preview = token
      ? send<InvitationPreview>('GET', `/api/invitations/${encodeURIComponent(token)}`).catch(
          (e: unknown) => {
            if (e instanceof ApiError && e.status < 500) return e;
            throw e;
          },
        )
      : Promise.resolve(null);
    return Promise.all([preview, getCountries().catch(() => undefined)]);
  }, [token]);
  return (
    <section class="page narrow">
      <h1>{t('accounts.invitation.title')}</h1>
      <Load state={state}>
        {([found, countries]) =>
          found === null ? (
            <p role="alert">{t('accounts.invitation.noToken')}</p>
          ) : found instanceof ApiError ? (
            <p class="status error" role="alert">
              {t('accounts.invitation.invalid', { message: found.message })}
            </p>
          ) : (
            <AcceptForm token={token} invitation={found} countries={countries} />
          )
        }
      </Load>
    </section>
  );
}
