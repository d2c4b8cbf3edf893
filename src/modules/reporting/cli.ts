import type { Command } from 'commander';
import { registerProgressCommands } from './cli-progress.ts';

export function registerRounds(program: Command): void {
  const rounds = program.command('rounds').description('WHO Global Code reporting rounds');
  registerProgressCommands(rounds);
}
