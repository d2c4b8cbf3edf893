import type {
  Condition,
  Option,
  PREFILL_SOURCES,
  Question,
  QuestionnaireDefinition,
  Section,
  TableColumn,
} from '../schemas.ts';

/** A question in its place: its section, and its number as the questionnaire shows it ("3.2"). */
export interface PlacedQuestion {
  section: Section;
  question: Question;
  /** Section number (from 1) and question number within it (from 1), joined: "3.2". */
  number: string;
  /** The section's path in the definition ("sections.2") and the question's ("sections.2.questions.1"). */
  path: string;
}

/** Every question of a questionnaire, in order. */
export function allQuestions(def: QuestionnaireDefinition): PlacedQuestion[] {
  const out: PlacedQuestion[] = [];
  def.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      out.push({ section, question, number: `${s + 1}.${q + 1}`, path: `sections.${s}.questions.${q}` });
    });
  });
  return out;
}

/** The question with this id, or undefined. */
export function findQuestion(def: QuestionnaireDefinition, id: string): Question | undefined {
  for (const section of def.sections) for (const q of section.questions) if (q.id === id) return q;
  return undefined;
}

/** A question's number in the questionnaire ("3.2"), or undefined for an id it does not have. */
export function questionNumber(def: QuestionnaireDefinition, id: string): string | undefined {
  for (const [s, section] of def.sections.entries()) {
    const q = section.questions.findIndex((x) => x.id === id);
    if (q >= 0) return `${s + 1}.${q + 1}`;
  }
  return undefined;
}

/** The options of a choice question, or undefined for the other types. */
export function optionsOf(question: Question): readonly Option[] | undefined {
  return question.type === 'single-choice' || question.type === 'multiple-choice'
    ? question.options
    : undefined;
}

/** The fields of a stored row that each pre-fill source gives, which a table's `prefill.columns` maps to columns. */
export const PREFILL_FIELDS: Record<(typeof PREFILL_SOURCES)[number], readonly string[]> = {
  'foreign-trained-stock': ['occupation', 'partner', 'year', 'value'],
  'foreign-trained-inflow': ['occupation', 'partner', 'year', 'value'],
  'foreign-born-stock': ['occupation', 'partner', 'year', 'value'],
  'foreign-born-inflow': ['occupation', 'partner', 'year', 'value'],
  agreements: ['partner', 'type', 'signed', 'cadres', 'provisions'],
};

export const DEFINITION_PROBLEM_CODES = [
  'duplicate-section',
  'duplicate-question',
  'duplicate-option',
  'duplicate-column',
  'condition-unknown',
  'condition-later',
  'condition-type',
  'condition-value',
  'sum-question',
  'sum-column',
  'column-options',
  'prefill-column',
  'prefill-field',
  'range',
  'choices',
  'renamed-unknown',
] as const;
export type DefinitionProblemCode = (typeof DEFINITION_PROBLEM_CODES)[number];

/** What is wrong in a definition beyond its shape, at a path of the definition ("sections.2.questions.0.showIf"). */
export interface DefinitionProblem {
  path: string;
  code: DefinitionProblemCode;
  params: Record<string, string | number>;
}

