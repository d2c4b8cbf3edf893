import { useState } from 'preact/hooks';
import type {
  Accepted,
  PasswordResetConfirm,
  PasswordResetRequest,
} from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { send } from '../../lib/api.ts';
import { href, navigate } from '../../lib/router.ts';
import { refreshSession } from '../../lib/session.ts';
import { Field, FormAlert, NewPassword } from './components.tsx';
import { type FormErrors, formErrors, NO_ERRORS, passwordAcceptable } from './state.ts';

function RequestForm() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.trim()) return setErrors({ fields: { email: 'required' }, general: null });
    setBusy(true);
    try {
      const body: PasswordResetRequest = { email: email.trim() };
      await send<Accepted>('POST', '/api/password-reset', body);
      setErrors(NO_ERRORS);
      setSent(true);
    } catch (err) {
      setErrors(formErrors(err, ['email']));
    } finally {
      setBusy(false);
    }
  };
  if (sent)
    return (
      <p class="status" role="status">
        {t('accounts.reset.sent')}
      </p>
    );
  return (
    <form class="form" onSubmit={submit} noValidate>
      <p>{t('accounts.reset.intro')}</p>
      <FormAlert errors={errors} />
      <Field id="reset-email" label={t('accounts.field.email')} error={errors.fields.email}>
        {(aria) => (
          <input
            {...aria}
            type="email"
            dir="ltr"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        )}
      </Field>
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('accounts.reset.request')}
        </button>
      </p>
    </form>
  );
}

function ConfirmForm(props: { token: string }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!passwordAcceptable(password, '', confirm))
      return setErrors({ fields: { password: t('accounts.password.rulesUnmet') }, general: null });
    setBusy(true);
    try {
      const body: PasswordResetConfirm = { token: props.token, password };
      await send('POST', '/api/password-reset/confirm', body);
      const session = await refreshSession();
      if (session.user) navigate(href('/account'));
      else setDone(true);
    } catch (err) {
      const found = formErrors(err, ['password', 'token']);
      setErrors({ fields: found.fields, general: found.general ?? found.fields.token ?? null });
    } finally {
      setBusy(false);
    }
  };
  if (done)
    return (
      <p class="status" role="status">
        {t('accounts.reset.done')} <a href={href('/sign-in')}>{t('accounts.signIn')}</a>
      </p>
    );
  return (
    <form class="form" onSubmit={submit} noValidate>
      <FormAlert errors={errors} />
      <NewPassword
        idPrefix="reset"
        email=""
        password={password}
        confirm={confirm}
        error={errors.fields.password}
        onPassword={setPassword}
        onConfirm={setConfirm}
      />
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t('accounts.reset.confirm')}
        </button>
      </p>
    </form>
  );
}

/** Without a token: ask for a reset link by e-mail. With the link's token: choose the new password. */
export default function ResetPasswordPage({ url }: PageProps) {
  const token = url.searchParams.get('token');
  return (
    <section class="page narrow">
      <h1>{t('accounts.reset.title')}</h1>
      {token ? <ConfirmForm token={token} /> : <RequestForm />}
    </section>
  );
}
