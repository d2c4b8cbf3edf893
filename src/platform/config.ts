import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { LANGS, type Lang, negotiateLang } from './i18n/langs.ts';
import { platformText as t } from './messages.ts';
import { fieldsText, issueText, PARSE_OPTIONS } from './zod-text.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z.object({
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .describe('DATABASE_URL: use this PostgreSQL server instead of the embedded database.'),
  dataDir: z
    .string()
    .min(1)
    .default(`${REPO_ROOT}.hwmo-data`)
    .describe(
      'HWMO_DATA_DIR: folder of the embedded PostgreSQL (PGlite) database, used when DATABASE_URL is unset.',
    ),
  port: z.coerce.number().int().min(0).max(65535).default(8080).describe('PORT: HTTP port of `hwmo serve`.'),
  host: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .describe('HOST: interface `hwmo serve` listens on (0.0.0.0 for all).'),
  seedDemo: booleanish
    .default(true)
    .describe('HWMO_SEED_DEMO: load the bundled public demo data into an empty database on first start.'),
  maxUploadBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024)
    .describe('HWMO_MAX_UPLOAD_BYTES: largest file accepted by POST /api/imports.'),
  lang: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LANGS))
    .optional()
    .describe(
      'HWMO_LANG: language of the CLI’s messages (ar, zh, en, fr, ru, es); unset: LC_ALL, LC_MESSAGES or LANG, else English. The --lang option overrides it.',
    ),
  logLevel: z
    .enum(['debug', 'info', 'warn', 'error'])
    .default('info')
    .describe('HWMO_LOG_LEVEL: server log level.'),
  maxColumns: z.coerce
    .number()
    .int()
    .positive()
    .default(4096)
    .describe('HWMO_MAX_COLUMNS: most columns (fields) a row of an imported file may have.'),
  maxFieldChars: z.coerce
    .number()
    .int()
    .positive()
    .default(32_767)
    .describe('HWMO_MAX_FIELD_CHARS: longest cell of an imported file, in characters (Excel holds 32 767).'),
  maxLineChars: z.coerce
    .number()
    .int()
    .positive()
    .default(1_048_576)
    .describe('HWMO_MAX_LINE_CHARS: longest record (line) of an imported CSV file, in characters.'),
  maxRows: z.coerce
    .number()
    .int()
    .positive()
    .default(5_000_000)
    .describe(
      'HWMO_MAX_ROWS: most lines of an imported CSV file or rows of a worksheet, blank ones included.',
    ),
  maxWorkbookBytes: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024 * 1024)
    .describe(
      'HWMO_MAX_WORKBOOK_BYTES: largest uncompressed size of an imported .xlsx workbook (all its parts).',
    ),
  publicReadonly: booleanish
    .default(false)
    .describe(
      'HWMO_PUBLIC_READONLY: serve a public observatory: every change (API and CLI) is refused; reading stays open.',
    ),
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe(
      'HWMO_SMTP_URL: send invitations and password resets through this SMTP server (smtp://user:pass@host:587?from=hwmo@example.org); unset, they go to the outbox (GET /api/outbox).',
    ),
  sessionIdleMinutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(8 * 60)
    .describe('HWMO_SESSION_IDLE_MINUTES: a web session unused this long ends.'),
  sessionMaxHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(7 * 24)
    .describe('HWMO_SESSION_MAX_HOURS: a web session ends this long after sign-in, however used.'),
  token: z
    .string()
    .min(1)
    .optional()
    .describe(
      'HWMO_TOKEN: personal API token (hwmo_…) that commands run with --server URL send as Authorization: Bearer.',
    ),
  publicUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe(
      'HWMO_PUBLIC_URL: the address readers use (https://hwmo.example.org); its host is answered and its origin may send changes.',
    ),
  allowedHosts: z
    .string()
    .default('')
    .describe(
      'HWMO_ALLOWED_HOSTS: further host names, comma-separated (host or host:port; without a port, any port), answered besides localhost, 127.0.0.1 and [::1] on the port served.',
    ),
  headersTimeoutMs: z.coerce
    .number()
    .int()
    .positive()
    .default(20_000)
    .describe(
      'HWMO_HEADERS_TIMEOUT_MS: time a client has to send the headers of a request, in milliseconds.',
    ),
  requestTimeoutMs: z.coerce
    .number()
    .int()
    .min(0)
    .default(3_600_000)
    .describe(
      'HWMO_REQUEST_TIMEOUT_MS: time a client has to send a whole request, body included, in milliseconds (0: no limit).',
    ),
  minBodyBytesPerSecond: z.coerce
    .number()
    .int()
    .min(0)
    .default(1024)
    .describe(
      'HWMO_MIN_BODY_RATE: slowest accepted request body, in bytes per second averaged over HWMO_BODY_RATE_WINDOW_MS (0: no limit).',
    ),
  bodyRateWindowMs: z.coerce
    .number()
    .int()
    .positive()
    .default(20_000)
    .describe('HWMO_BODY_RATE_WINDOW_MS: time over which the body rate is averaged, in milliseconds.'),
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

