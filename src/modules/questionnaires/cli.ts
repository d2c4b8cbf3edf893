import type { Command } from 'commander';

export function registerQuestionnaires(_program: Command): void {}
