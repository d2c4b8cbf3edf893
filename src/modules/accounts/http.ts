import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { problemResponse, toProblem } from '../../platform/http/problem.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { clientAddress, cookieSession, SESSION_COOKIE } from './authenticate.ts';
import { changePassword } from './change-password.ts';
import { completeSetup } from './complete-setup.ts';
import { confirmPasswordReset } from './confirm-password-reset.ts';
import { createApiToken } from './create-api-token.ts';
import { createSetupLink } from './create-setup-link.ts';
import { inviteUser } from './invite-user.ts';
import { listApiTokensView } from './list-api-tokens.ts';
import { listInvitationsView } from './list-invitations.ts';
import { listOutboxView } from './list-outbox.ts';
import { listOwnSessions } from './list-sessions.ts';
import { listUsersView } from './list-users.ts';
import type { ClientInfo } from './open-session.ts';
import { previewInvitation } from './preview-invitation.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { revokeApiTokenById } from './revoke-api-token.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { revokeOtherSessions, revokeUserSessions } from './revoke-sessions.ts';
import {
  AcceptedSchema,
  AcceptInvitationSchema,
  AccountUpdateSchema,
  ApiTokenCreatedSchema,
  ApiTokenListSchema,
  ApiTokenSchema,
  CreateApiTokenSchema,
  CreateInvitationSchema,
  GrantsUpdateSchema,
  IdParamSchema,
  InvitationCreatedSchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  OutboxSchema,
  PasswordChangeSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  RevokedSchema,
  SessionListSchema,
  SessionStateSchema,
  SetupLinkSchema,
  SetupSchema,
  SignInSchema,
  TokenParamSchema,
  UserListSchema,
  UserSchema,
  UserUpdateSchema,
} from './schemas.ts';
import { sessionState } from './session-state.ts';
import { setGrants } from './set-grants.ts';
import { accountSettings } from './settings.ts';
import { type SignedIn, signIn, ThrottledError } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { signedInUser } from './signed-in-user.ts';
import { updateAccount } from './update-account.ts';
import { updateUserById } from './update-user.ts';
import { userView } from './views.ts';

const TAG = 'accounts';

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Where links sent by e-mail point: the origin the request was made to (its Host checked by the platform). */
function baseUrl(c: Context): string {
  const url = new URL(c.req.url);
  return `${secure(c) ? 'https:' : url.protocol}//${url.host}`;
}

export function client(c: Context): ClientInfo {
  return {
    address: clientAddress(c),
    userAgent: c.req.header('user-agent') ?? null,
    presentedSession: getCookie(c, SESSION_COOKIE) ?? null,
  };
}

/** Sets the cookie of a new session and answers the session state, CSRF token included. */
export async function signedInAnswer(ctx: Ctx, c: Context, signed: SignedIn) {
  setCookie(c, SESSION_COOKIE, signed.cookie, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c),
    maxAge: accountSettings().sessionMaxHours * 3600,
  });
  const actor: Actor = {
    kind: 'user',
    userId: signed.user.id,
    email: signed.user.email,
    name: signed.user.name,
    grants: signed.user.grants,
    via: 'session',
    sessionId: signed.session.id,
  };
  return sessionState(ctx.db, actor, { user: signed.user, session: signed.session });
}

/** A refused sign-in answered 429 with Retry-After. */
export function throttled(c: Context, err: ThrottledError, ctx: Ctx): Response {
  const res = problemResponse(toProblem(err, c.req.path, (e) => ctx.log.error('sign-in', e), ctx.lang));
  res.headers.set('Retry-After', String(err.retryAfter));
  return res;
}

const getSession = defineRoute({
  method: 'get',
  path: '/api/session',
  tag: TAG,
  summary: 'Who is signed in, with the CSRF token to send with changes',
  permission: 'public',
  response: SessionStateSchema,
  handler: async (ctx, _input, c) => {
    const found =
      ctx.actor.kind === 'user' && ctx.actor.via === 'session'
        ? await cookieSession(c, ctx.db, ctx.now())
        : null;
    const user = ctx.actor.kind === 'user' ? await signedInUser(ctx.db, ctx.actor) : null;
    return sessionState(ctx.db, ctx.actor, { user, session: found?.session ?? null });
  },
});

