import type { Command } from 'commander';
import { withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import {
  AppealDecisionBodySchema,
  type Complaint,
  ComplaintActionBodySchema,
  IdParamSchema,
  type Organisation,
  type OrganisationList,
  OrganisationListQuerySchema,
  type Queue,
  type Register,
  RegisterParamSchema,
  RegisterSettingsBodySchema,
  ReinstateBodySchema,
  ReviewBodySchema,
} from './schemas.ts';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

function printOrganisations(orgs: readonly Organisation[]): void {
  printTable(
    ['id', 'register', 'name', 'legal entity', 'kind', 'status', 'since', 're-confirmation'],
    orgs.map((o) => [
      String(o.id),
      o.register,
      o.name,
      o.legalEntity,
      o.kind,
      o.status.replace('_', ' '),
      day(o.statusAt),
      o.reconfirmation.state === 'not_applicable'
        ? ''
        : `${o.reconfirmation.state.replace('_', ' ')} ${day(o.reconfirmation.dueAt)}`,
    ]),
    [0],
  );
}

function printOrganisation(o: Organisation): void {
  printOrganisations([o]);
  process.stdout.write('\n');
  printTable(
    ['date', 'step', 'from', 'to', 'note'],
    o.history.map((h) => [
      day(h.at),
      h.step.replace('_', ' '),
      h.statusBefore ?? '',
      h.statusAfter,
      h.note ?? '',
    ]),
  );
  if (o.details?.complaints.length) {
    process.stdout.write('\n');
    printTable(
      ['complaint', 'filed', 'status', 'appeal'],
      o.details.complaints.map((c) => [c.reference, day(c.filedAt), c.status, c.appeal?.status ?? '']),
    );
  }
}

function printComplaints(complaints: readonly Complaint[]): void {
  printTable(
    ['id', 'reference', 'organisation', 'filed', 'by', 'status', 'since', 'appeal'],
    complaints.map((c) => [
      String(c.id),
      c.reference,
      c.organisationName,
      day(c.filedAt),
      c.complainantKind.replace('_', ' '),
      c.status.replace(/_/g, ' '),
      day(c.statusAt),
      c.appeal ? `${c.appeal.id} ${c.appeal.status}` : '',
    ]),
    [0],
  );
}

function printRegister(r: Register): void {
  printTable(
    ['register', 'questions', 'pass mark', 'attempts', 'wait (months)', 're-confirm (months)', 'bank'],
    [
      [
        r.destination,
        String(r.questionsPerTest),
        String(r.passMark),
        String(r.attempts),
        String(r.waitMonths),
        String(r.reconfirmMonths),
        String(r.bankSize),
      ],
    ],
    [1, 2, 3, 4, 5, 6],
  );
}

const int = (v: unknown) => (typeof v === 'string' ? Number(v) : undefined);

export function registerRecruiters(program: Command): void {
  const recruiters = program
    .command('recruiters')
    .description(
      "The recruiters' register: list, show, the reviewers' queue, applications, complaints, appeals and settings",
    );

  recruiters
    .command('list')
    .argument('[register]', "the destination's ISO3 code")
    .option('--status <status>', 'listed, warned, suspended or removed')
    .option('--search <words>', 'words of the name or legal entity')
    .option('--json', 'print JSON')
    .description('List the organisations on the public register, with their status')
    .action(async (register: string | undefined, raw: Record<string, unknown>) => {
      const query = parseOptions(OrganisationListQuerySchema, {
        ...(register ? { register } : {}),
        ...(typeof raw.status === 'string' ? { status: raw.status } : {}),
        ...(typeof raw.search === 'string' ? { q: raw.search } : {}),
      });
      const list = await withData('this listing', {
        local: async (db) => {
          const [{ operatorContext }, { listPublicOrganisations }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./list-organisations.ts'),
          ]);
          return listPublicOrganisations(operatorContext(db), query);
        },
        server: (server) =>
          server.get<OrganisationList>('api/recruiters/organisations', {
            register: query.register,
            status: query.status,
            q: query.q,
          }),
      });
      if (raw.json === true) return writeJson(list);
      printOrganisations(list.organisations);
    });

  recruiters
    .command('show')
    .argument('<id>', 'organisation id')
    .option('--json', 'print JSON')
    .description('Show one organisation: its status, dated history and complaints')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdParamSchema, { id });
      const org = await withData('this reading', {
        local: async (db) => {
          const [{ operatorContext }, { getOrganisation }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./get-organisation.ts'),
          ]);
          return getOrganisation(operatorContext(db), params.id);
        },
        server: (server) => server.get<Organisation>(`api/recruiters/organisations/${params.id}`),
      });
      if (raw.json === true) return writeJson(org);
      printOrganisation(org);
    });

  recruiters
    .command('review')
    .argument('<id>', 'organisation id')
    .argument('<decision>', 'list or reject')
    .option('--note <text>', 'written reasons')
    .option('--json', 'print JSON')
    .description('List an organisation that passed the knowledge test, or reject its application')
    .action(async (id: string, decision: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdParamSchema, { id });
      const body = parseOptions(ReviewBodySchema, {
        decision,
        ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
      });
      const org = await withData('this review', {
        local: async (db) => {
          const [{ operatorContext }, { reviewApplication }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./review-application.ts'),
          ]);
          return reviewApplication(operatorContext(db), { organisationId: params.id, ...body });
        },
        server: (server) =>
          server.post<Organisation>(`api/recruiters/organisations/${params.id}/review`, body),
      });
      if (raw.json === true) return writeJson(org);
      printOrganisation(org);
    });

  recruiters
    .command('settings')
    .argument('<register>', "the destination's ISO3 code")
    .option('--questions <n>', 'questions per test (default 15)')
    .option('--pass-mark <n>', 'correct answers needed to pass (default 13)')
    .option('--attempts <n>', 'failed attempts before the wait (default 3)')
    .option('--wait-months <n>', 'months of the wait after the last failed attempt (default 3)')
    .option('--reconfirm-months <n>', 'months between re-confirmations of compliance (default 12)')
    .option('--json', 'print JSON')
    .description(
      "Open a destination's register, or change its settings; without options, opens it with the defaults",
    )
    .action(async (register: string, raw: Record<string, unknown>) => {
      const params = parseOptions(RegisterParamSchema, { iso3: register });
      const body = parseOptions(
        RegisterSettingsBodySchema,
        Object.fromEntries(
          Object.entries({
            questionsPerTest: int(raw.questions),
            passMark: int(raw.passMark),
            attempts: int(raw.attempts),
            waitMonths: int(raw.waitMonths),
            reconfirmMonths: int(raw.reconfirmMonths),
          }).filter(([, v]) => v !== undefined),
        ),
      );
      const saved = await withData('this change', {
        local: async (db) => {
          const [{ operatorContext }, { saveRegisterSettings }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./save-register.ts'),
          ]);
          return saveRegisterSettings(operatorContext(db), { destination: params.iso3, ...body });
        },
        server: (server) => server.send<Register>('PUT', `api/recruiters/registers/${params.iso3}`, body),
      });
      if (raw.json === true) return writeJson(saved);
      printRegister(saved);
    });

  recruiters
    .command('queue')
    .argument('<register>', "the destination's ISO3 code")
    .option('--json', 'print JSON')
    .description("A register's applications to review, re-confirmations due and complaints")
    .action(async (register: string, raw: Record<string, unknown>) => {
      const params = parseOptions(RegisterParamSchema, { iso3: register });
      const queue = await withData('this reading', {
        local: async (db) => {
          const [{ operatorContext }, { reviewQueue }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./review-queue.ts'),
          ]);
          return reviewQueue(operatorContext(db), params.iso3);
        },
        server: (server) => server.get<Queue>(`api/recruiters/registers/${params.iso3}/queue`),
      });
      if (raw.json === true) return writeJson(queue);
      printRegister(queue.register);
      process.stdout.write('\n');
      printOrganisations([...queue.applications, ...queue.reconfirmations]);
      process.stdout.write('\n');
      printComplaints(queue.complaints);
    });

  recruiters
    .command('complaint')
    .argument('<id>', 'complaint id (see hwmo recruiters queue)')
    .argument('<action>', 'investigate, close_no_action, warning, suspension or removal')
    .option('--note <text>', 'written reasons (needed to decide)')
    .option('--json', 'print JSON')
    .description('Open the investigation of a complaint, then decide it')
    .action(async (id: string, action: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdParamSchema, { id });
      const body = parseOptions(ComplaintActionBodySchema, {
        action,
        ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
      });
      const complaint = await withData('this decision', {
        local: async (db) => {
          const [{ operatorContext }, { actOnComplaintCase }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./act-on-complaint.ts'),
          ]);
          return actOnComplaintCase(operatorContext(db), { complaintId: params.id, ...body });
        },
        server: (server) => server.post<Complaint>(`api/recruiters/complaints/${params.id}/actions`, body),
      });
      if (raw.json === true) return writeJson(complaint);
      printComplaints([complaint]);
    });

  recruiters
    .command('appeal')
    .argument('<id>', 'appeal id (see hwmo recruiters queue)')
    .argument('<decision>', 'upheld (the organisation is reinstated) or dismissed (the sanction stands)')
    .requiredOption('--note <text>', 'written reasons')
    .option('--json', 'print JSON')
    .description('Decide an appeal against a sanction, in writing')
    .action(async (id: string, decision: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdParamSchema, { id });
      const body = parseOptions(AppealDecisionBodySchema, { decision, note: raw.note });
      const org = await withData('this decision', {
        local: async (db) => {
          const [{ operatorContext }, { decideAppealCase }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./decide-appeal.ts'),
          ]);
          return decideAppealCase(operatorContext(db), { appealId: params.id, ...body });
        },
        server: (server) => server.post<Organisation>(`api/recruiters/appeals/${params.id}/decide`, body),
      });
      if (raw.json === true) return writeJson(org);
      printOrganisation(org);
    });

  recruiters
    .command('reinstate')
    .argument('<id>', 'organisation id')
    .requiredOption('--note <text>', 'written reasons')
    .option('--json', 'print JSON')
    .description('Lift a warning, suspension or removal with written reasons, without an appeal')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const params = parseOptions(IdParamSchema, { id });
      const body = parseOptions(ReinstateBodySchema, { note: raw.note });
      const org = await withData('this change', {
        local: async (db) => {
          const [{ operatorContext }, { reinstateOrganisation }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./reinstate.ts'),
          ]);
          return reinstateOrganisation(operatorContext(db), { organisationId: params.id, ...body });
        },
        server: (server) =>
          server.post<Organisation>(`api/recruiters/organisations/${params.id}/reinstate`, body),
      });
      if (raw.json === true) return writeJson(org);
      printOrganisation(org);
    });
}
