import type { Command } from 'commander';
import { registerReportExports } from './cli-exports.ts';

export function registerReports(program: Command): void {
  const reports = program
    .command('reports')
    .description('National and stakeholder reports on the WHO Global Code');
  registerReportExports(reports);
}
