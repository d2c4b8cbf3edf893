import type { Command } from 'commander';

/** `hwmo rounds progress-report …`, under the `rounds` command. */
export function registerProgressCommands(_rounds: Command): void {}
