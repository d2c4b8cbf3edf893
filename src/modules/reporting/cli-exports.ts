import type { Command } from 'commander';

/** The export commands, under the reports command. */
export function registerReportExports(_reports: Command): void {}
