import type {
  ApiToken,
  CreateApiToken,
  SessionInfo,
  SessionState,
} from '../../../../src/modules/accounts/schemas.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { ApiError } from '../../lib/api.ts';

/** The server's rule (PASSWORD_MIN_LENGTH in the accounts schemas; a unit test keeps them equal). */
export const PASSWORD_MIN = 12;

export type PasswordRule = 'length' | 'notEmail' | 'match';

/** Each rule a new password must meet, and whether it does: shown under the field as it is typed. */
export function passwordRules(
  password: string,
  email: string,
  confirm?: string,
): Array<{ rule: PasswordRule; ok: boolean }> {
  const rules: Array<{ rule: PasswordRule; ok: boolean }> = [
    { rule: 'length', ok: [...password].length >= PASSWORD_MIN },
    {
      rule: 'notEmail',
      ok: password.length > 0 && password.trim().toLowerCase() !== email.trim().toLowerCase(),
    },
  ];
  if (confirm !== undefined) rules.push({ rule: 'match', ok: password.length > 0 && password === confirm });
  return rules;
}

export const passwordAcceptable = (password: string, email: string, confirm?: string): boolean =>
  passwordRules(password, email, confirm).every((r) => r.ok);

export interface FormErrors {
  /** Messages by field name, shown next to their field. */
  fields: Record<string, string>;
  /** What belongs to no field of the form. */
  general: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

/**
 * A failed request's problem+json as the form shows it: each error naming one of the form's fields next to it (the
 * first per field), everything else in the form's general message.
 */
export function formErrors(err: unknown, fields: readonly string[]): FormErrors {
  if (!(err instanceof ApiError))
    return { fields: {}, general: err instanceof Error ? err.message : String(err) };
  const out: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of err.problem.errors ?? []) {
    const field = fields.find((f) => e.field === f || e.field.startsWith(`${f}.`));
    if (field && !(field in out)) out[field] = e.message;
    else if (!field) rest.push(`${e.field}: ${e.message}`);
  }
  const general =
    Object.keys(out).length > 0 && rest.length === 0 ? null : rest.length > 0 ? rest.join('; ') : err.message;
  return { fields: out, general };
}

export type SignInFailure =
  | { kind: 'throttled'; minutes: number }
  | { kind: 'wrong' }
  | { kind: 'other'; message: string };

/** Why a sign-in failed: too many attempts (with how long to wait), wrong credentials, or another problem. */
export function signInFailure(err: unknown): SignInFailure {
  if (err instanceof ApiError) {
    if (err.status === 429)
      return { kind: 'throttled', minutes: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) };
    if (err.status === 401 || (err.status === 400 && err.problem.code !== 'invalid_input'))
      return { kind: 'wrong' };
    return { kind: 'other', message: err.message };
  }
  return { kind: 'other', message: err instanceof Error ? err.message : String(err) };
}

/** Where to go after signing in: a path of this site only (never another origin, nor back to sign-in), else null. */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return null;
  // A backslash or a control character lets some browsers read the path as another host.
  for (const ch of next) if (ch === '\\' || ch.charCodeAt(0) < 0x20) return null;
  return next;
}

/** The expiry choices of a new API token, in days; null never expires. */
export const TOKEN_EXPIRY_DAYS = [30, 90, 365, null] as const;
export type TokenExpiry = (typeof TOKEN_EXPIRY_DAYS)[number];

export type TokenScope = ApiToken['scopes'][number];

/** The catalogue's name of each permission a token may carry, in the order the account page lists them. */
export const PERMISSION_NAMES: Record<TokenScope, MessageKey> = {
  'data.import': 'accounts.permission.data.import',
  'data.rollback': 'accounts.permission.data.rollback',
  'reference.edit': 'accounts.permission.reference.edit',
  'flows.store': 'accounts.permission.flows.store',
  'safeguards.load': 'accounts.permission.safeguards.load',
  'approval.submit': 'accounts.permission.approval.submit',
  'approval.decide': 'accounts.permission.approval.decide',
  'audit.read': 'accounts.permission.audit.read',
  'reporting.manage': 'accounts.permission.reporting.manage',
  'reporting.review': 'accounts.permission.reporting.review',
  'reporting.report': 'accounts.permission.reporting.report',
  'reporting.stakeholder': 'accounts.permission.reporting.stakeholder',
  'recruitment.configure': 'accounts.permission.recruitment.configure',
  'recruiters.review': 'accounts.permission.recruiters.review',
  'agreements.manage': 'accounts.permission.agreements.manage',
  'wisn.manage': 'accounts.permission.wisn.manage',
  'planning.save': 'accounts.permission.planning.save',
  'users.manage': 'accounts.permission.users.manage',
  'account.self': 'accounts.permission.account.self',
};

export interface TokenForm {
  name: string;
  scopes: readonly TokenScope[];
  expiry: TokenExpiry;
}

/** The permissions a new token may carry: those the session holds, as the server lists them. */
export const offeredScopes = (session: SessionState): TokenScope[] => [...session.permissions];

/** The request creating a token, or what is wrong with the form. */
export function tokenRequest(
  form: TokenForm,
  now: Date,
): { ok: true; body: CreateApiToken } | { ok: false; errors: FormErrors } {
  const fields: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) fields.name = 'required';
  if (form.scopes.length === 0) fields.scopes = 'required';
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, general: null } };
  const expiresAt =
    form.expiry === null ? null : new Date(now.getTime() + form.expiry * 86_400_000).toISOString();
  return { ok: true, body: { name, scopes: [...form.scopes], expiresAt } };
}

export function toggleScope(scopes: readonly TokenScope[], scope: TokenScope, on: boolean): TokenScope[] {
  const rest = scopes.filter((s) => s !== scope);
  return on ? [...rest, scope] : rest;
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: ApiToken, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** Active tokens first, then the others, each newest first. */
export function sortTokens(tokens: readonly ApiToken[], now: Date): ApiToken[] {
  const rank = (t: ApiToken) => (tokenStatus(t, now) === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** A short name of the browser of a session, from its user agent. */
export function browserOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const known: Array<[RegExp, string]> = [
    [/Edg\/(\d+)/, 'Edge'],
    [/Firefox\/(\d+)/, 'Firefox'],
    [/(?:HeadlessChrome|Chrome|Chromium)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+).*Safari\//, 'Safari'],
    [/^hwmo\/(\S+)/, 'hwmo CLI'],
  ];
  for (const [re, name] of known) {
    const m = re.exec(userAgent);
    if (m) return `${name} ${m[1]}`;
  }
  return userAgent.length > 60 ? `${userAgent.slice(0, 57)}…` : userAgent;
}

/** The other sessions, which "sign out other sessions" ends. */
export const otherSessions = (sessions: readonly SessionInfo[]): SessionInfo[] =>
  sessions.filter((s) => !s.current);
