import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Message, t } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { type FormErrors, type PasswordRule, passwordRules } from './state.ts';

/** Client-side error codes of the forms, as the user reads them. */
const CLIENT_ERRORS: Record<string, Message> = {
  required: 'accounts.error.required',
  email: 'accounts.error.email',
};
const errorText = (message: string) => {
  const key = CLIENT_ERRORS[message];
  return key ? t(key) : message;
};

/** A labelled control, with its hint and its error (from the form or the server's problem) tied to it. */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  children: (aria: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        ...(props.error ? { 'aria-invalid': 'true' as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {props.hint && (
        <div class="field-hint small muted" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {errorText(props.error)}
        </p>
      )}
    </div>
  );
}

/** The form's message that belongs to no field; announced when it appears. */
export function FormAlert(props: { errors: FormErrors }) {
  if (!props.errors.general) return null;
  return (
    <p class="status error form-alert" role="alert">
      {props.errors.general}
    </p>
  );
}

const RULE_TEXT: Record<PasswordRule, Message> = {
  length: 'accounts.password.ruleLength',
  notEmail: 'accounts.password.ruleNotEmail',
  match: 'accounts.password.ruleMatch',
};

/** The rules of a new password, each marked met or not as it is typed. */
export function PasswordRules(props: { password: string; email: string; confirm?: string }) {
  return (
    <ul class="rules">
      {passwordRules(props.password, props.email, props.confirm).map((r) => (
        <li key={r.rule} class={r.ok ? 'ok' : 'todo'}>
          <span aria-hidden="true">{r.ok ? '✓' : '•'}</span> {t(RULE_TEXT[r.rule])}
          <span class="visually-hidden">
            {' '}
            ({r.ok ? t('accounts.password.met') : t('accounts.password.notMet')})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A new password and its confirmation, with the rules shown under them. */
export function NewPassword(props: {
  idPrefix: string;
  email: string;
  password: string;
  confirm: string;
  error?: string | undefined;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
  label?: string;
}) {
  return (
    <>
      <Field
        id={`${props.idPrefix}-password`}
        label={props.label ?? t('accounts.field.newPassword')}
        error={props.error}
        hint={<PasswordRules password={props.password} email={props.email} confirm={props.confirm} />}
      >
        {(aria) => (
          <input
            {...aria}
            type="password"
            autocomplete="new-password"
            required
            value={props.password}
            onInput={(e) => props.onPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={`${props.idPrefix}-confirm`} label={t('accounts.field.confirmPassword')}>
        {(aria) => (
          <input
            {...aria}
            type="password"
            autocomplete="new-password"
            required
            value={props.confirm}
            onInput={(e) => props.onConfirm(e.currentTarget.value)}
          />
        )}
      </Field>
    </>
  );
}

/** A value shown once (a token, a link) with a button that copies it. */
export function CopyValue(props: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  return (
    <div class="copy-value">
      <label for={props.id}>{props.label}</label>
      <div class="copy-row">
        <input
          id={props.id}
          type="text"
          readOnly
          value={props.value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          onClick={() => {
            navigator.clipboard?.writeText(props.value).then(
              () => setCopied('yes'),
              () => setCopied('failed'),
            ) ?? setCopied('failed');
          }}
        >
          {t('accounts.copy')}
        </button>
      </div>
      <p class="small muted" aria-live="polite">
        {copied === 'yes' ? t('accounts.copied') : copied === 'failed' ? t('accounts.copyFailed') : ''}
      </p>
    </div>
  );
}

/** Shown in place of a page that needs a session when there is none. */
export function SignInPrompt() {
  const next = location.pathname + location.search;
  const q = new URLSearchParams(location.search);
  const lang = q.get('lang');
  const params = new URLSearchParams({ next });
  if (lang) params.set('lang', lang);
  return (
    <div class="status" role="status">
      <p>{t('accounts.signInNeeded')}</p>
      <p>
        <a class="button" href={`/sign-in?${params}`}>
          {t('accounts.signIn')}
        </a>
      </p>
    </div>
  );
}

/** A date and time in the reader's language. */
export function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateTime(d);
}

/** A table that scrolls sideways inside its own box on a narrow screen, reachable by the keyboard to scroll it. */
export function ListTable(props: {
  caption: string;
  captionHidden?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  const box = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const measure = () => setScrolls(!!box.current && box.current.scrollWidth > box.current.clientWidth + 1);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return (
    <section
      class="table-wrap list-wrap"
      ref={box}
      tabIndex={scrolls ? 0 : undefined}
      aria-label={props.caption}
    >
      <table class={`list${props.class ? ` ${props.class}` : ''}`}>
        <caption class={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        {props.children}
      </table>
    </section>
  );
}