const postSession = defineRoute({
  method: 'post',
  path: '/api/session',
  tag: TAG,
  summary: 'Sign in with e-mail address and password',
  description:
    'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.',
  permission: 'public',
  body: SignInSchema,
  response: SessionStateSchema,
  handler: async (ctx, { body }, c) => {
    try {
      return await signedInAnswer(ctx, c, await signIn(ctx, { ...body, client: client(c) }));
    } catch (err) {
      if (err instanceof ThrottledError) return throttled(c, err, ctx);
      throw err;
    }
  },
});

const deleteSession = defineRoute({
  method: 'delete',
  path: '/api/session',
  tag: TAG,
  summary: 'Sign out: end this session',
  permission: 'signed-in',
  response: SessionStateSchema,
  handler: async (ctx, _input, c) => {
    await signOut(ctx);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
    return sessionState(ctx.db, { kind: 'public' }, {});
  },
});

const setup = defineRoute({
  method: 'post',
  path: '/api/setup',
  tag: TAG,
  summary: 'Create the first administrator with the setup link, and sign in',
  permission: 'public',
  body: SetupSchema,
  response: SessionStateSchema,
  status: 201,
  handler: async (ctx, { body }, c) =>
    signedInAnswer(ctx, c, await completeSetup(ctx, { ...body, client: client(c) })),
});

const setupLink = defineRoute({
  method: 'post',
  path: '/api/setup/link',
  tag: TAG,
  summary: 'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)',
  permission: 'users.manage',
  response: SetupLinkSchema,
  status: 201,
  handler: async (ctx, _input, c) => {
    const made = await createSetupLink(ctx, { baseUrl: baseUrl(c) });
    if (!made) throw new Error('createSetupLink answered nothing');
    return made;
  },
});

const getInvitation = defineRoute({
  method: 'get',
  path: '/api/invitations/:token',
  tag: TAG,
  summary: 'What an invitation link is for',
  permission: 'public',
  params: TokenParamSchema,
  response: InvitationPreviewSchema,
  handler: (ctx, { params }) => previewInvitation(ctx, { token: params.token }),
});

const acceptInvitationRoute = defineRoute({
  method: 'post',
  path: '/api/invitations/accept',
  tag: TAG,
  summary: 'Create the account of an invitation, and sign in',
  permission: 'public',
  body: AcceptInvitationSchema,
  response: SessionStateSchema,
  status: 201,
  handler: async (ctx, { body }, c) =>
    signedInAnswer(ctx, c, await acceptInvitation(ctx, { ...body, client: client(c) })),
});

const passwordReset = defineRoute({
  method: 'post',
  path: '/api/password-reset',
  tag: TAG,
  summary: 'Send a link to choose a new password (the answer is the same whether or not the account exists)',
  permission: 'public',
  body: PasswordResetRequestSchema,
  response: AcceptedSchema,
  status: 202,
  handler: (ctx, { body }, c) => requestPasswordReset(ctx, { email: body.email, baseUrl: baseUrl(c) }),
});

const passwordResetConfirm = defineRoute({
  method: 'post',
  path: '/api/password-reset/confirm',
  tag: TAG,
  summary: 'Choose a new password with a reset link; ends every session of the account, and signs in',
  permission: 'public',
  body: PasswordResetConfirmSchema,
  response: SessionStateSchema,
  handler: async (ctx, { body }, c) =>
    signedInAnswer(ctx, c, await confirmPasswordReset(ctx, { ...body, client: client(c) })),
});

const getAccount = defineRoute({
  method: 'get',
  path: '/api/account',
  tag: TAG,
  summary: 'One’s own account',
  permission: 'account.self',
  response: UserSchema,
  handler: async (ctx) => userView(await signedInUser(ctx.db, ctx.actor)),
});

const patchAccount = defineRoute({
  method: 'patch',
  path: '/api/account',
  tag: TAG,
  summary: 'Change one’s own name and preferred language',
  permission: 'account.self',
  body: AccountUpdateSchema,
  response: UserSchema,
  handler: (ctx, { body }) => updateAccount(ctx, body),
});

const postPassword = defineRoute({
  method: 'post',
  path: '/api/account/password',
  tag: TAG,
  summary: 'Change one’s own password; the other sessions end',
  permission: 'account.self',
  body: PasswordChangeSchema,
  response: RevokedSchema,
  handler: (ctx, { body }) => changePassword(ctx, body),
});

const getTokens = defineRoute({
  method: 'get',
  path: '/api/tokens',
  tag: TAG,
  summary: 'One’s personal API tokens',
  permission: 'account.self',
  response: ApiTokenListSchema,
  handler: (ctx) => listApiTokensView(ctx),
});

