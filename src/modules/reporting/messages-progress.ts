export { formatChange, type ProgressWords, progressText, progressWords } from './domain/progress/messages.ts';
