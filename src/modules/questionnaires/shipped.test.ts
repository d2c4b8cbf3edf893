import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGS, type Lang } from '../../platform/i18n/langs.ts';
import {
  type LocalText,
  type Question,
  type QuestionnaireDefinition,
  QuestionnaireDefinitionSchema,
  type TableColumn,
} from './schemas.ts';

/** The questionnaires hwmo ships, as loaded into `questionnaire` on first start. */
const DIR = fileURLToPath(new URL('../../../data/questionnaires/', import.meta.url));
const WALK = fileURLToPath(new URL('./domain/walk.ts', import.meta.url));

const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function load(name: string): QuestionnaireDefinition {
  return QuestionnaireDefinitionSchema.parse(JSON.parse(readFileSync(DIR + name, 'utf8')));
}

type Other = Exclude<Lang, 'en'>;
const OTHER_LANGS = LANGS.filter((lang): lang is Other => lang !== 'en');

/** Words written the same in English and another language that are that language's own word here. */
const SAME_AS_ENGLISH: Readonly<Record<Other, ReadonlySet<string>>> = {
  ar: new Set(),
  zh: new Set(),
  fr: new Set(),
  ru: new Set(),
  es: new Set(['No']),
};

/** Words of English that French and Spanish never use: a text holding one is English. */
const ENGLISH_ONLY = new Set(
  'the and with from this that which are were been have has for not of to is was by what how does do your'.split(
    ' ',
  ),
);

/** Latin-script names that Arabic, Chinese and Russian texts keep as they are. */
const LATIN_NAMES = /COVID-19/g;

/**
 * Punctuation a language does not write: French puts a narrow no-break space before ? ! ; and : (never an ordinary
 * one, which lets the sign start a line); Chinese and Arabic have their own question mark, comma and semicolon.
 */
const PUNCTUATION: Partial<Record<Lang, RegExp>> = {
  fr: / [?!;:]/,
  zh: /[?!,;:()]/,
  ar: /[?,;]/,
  en: / [?!;:]/,
  es: / [?!;:]/,
  ru: / [?!;:]/,
};

const SCRIPTS: Partial<Record<Lang, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
};

/** Every text of a questionnaire with where it is, for messages. */
function texts(def: QuestionnaireDefinition): Array<{ where: string; text: LocalText }> {
  const out: Array<{ where: string; text: LocalText }> = [{ where: 'title', text: def.title }];
  if (def.intro) out.push({ where: 'intro', text: def.intro });
  for (const section of def.sections) {
    out.push({ where: `section ${section.id}`, text: section.title });
    if (section.intro) out.push({ where: `section ${section.id} intro`, text: section.intro });
    for (const question of section.questions) {
      out.push({ where: question.id, text: question.text });
      if (question.help) out.push({ where: `${question.id} help`, text: question.help });
      if (question.type === 'number' && question.unit)
        out.push({ where: `${question.id} unit`, text: question.unit });
      if (question.type === 'single-choice' || question.type === 'multiple-choice') {
        for (const option of question.options)
          out.push({ where: `${question.id} ${option.code}`, text: option.text });
      }
      if (question.type === 'table') {
        for (const column of question.columns) {
          out.push({ where: `${question.id} ${column.id}`, text: column.text });
          for (const option of column.options ?? []) {
            out.push({ where: `${question.id} ${column.id} ${option.code}`, text: option.text });
          }
        }
      }
    }
  }
  return out;
}

