import type { RoundAction, RoundState } from '../schemas.ts';

/** The state each action leads to, from the only state it may be taken in. */
const NEXT: Record<RoundAction, { from: RoundState; to: RoundState }> = {
  open: { from: 'planned', to: 'open' },
  close: { from: 'open', to: 'closed' },
  publish: { from: 'closed', to: 'published' },
};

/** What the conditions of an action depend on besides the round's state. */
export interface RoundFacts {
  /** The year of another round that is open now, if any. */
  openRoundYear: number | null;
  /** Whether the round's progress report was generated. */
  progressReport: boolean;
}

export type RoundRefusal =
  | { reason: 'state'; state: RoundState; needs: RoundState }
  | { reason: 'another-open'; year: number }
  | { reason: 'no-progress-report' };

/**
 * The state an action takes the round to, or why it may not: open only from planned and while no other round is
 * open; close only from open; publish only from closed, once the progress report exists.
 */
export function roundTransition(
  state: RoundState,
  action: RoundAction,
  facts: RoundFacts,
): { next: RoundState } | { refused: RoundRefusal } {
  const step = NEXT[action];
  if (state !== step.from) return { refused: { reason: 'state', state, needs: step.from } };
  if (action === 'open' && facts.openRoundYear !== null)
    return { refused: { reason: 'another-open', year: facts.openRoundYear } };
  if (action === 'publish' && !facts.progressReport) return { refused: { reason: 'no-progress-report' } };
  return { next: step.to };
}

export const ROUND_FIELDS = ['opensOn', 'closesOn', 'questionnaireId', 'stakeholderQuestionnaireId'] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

/** The fields of a round that may still change: all of a planned round, the closing date of an open one. */
export function editableFields(state: RoundState): readonly RoundField[] {
  if (state === 'planned') return ROUND_FIELDS;
  if (state === 'open') return ['closesOn'];
  return [];
}

/** The round before another: the one with the greatest year below its year. */
export function previousRound<R extends { year: number }>(rounds: readonly R[], year: number): R | null {
  let best: R | null = null;
  for (const r of rounds) if (r.year < year && (best === null || r.year > best.year)) best = r;
  return best;
}
