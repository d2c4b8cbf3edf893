import type { Command } from 'commander';

/** `hwmo reports export …`, under the `reports` command. */
export function registerReportExports(_reports: Command): void {}
