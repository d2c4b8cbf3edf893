import { useState } from 'preact/hooks';
import type {
  AccountUpdate,
  ApiToken,
  ApiTokenCreated,
  ApiTokenList,
  PasswordChange,
  Revoked,
  SessionList,
  SessionState,
  User,
} from '../../../../src/modules/accounts/schemas.ts';
import { LANG_NAMES } from '../../../../src/platform/i18n/langs.ts';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { isLang, LANGS, type Lang, t } from '../../i18n/i18n.ts';
import { getCountries, send } from '../../lib/api.ts';
import { areaName } from '../../lib/format.ts';
import { refreshSession, useSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import { CopyValue, Field, FormAlert, ListTable, NewPassword, SignInPrompt, when } from './components.tsx';
import { permissionName, roleName, TOKEN_PERMISSION_ORDER } from './roles.ts';
import {
  browserOf,
  type FormErrors,
  formErrors,
  NO_ERRORS,
  offeredScopes,
  otherSessions,
  passwordAcceptable,
  sortTokens,
  TOKEN_EXPIRY_DAYS,
  type TokenExpiry,
  type TokenScope,
  toggleScope,
  tokenRequest,
  tokenStatus,
} from './state.ts';

/**
 * The account's preferred language (`lang` on the session's user and in PATCH /api/account), typed here until the
 * accounts schema carries it.
 */
type WithLang<T> = T & { lang?: Lang | null };

function Profile(props: { user: User }) {
  const countries = useAsync(getCountries, []);
  const known = countries.status === 'ok' ? countries.data : undefined;
  const [name, setName] = useState(props.user.name);
  const savedLang = (props.user as WithLang<User>).lang ?? null;
  const [preferred, setPreferred] = useState<Lang | null>(savedLang);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    if (!name.trim()) return setErrors({ fields: { name: 'required' }, general: null });
    try {
      const body: WithLang<AccountUpdate> = {
        name: name.trim(),
        ...(preferred !== savedLang ? { lang: preferred } : {}),
      };
      await send('PATCH', '/api/account', body);
      setErrors(NO_ERRORS);
      setSaved(true);
      await refreshSession();
    } catch (err) {
      setErrors(formErrors(err, ['name', 'lang']));
    }
  };
  return (
    <section aria-labelledby="account-profile">
      <h2 id="account-profile">{t('accounts.account.profile')}</h2>
      <dl class="facts">
        <dt>{t('accounts.field.email')}</dt>
        <dd>
          <bdi class="email">{props.user.email}</bdi>
        </dd>
        <dt>{t('accounts.account.roles')}</dt>
        <dd>
          {props.user.grants.length === 0 ? (
            t('accounts.account.noRole')
          ) : (
            <ul class="plain">
              {props.user.grants.map((g) => (
                <li key={`${g.role}:${g.area ?? ''}`}>
                  {roleName(g.role)}
                  {g.area ? ` — ${areaName(g.area, known)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        <Field id="account-name" label={t('accounts.field.name')} error={errors.fields.name}>
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
        <Field id="account-lang" label={t('lang.label')} error={errors.fields.lang}>
          {(aria) => (
            <select
              {...aria}
              value={preferred ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setPreferred(isLang(v) ? v : null);
              }}
            >
              <option value="">{t('common.none')}</option>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <button type="submit">{t('accounts.save')}</button>{' '}
          <span role="status">{saved ? t('accounts.saved') : ''}</span>
        </p>
      </form>
    </section>
  );
}

function ChangePassword(props: { email: string }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.current = 'required';
    if (!passwordAcceptable(password, props.email, confirm)) fields.new = t('accounts.password.rulesUnmet');
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      const body: PasswordChange = { current, new: password };
      await send('POST', '/api/account/password', body);
      setCurrent('');
      setPassword('');
      setConfirm('');
      setDone(true);
    } catch (err) {
      setErrors(formErrors(err, ['current', 'new']));
    }
  };
  return (
    <section aria-labelledby="account-password">
      <h2 id="account-password">{t('accounts.account.password')}</h2>
      <form class="form" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        <Field
          id="password-current"
          label={t('accounts.field.currentPassword')}
          error={errors.fields.current}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              autocomplete="current-password"
              required
              value={current}
              onInput={(e) => setCurrent(e.currentTarget.value)}
            />
          )}
        </Field>
        <NewPassword
          idPrefix="password-new"
          email={props.email}
          password={password}
          confirm={confirm}
          error={errors.fields.new}
          onPassword={setPassword}
          onConfirm={setConfirm}
        />
        <p>
          <button type="submit">{t('accounts.account.changePassword')}</button>{' '}
          <span role="status">{done ? t('accounts.account.passwordChanged') : ''}</span>
        </p>
      </form>
    </section>
  );
}

const EXPIRY_VALUE = (e: TokenExpiry) => (e === null ? 'never' : String(e));

function NewToken(props: { session: SessionState; onCreated: (created: ApiTokenCreated) => void }) {
  const offered = offeredScopes(props.session);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>([]);
  const [expiry, setExpiry] = useState<TokenExpiry>(90);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (e: Event) => {
    e.preventDefault();
    const request = tokenRequest({ name, scopes, expiry }, new Date());
    if (!request.ok) return setErrors(request.errors);
    try {
      const created = await send<ApiTokenCreated>('POST', '/api/tokens', request.body);
      setErrors(NO_ERRORS);
      setName('');
      setScopes([]);
      props.onCreated(created);
    } catch (err) {
      setErrors(formErrors(err, ['name', 'scopes', 'expiresAt']));
    }
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="token-new">
      <h3 id="token-new">{t('accounts.tokens.new')}</h3>
      <FormAlert errors={errors} />
      <Field id="token-name" label={t('accounts.tokens.name')} error={errors.fields.name}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset
        class={`field checks${errors.fields.scopes ? ' has-error' : ''}`}
        aria-describedby={errors.fields.scopes ? 'token-scopes-error' : undefined}
      >
        <legend>{t('accounts.tokens.scopes')}</legend>
        {TOKEN_PERMISSION_ORDER.filter((p) => offered.includes(p)).map((p) => (
          <label key={p} class="check">
            <input
              type="checkbox"
              checked={scopes.includes(p)}
              onChange={(e) => setScopes(toggleScope(scopes, p, e.currentTarget.checked))}
            />{' '}
            {permissionName(p)}
          </label>
        ))}
        {errors.fields.scopes && (
          <p class="field-error" id="token-scopes-error">
            {errors.fields.scopes === 'required' ? t('accounts.tokens.scopesRequired') : errors.fields.scopes}
          </p>
        )}
      </fieldset>
      <Field id="token-expiry" label={t('accounts.tokens.expiry')} error={errors.fields.expiresAt}>
        {(aria) => (
          <select
            {...aria}
            value={EXPIRY_VALUE(expiry)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setExpiry(TOKEN_EXPIRY_DAYS.find((d) => EXPIRY_VALUE(d) === v) ?? null);
            }}
          >
            {TOKEN_EXPIRY_DAYS.map((d) => (
              <option key={EXPIRY_VALUE(d)} value={EXPIRY_VALUE(d)}>
                {d === null ? t('accounts.tokens.never') : t('accounts.tokens.days', { count: d })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p>
        <button type="submit">{t('accounts.tokens.create')}</button>
      </p>
    </form>
  );
}

function Tokens(props: { session: SessionState }) {
  const [version, setVersion] = useState(0);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = useAsync(() => send<ApiTokenList>('GET', '/api/tokens'), [version]);
  const revoke = async (token: ApiToken) => {
    setError(null);
    try {
      await send('DELETE', `/api/tokens/${token.id}`);
      if (created?.token.id === token.id) setCreated(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(formErrors(err, []).general);
    }
  };
  const now = new Date();
  return (
    <section aria-labelledby="account-tokens">
      <h2 id="account-tokens">{t('accounts.tokens.title')}</h2>
      <p>{t('accounts.tokens.intro')}</p>
      {created && (
        <div class="once" role="status">
          <p>
            <strong>{t('accounts.tokens.shownOnce', { name: created.token.name })}</strong>
          </p>
          <CopyValue id="token-secret" label={t('accounts.tokens.secret')} value={created.secret} />
        </div>
      )}
      <NewToken
        session={props.session}
        onCreated={(c) => {
          setCreated(c);
          setVersion((v) => v + 1);
        }}
      />
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <Load state={state}>
        {({ tokens }) =>
          tokens.length === 0 ? (
            <p class="muted">{t('accounts.tokens.none')}</p>
          ) : (
            <ListTable caption={t('accounts.tokens.list')}>
              <thead>
                <tr>
                  <th scope="col">{t('accounts.tokens.name')}</th>
                  <th scope="col">{t('accounts.tokens.scopes')}</th>
                  <th scope="col">{t('accounts.tokens.lastUsed')}</th>
                  <th scope="col">{t('accounts.tokens.expires')}</th>
                  <th scope="col">{t('accounts.status')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('accounts.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sortTokens(tokens, now).map((tok) => {
                  const status = tokenStatus(tok, now);
                  return (
                    <tr key={tok.id} data-token={tok.id}>
                      <th scope="row">
                        {tok.name} <code>{tok.prefix}…</code>
                      </th>
                      <td>{tok.scopes.map(permissionName).join(', ')}</td>
                      <td>{when(tok.lastUsedAt)}</td>
                      <td>{tok.expiresAt ? when(tok.expiresAt) : t('accounts.tokens.never')}</td>
                      <td>{t(`accounts.tokens.status.${status}`)}</td>
                      <td>
                        {status === 'active' && (
                          <button
                            type="button"
                            aria-label={t('accounts.tokens.revokeNamed', { name: tok.name })}
                            onClick={() => void revoke(tok)}
                          >
                            {t('accounts.tokens.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ListTable>
          )
        }
      </Load>
    </section>
  );
}

function Sessions() {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<string | null>(null);
  const state = useAsync(() => send<SessionList>('GET', '/api/account/sessions'), [version]);
  const signOutOthers = async () => {
    try {
      const r = await send<Revoked>('DELETE', '/api/account/sessions');
      setResult(t('accounts.sessions.revoked', { count: r.revoked }));
      setVersion((v) => v + 1);
    } catch (err) {
      setResult(formErrors(err, []).general);
    }
  };
  return (
    <section aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('accounts.sessions.title')}</h2>
      <Load state={state}>
        {({ sessions }) => (
          <>
            <ul class="sessions">
              {sessions.map((s) => (
                <li key={s.id}>
                  <strong>{browserOf(s.userAgent) ?? t('accounts.sessions.unknownBrowser')}</strong>
                  {s.current && <span class="tag">{t('accounts.sessions.current')}</span>}
                  <span class="small muted">
                    {' '}
                    {t('accounts.sessions.detail', {
                      since: when(s.createdAt),
                      seen: when(s.lastSeenAt),
                      address: s.address ?? '—',
                    })}
                  </span>
                </li>
              ))}
            </ul>
            <p>
              <button
                type="button"
                disabled={otherSessions(sessions).length === 0}
                onClick={() => void signOutOthers()}
              >
                {t('accounts.sessions.signOutOthers')}
              </button>{' '}
              <span role="status">{result ?? ''}</span>
            </p>
          </>
        )}
      </Load>
    </section>
  );
}

/** One's own account: name, password, personal API tokens and open sessions. */
export default function AccountPage(_: PageProps) {
  const { session } = useSession();
  if (session === null)
    return (
      <p class="status" aria-live="polite">
        {t('common.loading')}
      </p>
    );
  if (!session.user)
    return (
      <section class="page narrow">
        <h1>{t('accounts.account.title')}</h1>
        <SignInPrompt />
      </section>
    );
  return (
    <section class="page account">
      <h1>{t('accounts.account.title')}</h1>
      <Profile user={session.user} />
      <ChangePassword email={session.user.email} />
      <Tokens session={session} />
      <Sessions />
    </section>
  );
}