const ENV_KEYS: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  databaseUrl: 'DATABASE_URL',
  dataDir: 'HWMO_DATA_DIR',
  port: 'PORT',
  host: 'HOST',
  seedDemo: 'HWMO_SEED_DEMO',
  maxUploadBytes: 'HWMO_MAX_UPLOAD_BYTES',
  lang: 'HWMO_LANG',
  logLevel: 'HWMO_LOG_LEVEL',
  maxColumns: 'HWMO_MAX_COLUMNS',
  maxFieldChars: 'HWMO_MAX_FIELD_CHARS',
  maxLineChars: 'HWMO_MAX_LINE_CHARS',
  maxRows: 'HWMO_MAX_ROWS',
  maxWorkbookBytes: 'HWMO_MAX_WORKBOOK_BYTES',
  publicReadonly: 'HWMO_PUBLIC_READONLY',
  smtpUrl: 'HWMO_SMTP_URL',
  sessionIdleMinutes: 'HWMO_SESSION_IDLE_MINUTES',
  sessionMaxHours: 'HWMO_SESSION_MAX_HOURS',
  token: 'HWMO_TOKEN',
  publicUrl: 'HWMO_PUBLIC_URL',
  allowedHosts: 'HWMO_ALLOWED_HOSTS',
  headersTimeoutMs: 'HWMO_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'HWMO_REQUEST_TIMEOUT_MS',
  minBodyBytesPerSecond: 'HWMO_MIN_BODY_RATE',
  bodyRateWindowMs: 'HWMO_BODY_RATE_WINDOW_MS',
};

/** Reads, validates and freezes configuration from environment variables; the only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const [key, name] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ConfigSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof typeof ENV_KEYS;
      return { field: ENV_KEYS[key] ?? key, message: issueText(issue) };
    });
    throw new AppError('invalid_input', t('input.config'), { detail: fieldsText(errors), errors });
  }
  return Object.freeze(parsed.data);
}

/**
 * The language the system locale asks for (POSIX: LC_ALL, else LC_MESSAGES, else LANG; "ru_RU.UTF-8" → ru), or
 * null when it names none of the six (C, POSIX, de_DE…).
 */
/** Where this installation's server answers on this machine: its host (any-address as loopback) and port. */
export function localServerUrl(config: Pick<Config, 'host' | 'port'>, port: number = config.port): string {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Where links sent by e-mail point: the public address when one is configured, else the local server. */
export function linkBaseUrl(
  config: Pick<Config, 'host' | 'port' | 'publicUrl'>,
  port: number = config.port,
): string {
  return (config.publicUrl ?? localServerUrl(config, port)).replace(/\/+$/, '');
}

export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return negotiateLang(locale);
}

export function describeConfig(
  config: Config,
): Array<{ variable: string; value: string; description: string }> {
  return Object.entries(ENV_KEYS).map(([key, variable]) => {
    const shape = ConfigSchema.shape[key as keyof typeof ENV_KEYS];
    const value = config[key as keyof Config];
    const shown =
      (key === 'databaseUrl' || key === 'smtpUrl') && typeof value === 'string'
        ? value.replace(/:[^:@/]*@/, ':***@')
        : key === 'token' && value !== undefined
          ? '***'
          : value;
    return {
      variable,
      value: shown === undefined ? '(unset)' : String(shown),
      description: (shape.description ?? '').replace(/^[A-Z_]+: /, ''),
    };
  });
}

export const repoRoot = REPO_ROOT;

/** What an imported file may hold before it is refused: bounds on the time and memory one import takes. */
export type ImportLimits = Readonly<
  Pick<Config, 'maxColumns' | 'maxFieldChars' | 'maxLineChars' | 'maxRows' | 'maxWorkbookBytes'>
>;

export function importLimits(config: Config): ImportLimits {
  const { maxColumns, maxFieldChars, maxLineChars, maxRows, maxWorkbookBytes } = config;
  return { maxColumns, maxFieldChars, maxLineChars, maxRows, maxWorkbookBytes };
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = importLimits(ConfigSchema.parse({}));

/** The environment variable that sets each limit, for messages. */
export const LIMIT_VARIABLES: Readonly<Record<keyof ImportLimits, string>> = {
  maxColumns: ENV_KEYS.maxColumns,
  maxFieldChars: ENV_KEYS.maxFieldChars,
  maxLineChars: ENV_KEYS.maxLineChars,
  maxRows: ENV_KEYS.maxRows,
  maxWorkbookBytes: ENV_KEYS.maxWorkbookBytes,
};
