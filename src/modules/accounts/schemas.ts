import { z } from 'zod';
import { AREA_ROLES, ROLES } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { LANGS } from '../../platform/i18n/langs.ts';

/** Permissions a personal API token may carry (a subset of what its owner holds). */
export const TOKEN_PERMISSIONS = [
  'data.import',
  'data.rollback',
  'reference.edit',
  'flows.store',
  'safeguards.load',
  'approval.submit',
  'approval.decide',
  'audit.read',
  'reporting.manage',
  'reporting.review',
  'reporting.report',
  'reporting.stakeholder',
  'recruitment.configure',
  'recruiters.review',
  'agreements.manage',
  'wisn.manage',
  'planning.save',
  'users.manage',
  'account.self',
] as const satisfies readonly Permission[];

/** Where the web app opens the links hwmo sends; the token follows as ?token=…. */
export const LINK_PATHS = {
  setup: '/setup',
  invitation: '/invitation',
  password_reset: '/reset-password',
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('an e-mail address'))
  .describe('E-mail address; compared without regard to case.');
const personName = z.string().trim().min(1, 'a name').max(200).describe('Name shown to others.');
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH)
  .describe(`At least ${PASSWORD_MIN_LENGTH} characters, not the e-mail address.`);
const oneTimeToken = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'a link token')
  .describe('The token of the link (the part after token=).');
const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
  .describe('Area ISO3 code.');
const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time.');

export const RoleSchema = z
  .enum(ROLES)
  .describe('Role; national_authority, data_manager and data_approver are bound to one area.');
export type RoleName = z.infer<typeof RoleSchema>;
export const TokenPermissionSchema = z.enum(TOKEN_PERMISSIONS);

/** A role with its area: required exactly for the area-bound roles. */
export const GrantSchema = z
  .object({
    role: RoleSchema,
    area: iso3.nullable().optional().describe('ISO3 of the area, for an area-bound role only.'),
  })
  .superRefine((g, ctx) => {
    const areaRole = (AREA_ROLES as readonly string[]).includes(g.role);
    if (areaRole && !g.area) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: `the role ${g.role} needs an area` });
    }
    if (!areaRole && g.area) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: `the role ${g.role} is not bound to an area` });
    }
  })
  .transform((g) => ({ role: g.role, area: g.area ?? null }));
export type GrantInput = z.input<typeof GrantSchema>;
export type GrantOut = z.output<typeof GrantSchema>;

export const GrantViewSchema = z.object({ role: RoleSchema, area: z.string().nullable() });
export type GrantView = z.infer<typeof GrantViewSchema>;

export const IdParamSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const TokenParamSchema = z.object({ token: oneTimeToken });

/** One of the six official languages of WHO. */
export const LangSchema = z.enum(LANGS).describe('Language: ar, zh, en, fr, ru or es.');

// --- Session ---------------------------------------------------------------------------------------------------

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  createdAt: timestamp,
  grants: z.array(GrantViewSchema),
  // Always sent; optional in the type so that clients written before it still type-check.
  lang: LangSchema.nullable()
    .optional()
    .describe(
      'The language the user chose for the interface, messages and mail; null: the language of each request.',
    ),
});
export type User = z.infer<typeof UserSchema>;

export const SessionStateSchema = z.object({
  actor: z.enum(['public', 'user', 'operator']),
  user: UserSchema.nullable().describe('The signed-in user; null for the public or the operator.'),
  csrfToken: z
    .string()
    .nullable()
    .describe('Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.'),
  permissions: z.array(TokenPermissionSchema).describe('Permissions held for at least one area.'),
  expiresAt: timestamp
    .nullable()
    .describe('When the session ends at the latest, if not used before its idle end.'),
  setupRequired: z
    .boolean()
    .describe('true while no administrator exists: open the setup link printed by the server.'),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const SignInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const SetupSchema = z.object({ token: oneTimeToken, email, name: personName, password });
export type Setup = z.infer<typeof SetupSchema>;

export const SetupLinkSchema = z.object({
  link: z.string().describe('Opens the page that creates the first administrator; works once.'),
  expiresAt: timestamp,
});
export type SetupLink = z.infer<typeof SetupLinkSchema>;

// --- Invitations -----------------------------------------------------------------------------------------------

export const InvitationPreviewSchema = z.object({
  email: z.string(),
  role: RoleSchema,
  area: z.string().nullable(),
  areaName: z.string().nullable(),
  invitedBy: z.string().describe('Name of the person who sent the invitation.'),
  expiresAt: timestamp,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationSchema = z.object({ token: oneTimeToken, name: personName, password });
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;

export const CreateInvitationSchema = z
  .object({
    email,
    role: RoleSchema,
    area: iso3.nullable().optional().describe('ISO3 of the area, for an area-bound role only.'),
    lang: LangSchema.optional().describe(
      'The language of the invitation mail; by default the language of the request that sends it.',
    ),
  })
  .superRefine((g, ctx) => {
    const areaRole = (AREA_ROLES as readonly string[]).includes(g.role);
    if (areaRole && !g.area) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: `the role ${g.role} needs an area` });
    }
    if (!areaRole && g.area) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: `the role ${g.role} is not bound to an area` });
    }
  });
