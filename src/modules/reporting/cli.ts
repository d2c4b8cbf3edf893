import type { Command } from 'commander';

export function registerRounds(_program: Command): void {}
