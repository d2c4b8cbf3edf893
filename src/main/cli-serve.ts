import type { Command } from 'commander';
import { getConfig, refuseServerOption } from '../platform/cli/context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the API and the web app; seeds an empty database on first start. One server per data directory',
    )
    .action(async () => {
      refuseServerOption();
      const { startServer } = await import('./server.ts');
      await startServer(getConfig());
    });
}
