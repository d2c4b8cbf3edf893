import { type Config, ConfigSchema } from '../../platform/config.ts';
import { CURRENT_PARAMS, type ScryptParams } from './domain/password.ts';
import { LINK_PATHS } from './schemas.ts';

/** What the accounts module takes from the configuration, set once by src/main. */
export interface AccountSettings {
  smtpUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** The cost of new password hashes; a stored hash of a lower cost is remade at sign-in. */
  passwordParams: ScryptParams;
}

const defaults = ConfigSchema.parse({});
let settings: AccountSettings = {
  smtpUrl: undefined,
  sessionIdleMinutes: defaults.sessionIdleMinutes,
  sessionMaxHours: defaults.sessionMaxHours,
  passwordParams: CURRENT_PARAMS,
};

export function configureAccounts(
  config: Pick<Config, 'smtpUrl' | 'sessionIdleMinutes' | 'sessionMaxHours'>,
  opts: { passwordParams?: ScryptParams } = {},
): void {
  settings = {
    smtpUrl: config.smtpUrl,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionMaxHours: config.sessionMaxHours,
    passwordParams: opts.passwordParams ?? CURRENT_PARAMS,
  };
}

export function accountSettings(): Readonly<AccountSettings> {
  return settings;
}

/** How long the links sent stay valid. */
export const LINK_LIFETIME_MS = {
  setup: 24 * 60 * 60 * 1000,
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
} as const;

export function linkTo(baseUrl: string, kind: keyof typeof LINK_PATHS, token: string): string {
  const url = new URL(LINK_PATHS[kind].slice(1), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('token', token);
  return url.href;
}
