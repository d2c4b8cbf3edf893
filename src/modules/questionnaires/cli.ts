import type { Command } from 'commander';
import { z } from 'zod';
import {
  cliLang,
  needsDatabase,
  refuseServerOption,
  withData,
  writeJson,
} from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { Questionnaire, QuestionnaireList, QuestionnaireSummary } from './schemas.ts';

const IdSchema = z.object({ id: z.coerce.number().int().positive() });
const KindSchema = z.object({ kind: z.enum(['national', 'stakeholder']).optional() });

function printList(list: readonly QuestionnaireSummary[]): void {
  const lang = cliLang();
  printTable(
    ['id', 'code', 'version', 'kind', 'title', 'sections', 'questions', 'derived from', 'stored'],
    list.map((q) => [
      String(q.id),
      q.code,
      q.version,
      q.kind,
      q.title[lang],
      q.sections,
      q.questions,
      q.derivedFrom === null ? '' : String(q.derivedFrom),
      q.createdAt.slice(0, 10),
    ]),
    [5, 6],
  );
}

/** `hwmo questionnaires list|show|load`. */
export function registerQuestionnaires(program: Command): void {
  const q = program
    .command('questionnaires')
    .description('Versions of the WHO Code reporting questionnaires (national and stakeholder)');

  q.command('list')
    .option('--kind <kind>', 'national or stakeholder')
    .option('--json', 'print JSON')
    .description('The stored questionnaire versions')
    .action(async (raw: Record<string, unknown>) => {
      const query = parseOptions(KindSchema, { kind: raw.kind });
      const r = await withData('this reading', {
        local: async (db, config) => {
          const [{ cliContext }, { listQuestionnaires }] = await Promise.all([
            import('../../platform/cli/context.ts'),
            import('./list-questionnaires.ts'),
          ]);
          return listQuestionnaires(cliContext(db, config), query);
        },
        server: (server) =>
          server.get<QuestionnaireList>('api/questionnaires', query.kind ? { kind: query.kind } : {}),
      });
      if (raw.json === true) return writeJson(r);
      printList(r.questionnaires);
    });

  q.command('show')
    .argument('<id>', 'the version’s number (see `hwmo questionnaires list`)')
    .option('--json', 'print JSON: the whole definition and its changes')
    .description('A questionnaire version: its sections and questions, and what changed from the one before')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdSchema, { id });
      const found = await withData('this reading', {
        local: async (db) => {
          const { getQuestionnaire } = await import('./get-questionnaire.ts');
          return getQuestionnaire(db, params.id);
        },
        server: (server) => server.get<Questionnaire>(`api/questionnaires/${params.id}`),
      });
      if (raw.json === true) return writeJson(found);
      const lang = cliLang();
      printList([found]);
      const { allQuestions } = await import('./domain/walk.ts');
      printTable(
        ['number', 'question', 'type', 'required', 'text'],
        allQuestions(found.definition).map((w) => [
          w.number,
          w.question.id,
          w.question.type,
          w.question.required ? 'yes' : '',
          w.question.text[lang],
        ]),
      );
      if (found.changes.length)
        printTable(
          ['change', 'question', 'previously'],
          found.changes.map((c) => [c.kind, c.question, c.previous ?? '']),
        );
    });

  q.command('load')
    .argument('[folder]', 'a folder of questionnaire files (default: the versions shipped with hwmo)')
    .description(
      'Store the questionnaire versions of a folder not stored yet, each derived from the version before it',
    )
    .action(async (folder: string | undefined) => {
      refuseServerOption();
      const { loadShippedQuestionnaires } = await import('./ensure-shipped.ts');
      const loaded = await withData('this change', {
        local: (db) =>
          folder === undefined ? loadShippedQuestionnaires(db) : loadShippedQuestionnaires(db, folder),
        // A server loads the shipped versions when it starts; another folder is read where the database is.
        server: async () => {
          throw needsDatabase();
        },
      });
      printTable(
        ['file', 'id', 'code', 'version', 'kind'],
        loaded.map((l) => [l.file, String(l.id), l.code, l.version, l.kind]),
      );
    });
}
