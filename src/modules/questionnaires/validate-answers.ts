import { OCCUPATIONS } from '../reference/index.ts';
import { type ValidateOptions, validateAnswers as validate } from './domain/validate.ts';
import type { AnswerIssue, Answers, QuestionnaireDefinition } from './schemas.ts';

const OCCUPATION_CODES: ReadonlySet<string> = new Set(
  OCCUPATIONS.filter((o) => o.code !== '_Z').map((o) => o.code),
);

/** `validateAnswers` of the domain, occupation columns checked against the data core's occupations. */
export function validateAnswers(
  def: QuestionnaireDefinition,
  answers: Answers,
  opts: ValidateOptions,
): AnswerIssue[] {
  return validate(def, answers, { occupations: OCCUPATION_CODES, ...opts });
}
