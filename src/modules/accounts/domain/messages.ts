import type { Lang } from '../../../platform/context.ts';

export interface MessageText {
  subject: string;
  text: string;
}

const hours = (ms: number) => Math.round(ms / 3_600_000);

export function invitationMessage(
  lang: Lang,
  m: { inviter: string; role: string; area: string | null; link: string; lifetimeMs: number },
): MessageText {
  const days = Math.round(hours(m.lifetimeMs) / 24);
  if (lang === 'fr') {
    return {
      subject: 'Invitation à l’Observatoire des migrations des personnels de santé (hwmo)',
      text: [
        `${m.inviter} vous invite à rejoindre hwmo avec le rôle ${m.role}${m.area ? ` pour ${m.area}` : ''}.`,
        '',
        `Pour créer votre compte, ouvrez ce lien dans les ${days} jours (il ne sert qu’une fois) :`,
        m.link,
        '',
        'Si vous n’attendiez pas cette invitation, ignorez ce message.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Invitation to the Health Worker Migration Observatory (hwmo)',
    text: [
      `${m.inviter} invites you to join hwmo as ${m.role}${m.area ? ` for ${m.area}` : ''}.`,
      '',
      `To create your account, open this link within ${days} days (it works once):`,
      m.link,
      '',
      'If you did not expect this invitation, ignore this message.',
    ].join('\n'),
  };
}

export function passwordResetMessage(lang: Lang, m: { link: string; lifetimeMs: number }): MessageText {
  const h = hours(m.lifetimeMs);
  if (lang === 'fr') {
    return {
      subject: 'Nouveau mot de passe pour hwmo',
      text: [
        'Quelqu’un (vous, sans doute) a demandé un nouveau mot de passe pour votre compte hwmo.',
        '',
        `Pour le choisir, ouvrez ce lien dans les ${h === 1 ? 'soixante minutes' : `${h} heures`} (il ne sert qu’une fois) :`,
        m.link,
        '',
        'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
      ].join('\n'),
    };
  }
  return {
    subject: 'New password for hwmo',
    text: [
      'Someone (you, most likely) asked for a new password for your hwmo account.',
      '',
      `To choose it, open this link within ${h === 1 ? 'the hour' : `${h} hours`} (it works once):`,
      m.link,
      '',
      'If you did not ask for it, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
