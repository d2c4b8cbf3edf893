import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../platform/errors.ts';
import { textByLang } from '../../platform/i18n/messages.ts';
import { type QuestionBank, QuestionBankSchema } from './schemas.ts';

/** The knowledge test's questions shipped with hwmo. */
export const BANK_PATH = fileURLToPath(
  new URL('../../../data/recruiters/question-bank.json', import.meta.url),
);

let cached: QuestionBank | undefined;

/** The question bank, read and checked once. */
export function questionBank(path = BANK_PATH): QuestionBank {
  if (cached && path === BANK_PATH) return cached;
  const parsed = QuestionBankSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new AppError(
      'invalid_file',
      textByLang(() => path),
      {
        errors: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
      },
    );
  if (path === BANK_PATH) cached = parsed.data;
  return parsed.data;
}

/** The number of questions in the shipped bank. */
export function bankSize(): number {
  return questionBank().questions.length;
}
