import { serve } from '@hono/node-server';
import { authenticate, configureAccounts, createSetupLink } from '../modules/accounts/index.ts';
import type { Config } from '../platform/config.ts';
import { operatorContext } from '../platform/context.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';
import { AppError } from '../platform/errors.ts';
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
  configureAccounts(config);
  const app = createApp({ db, config, log, authenticate });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    // Other processes find the owner of the data directory here, and send it their work.
    const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
    db.dataDirLock?.recordServer(info.port, `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`);
    log('info', `hwmo listening on http://${config.host}:${info.port}`);
    const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
    if (!config.publicReadonly) {
      createSetupLink(operatorContext(db), { baseUrl, onlyIfNeeded: true })
        .then((setup) => {
          if (setup)
            log(
              'info',
              `no administrator yet: open ${setup.link} to create one (once, by ${setup.expiresAt})`,
            );
        })
        .catch((err: unknown) => log('error', 'cannot make the setup link', err));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) => {
      void db.close();
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError('unavailable', `Port ${config.port} on ${config.host} is already in use`, {
              hint: 'stop the program using it, or choose another with PORT=…',
              cause: err,
            })
          : err,
      );
    });
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
