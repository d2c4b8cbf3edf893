import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editableFields, previousRound, roundTransition } from './round-state.ts';

const none = { openRoundYear: null, progressReport: false };

describe('round transitions', () => {
  test('planned → open → closed → published, each from its one state', () => {
    assert.deepEqual(roundTransition('planned', 'open', none), { next: 'open' });
    assert.deepEqual(roundTransition('open', 'close', none), { next: 'closed' });
    assert.deepEqual(roundTransition('closed', 'publish', { ...none, progressReport: true }), {
      next: 'published',
    });
  });

  test('an action from any other state is refused naming the state it needs', () => {
    assert.deepEqual(roundTransition('open', 'open', none), {
      refused: { reason: 'state', state: 'open', needs: 'planned' },
    });
    assert.deepEqual(roundTransition('planned', 'close', none), {
      refused: { reason: 'state', state: 'planned', needs: 'open' },
    });
    assert.deepEqual(roundTransition('published', 'close', none), {
      refused: { reason: 'state', state: 'published', needs: 'open' },
    });
    assert.deepEqual(roundTransition('open', 'publish', { ...none, progressReport: true }), {
      refused: { reason: 'state', state: 'open', needs: 'closed' },
    });
    assert.deepEqual(roundTransition('published', 'publish', { ...none, progressReport: true }), {
      refused: { reason: 'state', state: 'published', needs: 'closed' },
    });
  });

  test('one round open at a time', () => {
    assert.deepEqual(roundTransition('planned', 'open', { ...none, openRoundYear: 2025 }), {
      refused: { reason: 'another-open', year: 2025 },
    });
  });

  test('publishing needs the progress report', () => {
    assert.deepEqual(roundTransition('closed', 'publish', none), {
      refused: { reason: 'no-progress-report' },
    });
  });
});

describe('what a round may still change', () => {
  test('everything while planned, the closing date while open, nothing after', () => {
    assert.deepEqual(editableFields('planned'), [
      'opensOn',
      'closesOn',
      'questionnaireId',
      'stakeholderQuestionnaireId',
    ]);
    assert.deepEqual(editableFields('open'), ['closesOn']);
    assert.deepEqual(editableFields('closed'), []);
    assert.deepEqual(editableFields('published'), []);
  });
});

describe('the previous round', () => {
  test('is the greatest year below, not the one created last', () => {
    const rounds = [{ year: 2024 }, { year: 2018 }, { year: 2021 }, { year: 2027 }];
    assert.deepEqual(previousRound(rounds, 2024), { year: 2021 });
    assert.deepEqual(previousRound(rounds, 2027), { year: 2024 });
    assert.equal(previousRound(rounds, 2018), null);
  });
});
