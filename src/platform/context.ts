import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { Actor } from './auth/actor.ts';
import type { Database } from './db/client.ts';

import type { Lang } from './i18n/langs.ts';

export type { Lang };

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

/** What every use case receives first: who acts, on which database, in which language, at what time. */
export interface Ctx {
  db: Database;
  actor: Actor;
  lang: Lang;
  log: Logger;
  now: () => Date;
  /** Recorded with every audit entry the request writes; the request's X-Request-Id when it sent a sane one. */
  requestId: string;
  /** HWMO_PUBLIC_READONLY: every mutation is refused. */
  readOnly: boolean;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** A logger writing to the console from `level` up. */
export function consoleLogger(level: LogLevel = 'info'): Logger {
  const from = LEVELS.indexOf(level);
  const at =
    (l: LogLevel) =>
    (message: string, extra?: unknown): void => {
      if (LEVELS.indexOf(l) < from) return;
      if (extra === undefined) console[l](message);
      else console[l](message, extra);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The OS account running this process, as the operator's name: "root@host". */
export function operatorName(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for the uid (some containers).
  }
  return `${user}@${hostname()}`;
}

/** The context of the local CLI and of seeding: the operator acts, with everything allowed. */
export function operatorContext(db: Database, opts: Partial<Omit<Ctx, 'db'>> = {}): Ctx {
  return {
    db,
    actor: opts.actor ?? { kind: 'operator', name: operatorName() },
    lang: opts.lang ?? 'en',
    log: opts.log ?? consoleLogger('warn'),
    now: opts.now ?? (() => new Date()),
    requestId: opts.requestId ?? `cli-${randomUUID()}`,
    readOnly: opts.readOnly ?? false,
  };
}
