import type { Command } from 'commander';
import { z } from 'zod';
import { withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { outputFormat, parseOptions } from '../../platform/cli/validate.ts';
import { type Config, linkBaseUrl } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import {
  CreateInvitationSchema,
  GrantSchema,
  type InvitationCreated,
  type SetupLink,
  type User,
  type UserList,
} from './schemas.ts';

// The use cases are imported when a command runs, never at start-up.
const local = async (db: Database, config: Config) => {
  const [{ operatorContext }, { configureAccounts }] = await Promise.all([
    import('../../platform/context.ts'),
    import('./settings.ts'),
  ]);
  configureAccounts(config);
  return operatorContext(db, { readOnly: config.publicReadonly });
};

const grantText = (u: User) => u.grants.map((g) => (g.area ? `${g.role} (${g.area})` : g.role)).join(', ');

export function registerUsers(program: Command): void {
  const users = program
    .command('users')
    .description('User accounts: list, invite, grant roles, and the setup link of the first administrator');

  users
    .command('list')
    .description('Users with their roles')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: { format?: string }) => {
      const out = outputFormat(raw.format);
      const list = await withData('this request', {
        local: async (db, config) => (await import('./list-users.ts')).listUsersView(await local(db, config)),
        server: (server) => server.get<UserList>('api/users'),
      });
      if (out === 'json') return writeJson(list);
      printTable(
        ['id', 'e-mail', 'name', 'roles', 'disabled'],
        list.users.map((u) => [u.id, u.email, u.name, grantText(u), u.disabled ? 'yes' : '']),
        [0],
      );
    });

  users
    .command('invite <email>')
    .description('Invite someone with one role; prints the link (also sent by e-mail, or put in the outbox)')
    .requiredOption(
      '--role <role>',
      'admin, secretariat, national_authority, data_manager, data_approver, stakeholder',
    )
    .option('--area <iso3>', 'the area of national_authority, data_manager and data_approver')
    .option('--format <format>', 'table or json', 'table')
    .action(async (email: string, raw: { role: string; area?: string; format?: string }) => {
      const out = outputFormat(raw.format);
      const body = parseOptions(CreateInvitationSchema, { email, role: raw.role, area: raw.area });
      const made = await withData('this invitation', {
        local: async (db, config) =>
          (await import('./invite-user.ts')).inviteUser(await local(db, config), {
            ...body,
            baseUrl: linkBaseUrl(config),
          }),
        server: (server) => server.post<InvitationCreated>('api/invitations', body),
      });
      if (out === 'json') return writeJson(made);
      const where = made.delivery === 'smtp' ? 'sent by e-mail' : 'put in the outbox (GET /api/outbox)';
      process.stderr.write(`invited ${made.invitation.email} as ${made.invitation.role}; message ${where}\n`);
      process.stdout.write(`${made.link}\n`);
    });

  users
    .command('grant <email>')
    .description('Give a user a role (or take it away with --revoke)')
    .requiredOption(
      '--role <role>',
      'admin, secretariat, national_authority, data_manager, data_approver, stakeholder',
    )
    .option('--area <iso3>', 'the area of national_authority, data_manager and data_approver')
    .option('--revoke', 'take the role away')
    .action(async (email: string, raw: { role: string; area?: string; revoke?: boolean }) => {
      const grant = parseOptions(GrantSchema, { role: raw.role, area: raw.area });
      const target = z.email().safeParse(email.trim()).success ? email.trim().toLowerCase() : null;
      const pick = (list: UserList) => {
        const user = list.users.find((u) => u.email === target);
        if (!user) throw missingUser(email);
        const others = user.grants.filter((g) => !(g.role === grant.role && g.area === grant.area));
        return { user, grants: raw.revoke ? others : [...others, grant] };
      };
      const updated = await withData('this change of roles', {
        local: async (db, config) => {
          const ctx = await local(db, config);
          const { user, grants } = pick(await (await import('./list-users.ts')).listUsersView(ctx));
          return (await import('./set-grants.ts')).setGrants(ctx, { id: user.id, grants });
        },
        server: async (server) => {
          const { user, grants } = pick(await server.get<UserList>('api/users'));
          return server.send<User>('PUT', `api/users/${user.id}/grants`, { grants });
        },
      });
      process.stdout.write(`${updated.email}: ${grantText(updated) || 'no role'}\n`);
    });

  users
    .command('setup-link')
    .description(
      'A new link to create the first administrator, while there is none (earlier links stop working)',
    )
    .action(async () => {
      const made = await withData('this request', {
        local: async (db, config) =>
          (await import('./create-setup-link.ts')).createSetupLink(await local(db, config), {
            baseUrl: linkBaseUrl(config),
          }),
        server: (server) => server.post<SetupLink>('api/setup/link'),
      });
      if (!made) throw new Error('createSetupLink answered nothing');
      process.stderr.write(`valid until ${made.expiresAt}, once\n`);
      process.stdout.write(`${made.link}\n`);
    });
}

function missingUser(email: string): AppError {
  return new AppError('not_found', text('no_user', { id: email }), {
    hint: text('users_cli_hint'),
  });
}