function questionsOf(def: QuestionnaireDefinition): Question[] {
  return def.sections.flatMap((section) => section.questions);
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

/** Whether a condition may name this answer of the question: yes/no/partly, an option, a number in its range. */
function canBe(question: Question, value: unknown): boolean {
  switch (question.type) {
    case 'yes-no-partly':
      return value === 'yes' || value === 'no' || value === 'partly';
    case 'single-choice':
    case 'multiple-choice':
      return question.options.some((option) => option.code === value);
    case 'number':
      return (
        typeof value === 'number' &&
        (question.min === undefined || value >= question.min) &&
        (question.max === undefined || value <= question.max)
      );
    default:
      return false;
  }
}

/**
 * What is wrong with a questionnaire beyond its schema: ids, conditions, checks, options and texts. The web form,
 * the validation of answers and the mapping across versions all rely on these.
 */
function problems(def: QuestionnaireDefinition): string[] {
  const out: string[] = [];
  const questions = questionsOf(def);
  for (const id of duplicates(def.sections.map((section) => section.id))) out.push(`section ${id} twice`);
  for (const id of duplicates(questions.map((question) => question.id))) out.push(`question ${id} twice`);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  for (const question of questions) {
    if (question.showIf) {
      const { question: target, in: values } = question.showIf;
      const earlier = seen.has(target) ? byId.get(target) : undefined;
      if (!earlier) out.push(`${question.id}: shown if ${target}, which is not an earlier question`);
      else {
        for (const value of values) {
          if (!canBe(earlier, value)) {
            out.push(`${question.id}: shown if ${target} is ${JSON.stringify(value)}, which it cannot be`);
          }
        }
      }
    }
    seen.add(question.id);
    if (question.articles.length === 0) out.push(`${question.id}: no article of the Code`);
    if (question.type === 'single-choice' || question.type === 'multiple-choice') {
      for (const code of duplicates(question.options.map((option) => option.code))) {
        out.push(`${question.id}: option ${code} twice`);
      }
    }
    if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
      if (question.min > question.max) out.push(`${question.id}: min above max`);
    }
    if (question.type === 'table') {
      for (const id of duplicates(question.columns.map((column) => column.id))) {
        out.push(`${question.id}: column ${id} twice`);
      }
      for (const column of question.columns) {
        const codes = (column.options ?? []).map((option) => option.code);
        if (column.type === 'single-choice' && codes.length < 2) {
          out.push(`${question.id}: column ${column.id} has fewer than two options`);
        }
        for (const code of duplicates(codes))
          out.push(`${question.id}: column ${column.id} option ${code} twice`);
      }
      for (const sum of question.sums) {
        const column = question.columns.find((c) => c.id === sum.column);
        if (column?.type !== 'number') out.push(`${question.id}: sums ${sum.column}, not a number column`);
        if (byId.get(sum.equals)?.type !== 'number') {
          out.push(`${question.id}: sum must equal ${sum.equals}, not a number question`);
        }
      }
      if (question.prefill) {
        for (const [field, columnId] of Object.entries(question.prefill.columns)) {
          if (!question.columns.some((c) => c.id === columnId)) {
            out.push(`${question.id}: pre-fills ${field} into ${columnId}, not a column`);
          }
        }
      }
    }
  }
  for (const { where, text } of texts(def)) {
    for (const lang of LANGS) {
      const value = text[lang];
      if (value !== value.trim() || value.includes('  ')) out.push(`${where}: ${lang} has stray spaces`);
      const wrong = PUNCTUATION[lang]?.exec(value);
      if (wrong) out.push(`${where}: ${lang} writes "${wrong[0]}"`);
    }
    for (const lang of OTHER_LANGS) {
      const value = text[lang];
      if (value === text.en && !SAME_AS_ENGLISH[lang].has(value))
        out.push(`${where}: ${lang} is the English text`);
      const script = SCRIPTS[lang];
      if (script) {
        if (!script.test(value)) out.push(`${where}: ${lang} is not written in its script`);
        if (/[A-Za-z]/.test(value.replace(LATIN_NAMES, '')))
          out.push(`${where}: ${lang} holds Latin letters`);
      } else {
        const english = value
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter((word) => ENGLISH_ONLY.has(word));
        if (english.length > 0) out.push(`${where}: ${lang} holds English words (${english.join(', ')})`);
      }
    }
  }
  return out;
}

function articleCoverage(def: QuestionnaireDefinition): Set<string> {
  return new Set(
    questionsOf(def).flatMap((question) => question.articles.map((article) => article.replace(/\..*$/, ''))),
  );
}

function table(def: QuestionnaireDefinition, id: string): Extract<Question, { type: 'table' }> {
  const question = questionsOf(def).find((q) => q.id === id);
  assert.ok(question, `${id} exists`);
  assert.equal(question.type, 'table', `${id} is a table`);
  return question;
}

