import type { Command } from 'commander';

/** The progress report commands, under the rounds command. */
export function registerProgressCommands(_rounds: Command): void {}
