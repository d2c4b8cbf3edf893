import type { Answers, Question, QuestionChange, QuestionnaireDefinition, Section } from '../schemas.ts';

interface Located {
  question: Question;
  section: Section;
}

function index(def: QuestionnaireDefinition): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const section of def.sections)
    for (const question of section.questions) out.set(question.id, { question, section });
  return out;
}

/** The previous version's id of each question of the next one that it carries over, whatever its type. */
function carriedOver(prev: QuestionnaireDefinition, next: QuestionnaireDefinition): Map<string, string> {
  const before = index(prev);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of index(next).keys()) {
    const renamedFrom = next.renamed[id];
    const from =
      renamedFrom !== undefined && before.has(renamedFrom) ? renamedFrom : before.has(id) ? id : undefined;
    if (from === undefined || taken.has(from)) continue;
    taken.add(from);
    out.set(id, from);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What a question's answers are chosen from: its options, or a table's columns with theirs. */
function choices(q: Question): unknown {
  if (q.type === 'single-choice' || q.type === 'multiple-choice') return q.options;
  if (q.type === 'table')
    return q.columns.map((c) => ({ id: c.id, type: c.type, options: c.options ?? null, text: c.text }));
  return null;
}

/**
 * What changed from one version to the next, question by question, in the next version's order (questions removed
 * last): added, removed, renamed (through `next.renamed`), retyped, moved to another section, reworded (its text or
 * help changed in any language) and options changed (a choice's options or a table's columns).
 */
export function diffQuestionnaires(
  prev: QuestionnaireDefinition,
  next: QuestionnaireDefinition,
): QuestionChange[] {
  const before = index(prev);
  const after = index(next);
  const map = carriedOver(prev, next);
  const out: QuestionChange[] = [];
  for (const [id, now] of after) {
    const section = now.section.id;
    const fromId = map.get(id);
    const was = fromId === undefined ? undefined : before.get(fromId);
    if (fromId === undefined || !was) {
      out.push({ kind: 'added', question: id, section });
      continue;
    }
    if (fromId !== id) out.push({ kind: 'renamed', question: id, previous: fromId, section });
    if (was.question.type !== now.question.type) out.push({ kind: 'retyped', question: id, section });
    if (was.section.id !== section) out.push({ kind: 'moved', question: id, section });
    if (!same(was.question.text, now.question.text) || !same(was.question.help, now.question.help))
      out.push({ kind: 'reworded', question: id, section });
    if (was.question.type === now.question.type && !same(choices(was.question), choices(now.question)))
      out.push({ kind: 'options', question: id, section });
  }
  const kept = new Set(map.values());
  for (const [id, was] of before)
    if (!kept.has(id)) out.push({ kind: 'removed', question: id, section: was.section.id });
  return out;
}

/** For each question of `next` carried over from `prev` with the same type: its id in `next` → its id in `prev`. */
export function mapQuestions(
  prev: QuestionnaireDefinition,
  next: QuestionnaireDefinition,
): Map<string, string> {
  const before = index(prev);
  const after = index(next);
  const out = new Map<string, string>();
  for (const [id, from] of carriedOver(prev, next))
    if (before.get(from)?.question.type === after.get(id)?.question.type) out.set(id, from);
  return out;
}

/** Answers given to `prev`, under `next`'s ids; answers to questions removed or retyped are left behind. */
export function carryAnswers(
  prev: QuestionnaireDefinition,
  next: QuestionnaireDefinition,
  answers: Answers,
): Answers {
  const out: Answers = {};
  for (const [id, from] of mapQuestions(prev, next)) {
    const answer = answers[from];
    if (answer !== undefined) out[id] = answer;
  }
  return out;
}

/** Ids `next.renamed` names as previous ones that `prev` does not have. */
export function unknownRenames(
  prev: QuestionnaireDefinition,
  next: QuestionnaireDefinition,
): Array<[string, string]> {
  const before = index(prev);
  return Object.entries(next.renamed).filter(([, from]) => !before.has(from));
}
