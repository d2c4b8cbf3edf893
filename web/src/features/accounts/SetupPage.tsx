import { useState } from 'preact/hooks';
import type { Setup } from '../../../../src/modules/accounts/schemas.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { send } from '../../lib/api.ts';
import { href, navigate } from '../../lib/router.ts';
import { refreshSession, signIn } from '../../lib/session.ts';
import { Field, FormAlert, NewPassword } from './components.tsx';
import { type FormErrors, formErrors, NO_ERRORS, passwordAcceptable } from './state.ts';

const FIELDS = ['name', 'email', 'password', 'token'] as const;

/** The first administrator's account, from the one-time link the server printed at its first start. */
export default function SetupPage({ url }: PageProps) {
  const token = url.searchParams.get('token') ?? '';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  if (!token)
    return (
      <section class="page narrow">
        <h1>{t('accounts.setup.title')}</h1>
        <p role="alert">{t('accounts.setup.noToken')}</p>
      </section>
    );

  const submit = async (e: Event) => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = 'required';
    if (!email.trim()) fields.email = 'required';
    if (!passwordAcceptable(password, email, confirm)) fields.password = t('accounts.password.rulesUnmet');
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    setBusy(true);
    try {
      const body: Setup = { token, name: name.trim(), email: email.trim(), password };
      await send('POST', '/api/setup', body);
      const session = await refreshSession();
      if (!session.user) await signIn({ email: body.email, password });
      navigate(href('/admin/invitations'));
    } catch (err) {
      const found = formErrors(err, FIELDS);
      setErrors({ fields: found.fields, general: found.general ?? found.fields.token ?? null });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page narrow">
      <h1>{t('accounts.setup.title')}</h1>
      <p>{t('accounts.setup.intro')}</p>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        <Field id="setup-name" label={t('accounts.field.name')} error={errors.fields.name}>
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
        <Field id="setup-email" label={t('accounts.field.email')} error={errors.fields.email}>
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
        <NewPassword
          idPrefix="setup"
          email={email}
          password={password}
          confirm={confirm}
          error={errors.fields.password}
          onPassword={setPassword}
          onConfirm={setConfirm}
          label={t('accounts.field.password')}
        />
        <p>
          <button type="submit" class="button" disabled={busy}>
            {t('accounts.setup.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