const YES_NO_PARTLY = ['yes', 'no', 'partly'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a condition's value can never be an answer to the question it names. */
function impossibleValue(question: Question, value: string | number | boolean): boolean {
  switch (question.type) {
    case 'yes-no-partly':
      return !YES_NO_PARTLY.includes(String(value));
    case 'single-choice':
    case 'multiple-choice':
      return typeof value !== 'string' || !question.options.some((o) => o.code === value);
    case 'number':
      return (
        typeof value !== 'number' ||
        (question.integer && !Number.isInteger(value)) ||
        (question.min !== undefined && value < question.min) ||
        (question.max !== undefined && value > question.max)
      );
    case 'text':
      return typeof value !== 'string';
    case 'date':
      return typeof value !== 'string' || !ISO_DATE.test(value);
    default:
      return true;
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function optionProblems(options: readonly Option[] | undefined, path: string): DefinitionProblem[] {
  return duplicates((options ?? []).map((o) => o.code)).map((code) => ({
    path: `${path}.options`,
    code: 'duplicate-option',
    params: { option: code },
  }));
}

function columnProblems(columns: readonly TableColumn[], path: string): DefinitionProblem[] {
  const out: DefinitionProblem[] = duplicates(columns.map((c) => c.id)).map((id) => ({
    path: `${path}.columns`,
    code: 'duplicate-column',
    params: { column: id },
  }));
  columns.forEach((c, i) => {
    const at = `${path}.columns.${i}`;
    if (c.type === 'single-choice' && (c.options?.length ?? 0) < 2)
      out.push({ path: `${at}.options`, code: 'column-options', params: { column: c.id } });
    out.push(...optionProblems(c.options, at));
    if (c.min !== undefined && c.max !== undefined && c.min > c.max)
      out.push({ path: at, code: 'range', params: { min: c.min, max: c.max } });
  });
  return out;
}

function conditionProblems(
  condition: Condition,
  path: string,
  earlier: ReadonlyMap<string, Question>,
  all: ReadonlySet<string>,
): DefinitionProblem[] {
  const target = earlier.get(condition.question);
  if (!target)
    return [
      {
        path: `${path}.question`,
        code: all.has(condition.question) ? 'condition-later' : 'condition-unknown',
        params: { question: condition.question },
      },
    ];
  if (target.type === 'table' || target.type === 'file')
    return [
      {
        path: `${path}.question`,
        code: 'condition-type',
        params: { question: target.id, type: target.type },
      },
    ];
  return condition.in.flatMap((value, i) =>
    impossibleValue(target, value)
      ? [
          {
            path: `${path}.in.${i}`,
            code: 'condition-value' as const,
            params: { question: target.id, type: target.type, value: JSON.stringify(value) },
          },
        ]
      : [],
  );
}

function questionProblems(
  question: Question,
  path: string,
  byId: ReadonlyMap<string, Question>,
): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  switch (question.type) {
    case 'single-choice':
      out.push(...optionProblems(question.options, path));
      break;
    case 'multiple-choice':
      out.push(...optionProblems(question.options, path));
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        out.push({ path, code: 'range', params: { min: question.min, max: question.max } });
      if ((question.min ?? 0) > question.options.length || (question.max ?? 0) > question.options.length)
        out.push({
          path,
          code: 'choices',
          params: { options: question.options.length, min: question.min ?? 0, max: question.max ?? 0 },
        });
      break;
    case 'number':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        out.push({ path, code: 'range', params: { min: question.min, max: question.max } });
      break;
    case 'date':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        out.push({ path, code: 'range', params: { min: question.min, max: question.max } });
      break;
    case 'table': {
      out.push(...columnProblems(question.columns, path));
      if (question.minRows > question.maxRows)
        out.push({ path, code: 'range', params: { min: question.minRows, max: question.maxRows } });
      const columns = new Map(question.columns.map((c) => [c.id, c]));
      question.sums.forEach((sum, i) => {
        const at = `${path}.sums.${i}`;
        if (columns.get(sum.column)?.type !== 'number')
          out.push({ path: `${at}.column`, code: 'sum-column', params: { column: sum.column } });
        if (byId.get(sum.equals)?.type !== 'number')
          out.push({ path: `${at}.equals`, code: 'sum-question', params: { question: sum.equals } });
      });
      if (question.prefill) {
        const fields = PREFILL_FIELDS[question.prefill.source];
        for (const [field, column] of Object.entries(question.prefill.columns)) {
          const at = `${path}.prefill.columns.${field}`;
          if (!fields.includes(field))
            out.push({
              path: at,
              code: 'prefill-field',
              params: { field, source: question.prefill.source, fields: fields.join(', ') },
            });
          if (!columns.has(column)) out.push({ path: at, code: 'prefill-column', params: { column } });
        }
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/**
 * What is wrong in a definition that its schema cannot see: ids used twice, conditions naming a question that is
 * not asked before or a value it cannot take, sums on a column or question that is not a number, duplicate option
 * codes, pre-fill mapped to missing columns, contradictory ranges.
 */
export function definitionProblems(def: QuestionnaireDefinition): DefinitionProblem[] {
  const out: DefinitionProblem[] = [];
  for (const id of duplicates(def.sections.map((s) => s.id)))
    out.push({ path: 'sections', code: 'duplicate-section', params: { section: id } });
  const placed = allQuestions(def);
  for (const id of duplicates(placed.map((p) => p.question.id)))
    out.push({ path: 'sections', code: 'duplicate-question', params: { question: id } });
  const byId = new Map(placed.map((p) => [p.question.id, p.question]));
  const all = new Set(byId.keys());
  const earlier = new Map<string, Question>();
  for (const { question, path } of placed) {
    if (question.showIf) out.push(...conditionProblems(question.showIf, `${path}.showIf`, earlier, all));
    out.push(...questionProblems(question, path, byId));
    earlier.set(question.id, question);
  }
  for (const id of Object.keys(def.renamed))
    if (!all.has(id)) out.push({ path: `renamed.${id}`, code: 'renamed-unknown', params: { question: id } });
  return out;
}

const PROBLEM_WORDS: Record<DefinitionProblemCode, (p: DefinitionProblem['params']) => string> = {
  'duplicate-section': (p) => `section id "${p.section}" is used more than once`,
  'duplicate-question': (p) => `question id "${p.question}" is used more than once`,
  'duplicate-option': (p) => `option code "${p.option}" is used more than once`,
  'duplicate-column': (p) => `column id "${p.column}" is used more than once`,
  'condition-unknown': (p) =>
    `the condition names "${p.question}", which is no question of this questionnaire`,
  'condition-later': (p) => `the condition names "${p.question}", which is not asked before this question`,
  'condition-type': (p) =>
    `the condition names "${p.question}", a ${p.type} question, which no condition can test`,
  'condition-value': (p) => `${p.value} cannot be an answer to "${p.question}" (${p.type})`,
  'sum-question': (p) => `the sum must equal "${p.question}", which is not a number question`,
  'sum-column': (p) => `the sum is of column "${p.column}", which is not a number column of this table`,
  'column-options': (p) => `the single-choice column "${p.column}" needs at least two options`,
  'prefill-column': (p) => `the pre-fill goes into column "${p.column}", which this table does not have`,
  'prefill-field': (p) => `"${p.field}" is not a field of ${p.source} (its fields: ${p.fields})`,
  range: (p) => `the minimum ${p.min} is above the maximum ${p.max}`,
  choices: (p) => `min ${p.min} or max ${p.max} choices exceed the ${p.options} options`,
  'renamed-unknown': (p) => `"${p.question}" is renamed but is no question of this questionnaire`,
};

/** The problems of `definitionProblems`, each as "path: what is wrong" (for files checked in tests and tools). */
export function checkDefinition(def: QuestionnaireDefinition): string[] {
  return definitionProblems(def).map((p) => `${p.path}: ${PROBLEM_WORDS[p.code](p.params)}`);
}