const postToken = defineRoute({
  method: 'post',
  path: '/api/tokens',
  tag: TAG,
  summary: 'Create a personal API token (shown once)',
  permission: 'account.self',
  body: CreateApiTokenSchema,
  response: ApiTokenCreatedSchema,
  status: 201,
  handler: (ctx, { body }) => createApiToken(ctx, body),
});

const deleteToken = defineRoute({
  method: 'delete',
  path: '/api/tokens/:id',
  tag: TAG,
  summary: 'Revoke one of one’s tokens',
  permission: 'account.self',
  params: IdParamSchema,
  response: ApiTokenSchema,
  handler: (ctx, { params }) => revokeApiTokenById(ctx, { id: params.id }),
});

const getSessions = defineRoute({
  method: 'get',
  path: '/api/account/sessions',
  tag: TAG,
  summary: 'One’s open sessions',
  permission: 'account.self',
  response: SessionListSchema,
  handler: (ctx) => listOwnSessions(ctx),
});

const deleteSessions = defineRoute({
  method: 'delete',
  path: '/api/account/sessions',
  tag: TAG,
  summary: 'End one’s other sessions',
  permission: 'account.self',
  response: RevokedSchema,
  handler: (ctx) => revokeOtherSessions(ctx),
});

const getUsers = defineRoute({
  method: 'get',
  path: '/api/users',
  tag: TAG,
  summary: 'Users with their roles',
  permission: 'users.manage',
  response: UserListSchema,
  handler: (ctx) => listUsersView(ctx),
});

const patchUser = defineRoute({
  method: 'patch',
  path: '/api/users/:id',
  tag: TAG,
  summary: 'Rename, disable or enable a user; disabling ends the user’s sessions and tokens',
  permission: 'users.manage',
  params: IdParamSchema,
  body: UserUpdateSchema,
  response: UserSchema,
  handler: (ctx, { params, body }) => updateUserById(ctx, { ...body, id: params.id }),
});

const putGrants = defineRoute({
  method: 'put',
  path: '/api/users/:id/grants',
  tag: TAG,
  summary: 'Replace the roles of a user',
  permission: 'users.manage',
  params: IdParamSchema,
  body: GrantsUpdateSchema,
  response: UserSchema,
  handler: (ctx, { params, body }) => setGrants(ctx, { id: params.id, grants: body.grants }),
});

const deleteUserSessions = defineRoute({
  method: 'delete',
  path: '/api/users/:id/sessions',
  tag: TAG,
  summary: 'End every session of a user',
  permission: 'users.manage',
  params: IdParamSchema,
  response: RevokedSchema,
  handler: (ctx, { params }) => revokeUserSessions(ctx, { id: params.id }),
});

const postInvitation = defineRoute({
  method: 'post',
  path: '/api/invitations',
  tag: TAG,
  summary: 'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)',
  permission: 'users.manage',
  body: CreateInvitationSchema,
  response: InvitationCreatedSchema,
  status: 201,
  handler: (ctx, { body }, c) => inviteUser(ctx, { ...body, baseUrl: baseUrl(c) }),
});

const getInvitations = defineRoute({
  method: 'get',
  path: '/api/invitations',
  tag: TAG,
  summary: 'Invitations sent, pending or not',
  permission: 'users.manage',
  response: InvitationListSchema,
  handler: (ctx) => listInvitationsView(ctx),
});

const deleteInvitation = defineRoute({
  method: 'delete',
  path: '/api/invitations/:id',
  tag: TAG,
  summary: 'Withdraw a pending invitation',
  permission: 'users.manage',
  params: IdParamSchema,
  response: InvitationSchema,
  handler: (ctx, { params }) => revokeInvitation(ctx, { id: params.id }),
});

const getOutbox = defineRoute({
  method: 'get',
  path: '/api/outbox',
  tag: TAG,
  summary: 'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on',
  permission: 'users.manage',
  response: OutboxSchema,
  handler: (ctx) => listOutboxView(ctx),
});

// The public routes with a literal segment come before those with a parameter in the same place.
export const routes = [
  getSession,
  postSession,
  deleteSession,
  setup,
  setupLink,
  acceptInvitationRoute,
  getInvitations,
  postInvitation,
  getInvitation,
  deleteInvitation,
  passwordReset,
  passwordResetConfirm,
  getAccount,
  patchAccount,
  postPassword,
  getSessions,
  deleteSessions,
  getTokens,
  postToken,
  deleteToken,
  getUsers,
  patchUser,
  putGrants,
  deleteUserSessions,
  getOutbox,
];
