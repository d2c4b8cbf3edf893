import type { Command } from 'commander';
import { startServer } from '../../http/server.ts';
import { getConfig } from '../context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and the landing page; seeds an empty database on first start')
    .action(async () => {
      await startServer(getConfig());
    });
}
