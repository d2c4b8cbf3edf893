import type { Command } from 'commander';
import { registerProgressCommands } from './cli-progress.ts';
import { registerRoundCommands } from './cli-rounds.ts';

export function registerRounds(program: Command): void {
  const rounds = program.command('rounds').description('WHO Global Code reporting rounds');
  registerRoundCommands(rounds);
  registerProgressCommands(rounds);
}
