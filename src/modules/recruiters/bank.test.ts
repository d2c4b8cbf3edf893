import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BANK_PATH, questionBank } from './bank.ts';
import { QuestionBankSchema } from './schemas.ts';

describe('the shipped question bank', () => {
  test('is valid: at least 25 questions in six languages, each with its correct option', () => {
    const bank = questionBank();
    assert.ok(bank.questions.length >= 25, `${bank.questions.length} questions`);
    for (const q of bank.questions) {
      assert.ok(q.correct < q.options.length, q.id);
      for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) {
        assert.ok(q.text[lang].length > 0, `${q.id} ${lang}`);
        assert.equal(
          new Set(q.options.map((o) => o[lang])).size,
          q.options.length,
          `${q.id} options in ${lang}`,
        );
      }
    }
  });

  test('the schema refuses a bank whose correct option is missing or whose ids repeat', () => {
    const raw = JSON.parse(readFileSync(BANK_PATH, 'utf8')) as { questions: Array<Record<string, unknown>> };
    const [first] = raw.questions;
    assert.ok(first);
    const wrong = QuestionBankSchema.safeParse({ ...raw, questions: [{ ...first, correct: 9 }] });
    assert.equal(wrong.success, false);
    assert.deepEqual(wrong.error?.issues[0]?.path, ['questions', 0, 'correct']);
    const repeated = QuestionBankSchema.safeParse({ ...raw, questions: [first, first] });
    assert.equal(repeated.success, false);
    const untranslated = QuestionBankSchema.safeParse({
      ...raw,
      questions: [{ ...first, text: { en: 'Only English' } }],
    });
    assert.equal(untranslated.success, false);
  });
});
