export { registerQuestionnaires } from './cli.ts';
export { deriveQuestionnaire } from './derive-questionnaire.ts';
export { localText } from './domain/text.ts';
export { columnSum, isUnanswered, type ValidateOptions } from './domain/validate.ts';
export { carryAnswers, diffQuestionnaires, mapQuestions } from './domain/versions.ts';
export { isVisible, visibleQuestions } from './domain/visibility.ts';
export {
  allQuestions,
  checkDefinition,
  findQuestion,
  type PlacedQuestion,
  questionNumber,
} from './domain/walk.ts';
export {
  ensureShippedQuestionnaires,
  type LoadedQuestionnaire,
  loadShippedQuestionnaires,
  SHIPPED_DIR,
} from './ensure-shipped.ts';
export { getQuestionnaire } from './get-questionnaire.ts';
export { routes } from './http.ts';
export { listQuestionnaires } from './list-questionnaires.ts';
export { issueText } from './messages.ts';
export { validateAnswers } from './validate-answers.ts';
