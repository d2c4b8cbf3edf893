import type { Answer, Answers, Question, QuestionnaireDefinition } from '../schemas.ts';
import { findQuestion } from './walk.ts';

function matches(answer: Answer | undefined, values: ReadonlyArray<string | number | boolean>): boolean {
  if (answer === undefined || answer === null) return false;
  if (Array.isArray(answer)) return answer.some((code) => values.includes(code));
  if (typeof answer === 'object') return false;
  return values.includes(answer);
}

/**
 * Whether a question is asked given the answers: not when its condition does not hold, nor when the question its
 * condition names is itself not asked. An answer to a question not asked is kept, but neither checked nor required.
 */
export function isVisible(def: QuestionnaireDefinition, answers: Answers, id: string): boolean {
  const seen = new Set<string>();
  let question: Question | undefined = findQuestion(def, id);
  while (question?.showIf) {
    if (seen.has(question.id)) return false;
    seen.add(question.id);
    if (!matches(answers[question.showIf.question], question.showIf.in)) return false;
    question = findQuestion(def, question.showIf.question);
  }
  return question !== undefined;
}

/** The ids of the questions asked given the answers, in order. */
export function visibleQuestions(def: QuestionnaireDefinition, answers: Answers): Set<string> {
  const out = new Set<string>();
  for (const section of def.sections)
    for (const q of section.questions) if (isVisible(def, answers, q.id)) out.add(q.id);
  return out;
}
