import type { Command } from 'commander';

export function registerProgress(_program: Command): void {}
