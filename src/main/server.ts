import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { authenticate, configureAccounts, createSetupLink } from '../modules/accounts/index.ts';
import { loadShippedQuestionnaires } from '../modules/questionnaires/index.ts';
import { type Config, linkBaseUrl, localServerUrl } from '../platform/config.ts';
import { operatorContext } from '../platform/context.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';
import { AppError } from '../platform/errors.ts';
import { guardSlowClients, serverOptions } from '../platform/http/security.ts';
import { platformText as t } from '../platform/messages.ts';
import { createApp } from './app.ts';
import { ensureSeeded } from './demo/seed-demo.ts';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Opens the database, migrates, seeds on first start, then serves until SIGINT/SIGTERM. */
export async function startServer(config: Config): Promise<void> {
  const min = LEVELS.indexOf(config.logLevel);
  const log = (level: 'info' | 'error', message: string, extra?: unknown) => {
    if (LEVELS.indexOf(level) < min) return;
    const line = JSON.stringify({
      t: new Date().toISOString(),
      level,
      message,
      ...(extra ? { extra: String(extra instanceof Error ? extra.stack : extra) } : {}),
    });
    (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  const db = await openDatabase(config);
  const m = await migrate(db);
  if (m.applied.length) log('info', `applied migrations ${m.applied.join(', ')}`);
  const seeded = await ensureSeeded(db, {
    demo: config.seedDemo,
    onFile: (file, r) =>
      log('info', `seeded ${file}: ${r.stored} new, ${r.unchanged} unchanged, ${r.skipped} skipped`),
    onNotice: (message) => log('info', message),
  });
  if (seeded.demo) log('info', 'demo data loaded');
  for (const q of await loadShippedQuestionnaires(db))
    log('info', `loaded questionnaire ${q.code} ${q.version} (${q.kind}) from ${q.file}`);
  configureAccounts(config);
  const app = createApp({ db, config, log, authenticate });
  const server = await listen(app, config, (port) => {
    // Other processes find the owner of the data directory here, and send it their work.
    const baseUrl = localServerUrl(config, port);
    db.dataDirLock?.recordServer(port, baseUrl);
    log('info', `hwmo listening on http://${config.host}:${port}`);
    if (!config.publicReadonly) {
      createSetupLink(operatorContext(db), { baseUrl: linkBaseUrl(config, port), onlyIfNeeded: true })
        .then((setup) => {
          if (setup)
            log(
              'info',
              `no administrator yet: open ${setup.link} to create one (once, by ${setup.expiresAt})`,
            );
        })
        .catch((err: unknown) => log('error', 'cannot make the setup link', err));
    }
  }).catch((err: unknown) => {
    void db.close();
    throw err;
  });
  const stop = () => {
    log('info', 'shutting down');
    server.close(() => {
      void db.close().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * Serves the app on the configured host and port with the configured bounds on slow clients (headers, whole
 * request, body rate); resolves once listening.
 */
export async function listen(
  app: Hono,
  config: Config,
  onListening?: (port: number) => void,
): Promise<Server> {
  const server = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    serverOptions: serverOptions(config),
  }) as Server;
  guardSlowClients(server, config);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError('unavailable', t('server.port_in_use', { port: config.port, host: config.host }), {
              hint: t('server.port_hint'),
              cause: err,
            })
          : err,
      );
    });
  });
  onListening?.((server.address() as AddressInfo).port);
  return server;
}
