import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { t } from '../../i18n/i18n.ts';
import { href, navigate } from '../../lib/router.ts';
import { signIn, useSession } from '../../lib/session.ts';
import { Field } from './components.tsx';
import { type SignInFailure, safeNext, signInFailure } from './state.ts';

function failureText(f: SignInFailure): string {
  if (f.kind === 'throttled') return t('accounts.signInPage.throttled', { count: f.minutes });
  if (f.kind === 'wrong') return t('accounts.signInPage.wrong');
  return t('common.error', { message: f.message });
}

/** E-mail and password; a wrong or throttled attempt says so without saying whether the account exists. */
export default function SignInPage({ url }: PageProps) {
  const { session } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const next = safeNext(url.searchParams.get('next'));

  const submit = async (e: Event) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'required';
    if (!password) missing.password = 'required';
    setMissing(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await signIn({ email: email.trim(), password });
      navigate(next ?? href('/account'));
    } catch (err) {
      setFailure(signInFailure(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page narrow">
      <h1>{t('accounts.signInPage.title')}</h1>
      {session?.user && (
        <p class="status" role="status">
          {t('accounts.signedInAs', { name: session.user.name })}{' '}
          <a href={href('/account')}>{t('accounts.menu.account')}</a>
        </p>
      )}
      {session?.setupRequired && <p class="status">{t('accounts.signInPage.setupRequired')}</p>}
      <form class="form" onSubmit={submit} noValidate>
        {failure && (
          <p class="status error form-alert" role="alert">
            {failureText(failure)}
          </p>
        )}
        <Field id="signin-email" label={t('accounts.field.email')} error={missing.email}>
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
        <Field id="signin-password" label={t('accounts.field.password')} error={missing.password}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <p>
          <button type="submit" class="button" disabled={busy}>
            {t('accounts.signIn')}
          </button>
        </p>
      </form>
      <p>
        <a href={href('/reset-password')}>{t('accounts.signInPage.forgot')}</a>
      </p>
    </section>
  );
}