export type CreateInvitation = z.input<typeof CreateInvitationSchema>;

export const InvitationSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  role: RoleSchema,
  area: z.string().nullable(),
  invitedBy: z.string().nullable(),
  createdAt: timestamp,
  expiresAt: timestamp,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ invitations: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

export const InvitationCreatedSchema = z.object({
  invitation: InvitationSchema,
  link: z.string().describe('The invitation link, shown once; it was also sent (or put in the outbox).'),
  delivery: z.enum(['smtp', 'outbox']),
});
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

// --- Password reset --------------------------------------------------------------------------------------------

export const PasswordResetRequestSchema = z.object({ email: z.string().trim().min(1).max(254) });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;
export const AcceptedSchema = z.object({
  accepted: z.literal(true),
  message: z.string().describe('Said whether or not the account exists.'),
});
export type Accepted = z.infer<typeof AcceptedSchema>;

export const PasswordResetConfirmSchema = z.object({ token: oneTimeToken, password });
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirmSchema>;

// --- Own account -----------------------------------------------------------------------------------------------

export const AccountUpdateSchema = z
  .object({
    name: personName.optional(),
    lang: LangSchema.nullable()
      .optional()
      .describe('The language for the interface, messages and mail; null to follow each request’s language.'),
  })
  .strict();
export type AccountUpdate = z.infer<typeof AccountUpdateSchema>;

export const PasswordChangeSchema = z.object({
  current: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  new: password,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export const SessionInfoSchema = z.object({
  id: z.number().int(),
  current: z.boolean(),
  createdAt: timestamp,
  lastSeenAt: timestamp,
  expiresAt: timestamp,
  userAgent: z.string().nullable(),
  address: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
export const SessionListSchema = z.object({ sessions: z.array(SessionInfoSchema) });
export type SessionList = z.infer<typeof SessionListSchema>;

export const RevokedSchema = z.object({ revoked: z.number().int().describe('How many were revoked.') });
export type Revoked = z.infer<typeof RevokedSchema>;

// --- Personal API tokens ---------------------------------------------------------------------------------------

export const ApiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it.'),
  scopes: z.array(TokenPermissionSchema),
  createdAt: timestamp,
  expiresAt: timestamp.nullable(),
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenSchema) });
export type ApiTokenList = z.infer<typeof ApiTokenListSchema>;

export const CreateApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'a name').max(100),
  scopes: z.array(TokenPermissionSchema).min(1, 'at least one permission').max(TOKEN_PERMISSIONS.length),
  expiresAt: timestamp.nullable().optional().describe('Leave out or null for a token that does not expire.'),
});
export type CreateApiToken = z.input<typeof CreateApiTokenSchema>;

export const ApiTokenCreatedSchema = z.object({
  token: ApiTokenSchema,
  secret: z.string().describe('The token (hwmo_…), shown this once; send it as Authorization: Bearer.'),
});
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;

// --- Administration --------------------------------------------------------------------------------------------

export const UserListSchema = z.object({ users: z.array(UserSchema) });
export type UserList = z.infer<typeof UserListSchema>;

export const UserUpdateSchema = z
  .object({ name: personName.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((u) => u.name !== undefined || u.disabled !== undefined, 'name or disabled');
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const GrantsUpdateSchema = z.object({ grants: z.array(GrantSchema).max(50) });
export type GrantsUpdate = z.input<typeof GrantsUpdateSchema>;

export const OutboxMessageSchema = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.enum(['invitation', 'password_reset', 'notice']),
  createdAt: timestamp,
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxSchema = z.object({ messages: z.array(OutboxMessageSchema) });
export type Outbox = z.infer<typeof OutboxSchema>;
