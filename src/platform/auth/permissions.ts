import { AppError } from '../errors.ts';
import { render, type Text, textByLang } from '../i18n/messages.ts';
import { platformText as t } from '../messages.ts';
import { type Actor, AREA_ROLES, type Role } from './actor.ts';

interface Rule {
  /** Roles holding the permission for every area. */
  any: readonly Role[];
  /** Area roles holding it for their own area only. */
  own: readonly Role[];
  /** Held by any signed-in user (their own account). */
  self?: true;
}

const RULES = {
  'data.import': {
    any: ['secretariat', 'admin'],
    own: ['data_manager', 'national_authority'],
  },
  'data.rollback': {
    any: ['secretariat', 'admin'],
    own: ['data_manager', 'national_authority'],
  },
  'reference.edit': {
    any: ['secretariat', 'admin'],
    own: ['data_manager', 'national_authority'],
  },
  'flows.store': {
    any: ['data_manager', 'national_authority', 'secretariat', 'admin'],
    own: [],
  },
  'safeguards.load': { any: ['secretariat', 'admin'], own: [] },
  'approval.submit': {
    any: ['admin'],
    own: ['data_manager', 'national_authority'],
  },
  'approval.decide': {
    any: ['admin'],
    own: ['data_approver', 'national_authority'],
  },
  'recruitment.configure': { any: ['secretariat', 'admin'], own: ['national_authority'] },
  'audit.read': { any: ['secretariat', 'admin'], own: ['national_authority'] },
  'reporting.manage': { any: ['secretariat', 'admin'], own: [] },
  'agreements.manage': { any: ['secretariat', 'admin'], own: ['national_authority'] },
  'wisn.manage': { any: ['secretariat', 'admin'], own: ['national_authority', 'data_manager'] },
  'planning.save': { any: [], own: [], self: true },
  'reporting.review': { any: ['secretariat', 'admin'], own: [] },
  'reporting.report': { any: [], own: ['national_authority'] },
  'reporting.stakeholder': { any: ['stakeholder'], own: [] },
  'recruiters.review': { any: ['secretariat', 'admin'], own: ['national_authority'] },
  'users.manage': { any: ['admin'], own: [] },
  'account.self': { any: [], own: [], self: true },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;
export const PERMISSIONS = Object.keys(RULES) as Permission[];

/** The area a permission is checked for; without it, an area permission held for some area is enough. */
export interface Scope {
  area?: string;
}

/** Whether the permission is held for one area only by the area roles (the use case checks each area it touches). */
export function isAreaPermission(permission: Permission): boolean {
  return (RULES[permission] as Rule).own.length > 0;
}

/** Who holds a permission, for documentation and the permission matrix. */
export function holders(permission: Permission): {
  any: readonly Role[];
  own: readonly Role[];
  self: boolean;
} {
  const rule: Rule = RULES[permission];
  return { any: rule.any, own: rule.own, self: rule.self === true };
}

export function can(actor: Actor, permission: Permission, scope: Scope = {}): boolean {
  if (actor.kind === 'operator') return true;
  if (actor.kind === 'public') return false;
  if (actor.via === 'token' && !(actor.scopes ?? []).includes(permission)) return false;
  const rule: Rule = RULES[permission];
  if (rule.self) return true;
  return actor.grants.some(
    (g) =>
      rule.any.includes(g.role) ||
      (rule.own.includes(g.role) &&
        AREA_ROLES.includes(g.role) &&
        g.area !== null &&
        (scope.area === undefined || g.area === scope.area)),
  );
}

export function assertCan(actor: Actor, permission: Permission, scope: Scope = {}): void {
  if (can(actor, permission, scope)) return;
  const area = scope.area;
  // The permission's words ("import data") inside the sentence, in each language.
  const within = (
    key: 'perm.sign_in' | 'perm.sign_in_area' | 'perm.forbidden' | 'perm.forbidden_area',
  ): Text =>
    textByLang((lang) =>
      render(t(key, { what: render(t(`perm.${permission}`), lang), area: area ?? '' }), lang),
    );
  if (actor.kind === 'public') {
    throw new AppError('unauthenticated', within(area === undefined ? 'perm.sign_in' : 'perm.sign_in_area'), {
      detail: t('perm.needs', { permission }),
      hint: t('signin.hint'),
    });
  }
  const tokenShort =
    actor.kind === 'user' && actor.via === 'token' && !(actor.scopes ?? []).includes(permission);
  const who = actor.kind === 'user' ? actor.email : undefined;
  throw new AppError('forbidden', within(area === undefined ? 'perm.forbidden' : 'perm.forbidden_area'), {
    detail: tokenShort
      ? t('perm.token_lacks', { permission })
      : textByLang((lang) =>
          render(
            t(area === undefined ? 'perm.not_held' : 'perm.not_held_area', {
              permission,
              area: area ?? '',
              who: who ?? render(t('perm.this_actor'), lang),
            }),
            lang,
          ),
        ),
    hint: tokenShort ? t('perm.token_hint') : t('perm.role_hint'),
  });
}