function columnShape(columns: readonly TableColumn[]) {
  return columns.map((column) => ({ id: column.id, type: column.type }));
}

const FIGURE_TABLES = [
  ['data.foreign-trained-stock', 'foreign-trained-stock'],
  ['data.foreign-trained-inflow', 'foreign-trained-inflow'],
  ['data.foreign-born-stock', 'foreign-born-stock'],
  ['data.foreign-born-inflow', 'foreign-born-inflow'],
] as const;

/** The Code's name as WHO writes it in each language (in Russian the part that does not decline). */
const CODE_NAME: Record<Lang, string> = {
  en: 'WHO Global Code of Practice on the International Recruitment of Health Personnel',
  fr: 'Code de pratique mondial de l’OMS pour le recrutement international des personnels de santé',
  es: 'Código de prácticas mundial de la OMS sobre contratación internacional de personal de salud',
  ru: 'ВОЗ по практике международного найма персонала здравоохранения',
  zh: '《世卫组织全球卫生人员国际招聘行为守则》',
  ar: 'مدونة الممارسات العالمية لمنظمة الصحة العالمية بشأن توظيف العاملين الصحيين على المستوى الدولي',
};

describe('shipped questionnaires', () => {
  test('are there: one national instrument and one stakeholder questionnaire, each named code-version.json', () => {
    assert.ok(FILES.length >= 2, FILES.join(', '));
    const defs = FILES.map((name) => ({ name, def: load(name) }));
    for (const { name, def } of defs) assert.equal(name, `${def.code}-${def.version}.json`);
    assert.ok(defs.some(({ def }) => def.kind === 'national' && def.code === 'nri'));
    assert.ok(defs.some(({ def }) => def.kind === 'stakeholder' && def.code === 'stakeholder'));
  });

  for (const name of FILES) {
    describe(name, () => {
      test('parses with the questionnaire schema', () => {
        const result = QuestionnaireDefinitionSchema.safeParse(JSON.parse(readFileSync(DIR + name, 'utf8')));
        assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
      });

      test('has unique ids, conditions on earlier questions with possible values, sound checks and real translations', () => {
        assert.deepEqual(problems(load(name)), []);
      });

      test('passes the module’s own definition check', async (t) => {
        if (!existsSync(WALK)) return t.skip('domain/walk.ts is not there');
        const walk: Record<string, unknown> = await import(pathToFileURL(WALK).href);
        const check = walk.checkDefinition;
        if (typeof check !== 'function') return t.skip('domain/walk.ts has no checkDefinition');
        const result: unknown = check(load(name));
        if (Array.isArray(result)) assert.deepEqual(result, []);
      });

      test('names the Code as WHO does in each language', () => {
        const def = load(name);
        for (const lang of LANGS)
          assert.ok(def.title[lang].includes(CODE_NAME[lang]), `${lang}: ${def.title[lang]}`);
      });
    });
  }

  describe('nri-2027.json', () => {
    const def = load('nri-2027.json');
    const questions = questionsOf(def);

    test('is the national instrument of the 2027 round, with 35 to 50 questions, some of them required', () => {
      assert.deepEqual([def.code, def.version, def.kind], ['nri', '2027', 'national']);
      assert.ok(questions.length >= 35 && questions.length <= 50, `${questions.length} questions`);
      const required = questions.filter((q) => q.required).length;
      assert.ok(required > 0 && required < questions.length, `${required} required`);
    });

    test('covers articles 3 to 10 of the Code', () => {
      const covered = articleCoverage(def);
      for (const article of ['3', '4', '5', '6', '7', '8', '9', '10']) {
        assert.ok(covered.has(article), `article ${article}`);
      }
    });

    test('uses every type of question', () => {
      const types = new Set(questions.map((q) => q.type));
      for (const type of [
        'yes-no-partly',
        'single-choice',
        'multiple-choice',
        'number',
        'text',
        'date',
        'file',
        'table',
      ]) {
        assert.ok(types.has(type as Question['type']), type);
      }
    });

    test('asks for the designated national authority, its organization, contact and date once designated', () => {
      const designated = questions.find((q) => q.id === 'authority.designated');
      assert.equal(designated?.type, 'single-choice');
      assert.equal(designated.required, true);
      for (const [id, type] of [
        ['authority.organization', 'text'],
        ['authority.contact', 'text'],
        ['authority.date', 'date'],
      ] as const) {
        const question = questions.find((q) => q.id === id);
        assert.equal(question?.type, type, id);
        assert.deepEqual(question.showIf, { question: 'authority.designated', in: ['yes'] }, id);
      }
    });

    for (const [id, source] of FIGURE_TABLES) {
      test(`${id} is a figure table of occupation × country × year, pre-filled from ${source}`, () => {
        const figures = table(def, id);
        assert.deepEqual(columnShape(figures.columns), [
          { id: 'occupation', type: 'occupation' },
          { id: 'country', type: 'area' },
          { id: 'year', type: 'number' },
          { id: 'count', type: 'number' },
        ]);
        const byId = new Map(figures.columns.map((column) => [column.id, column]));
        assert.equal(byId.get('year')?.integer, true);
        assert.equal(byId.get('count')?.integer, true);
        assert.equal(byId.get('count')?.min, 0);
        assert.deepEqual(figures.prefill, {
          source,
          columns: { occupation: 'occupation', partner: 'country', year: 'year', value: 'count' },
        });
        assert.ok(figures.articles.includes('6'));
      });
    }

    test('the stock of foreign-trained personnel must add up to the total stated', () => {
      const stock = table(def, 'data.foreign-trained-stock');
      assert.deepEqual(stock.sums, [
        { column: 'count', equals: 'data.foreign-trained-stock-total', tolerance: 0 },
      ]);
      const total = questions.find((q) => q.id === 'data.foreign-trained-stock-total');
      assert.equal(total?.type, 'number');
      assert.equal(total.integer, true);
      assert.equal(total.min, 0);
      assert.ok(
        questions.some((q) => q.type === 'file' && q.articles.includes('6')),
        'a data source to attach',
      );
    });

    test('lists agreements by partner, type, date, cadres and provisions, when the country has any', () => {
      const agreements = table(def, 'agreements.list');
      assert.deepEqual(columnShape(agreements.columns), [
        { id: 'partner', type: 'area' },
        { id: 'type', type: 'single-choice' },
        { id: 'signed', type: 'date' },
        { id: 'cadres', type: 'text' },
        { id: 'provisions', type: 'text' },
      ]);
      assert.deepEqual(
        agreements.columns.find((column) => column.id === 'type')?.options?.map((option) => option.code),
        ['bilateral', 'regional', 'multilateral', 'memorandum-of-understanding', 'other'],
      );
      assert.deepEqual(agreements.prefill, {
        source: 'agreements',
        columns: { partner: 'partner', type: 'type', signed: 'signed' },
      });
      assert.deepEqual(agreements.showIf, { question: 'agreements.any', in: ['yes'] });
      const count = questions.find((q) => q.id === 'agreements.count');
      assert.equal(count?.type, 'number');
      assert.equal(count.integer, true);
      assert.equal(count.min, 0);
    });

    test('words the list, the authority and nursing personnel in WHO’s terms', () => {
      const all = texts(def);
      const has = (lang: Lang, words: string) =>
        all.some(({ text }) => text[lang].toLocaleLowerCase(lang).includes(words.toLocaleLowerCase(lang)));
      const terms: Record<Lang, string[]> = {
        en: [
          'WHO health workforce support and safeguards list',
          'designated national authority',
          'nursing personnel',
        ],
        fr: ['autorité nationale désignée', 'personnel infirmier'],
        es: ['autoridad nacional designada', 'personal de enfermería'],
        ru: ['назначенный национальный орган', 'сестринский персонал'],
        zh: ['指定国家主管部门', '护理人员'],
        ar: ['السلطة الوطنية المعيّنة', 'موظفو التمريض'],
      };
      for (const lang of LANGS)
        for (const words of terms[lang]) assert.ok(has(lang, words), `${lang}: ${words}`);
    });
  });

  describe('stakeholder-2027.json', () => {
    const def = load('stakeholder-2027.json');
    const questions = questionsOf(def);

    test('is the independent stakeholder questionnaire of the 2027 round, with 12 to 20 questions', () => {
      assert.deepEqual([def.code, def.version, def.kind], ['stakeholder', '2027', 'stakeholder']);
      assert.ok(questions.length >= 12 && questions.length <= 20, `${questions.length} questions`);
    });

    test('asks about the organization, its view, practices, equal treatment, its actions and recommendations', () => {
      const sections = def.sections.map((section) => section.id);
      assert.deepEqual(sections, [
        'organization',
        'implementation',
        'practices',
        'equal-treatment',
        'actions',
        'recommendations',
      ]);
      assert.equal(questions.find((q) => q.id === 'organization.type')?.type, 'single-choice');
      assert.deepEqual(columnShape(table(def, 'organization.countries').columns), [
        { id: 'country', type: 'area' },
      ]);
      const covered = articleCoverage(def);
      for (const article of ['3', '4', '8', '9']) assert.ok(covered.has(article), `article ${article}`);
    });
  });

  describe('the checks find what they look for', () => {
    const base = load('nri-2027.json');
    const copy = (): QuestionnaireDefinition => structuredClone(base);
    const find = (def: QuestionnaireDefinition, id: string) => {
      const question = questionsOf(def).find((q) => q.id === id);
      assert.ok(question);
      return question;
    };

    test('a question id used twice', () => {
      const def = copy();
      find(def, 'authority.contact').id = 'authority.organization';
      assert.ok(problems(def).includes('question authority.organization twice'));
    });

    test('a condition on a later question, or on a value the question cannot have', () => {
      const def = copy();
      find(def, 'authority.organization').showIf = { question: 'lessons.comments', in: ['yes'] };
      find(def, 'authority.contact').showIf = { question: 'authority.designated', in: ['partly'] };
      const found = problems(def);
      assert.ok(found.some((p) => p.startsWith('authority.organization: shown if lessons.comments')));
      assert.ok(
        found.includes('authority.contact: shown if authority.designated is "partly", which it cannot be'),
      );
    });

    test('a sum that names a text question or a text column', () => {
      const def = copy();
      const stock = find(def, 'data.foreign-trained-stock');
      assert.equal(stock.type, 'table');
      stock.sums = [{ column: 'country', equals: 'lessons.comments', tolerance: 0 }];
      const found = problems(def);
      assert.ok(found.includes('data.foreign-trained-stock: sums country, not a number column'));
      assert.ok(
        found.includes('data.foreign-trained-stock: sum must equal lessons.comments, not a number question'),
      );
    });

    test('an option code used twice', () => {
      const def = copy();
      const question = find(def, 'workforce.measures');
      assert.equal(question.type, 'multiple-choice');
      const first = question.options[0];
      assert.ok(first);
      question.options.push(first);
      assert.ok(problems(def).includes(`workforce.measures: option ${first.code} twice`));
    });

    test('a text left in English, or in the wrong script', () => {
      const def = copy();
      const question = find(def, 'lessons.comments');
      question.text = { ...question.text, fr: question.text.en, ru: 'Comments' };
      const found = problems(def);
      assert.ok(found.includes('lessons.comments: fr is the English text'));
      assert.ok(found.includes('lessons.comments: ru is not written in its script'));
      question.text = { ...question.text, fr: 'Observations on the rapport' };
      assert.ok(problems(def).some((p) => p.startsWith('lessons.comments: fr holds English words (the)')));
    });

    test('punctuation a language does not write', () => {
      const def = copy();
      const question = find(def, 'authority.designated');
      question.text = {
        ...question.text,
        fr: 'Votre pays a-t-il désigné une autorité ?',
        zh: '贵国是否已指定?',
      };
      const found = problems(def);
      assert.ok(found.includes('authority.designated: fr writes " ?"'));
      assert.ok(found.includes('authority.designated: zh writes "?"'));
    });
  });
});
