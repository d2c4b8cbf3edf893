import type { Role } from '../../../platform/auth/actor.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { defineMessages, render } from '../../../platform/i18n/messages.ts';

/** The mail hwmo sends (invitations, password resets) and the words of accounts shown to people, in six languages. */
const en = {
  role_admin: 'administrator',
  role_secretariat: 'member of the Secretariat',
  role_national_authority: 'national authority',
  role_data_manager: 'data manager',
  role_data_approver: 'data approver',
  role_stakeholder: 'stakeholder',

  invitation_subject: 'Invitation to the Health Worker Migration Observatory (hwmo)',
  invitation_role: '{{inviter}} invites you to join hwmo as {{role}}.',
  invitation_role_area: '{{inviter}} invites you to join hwmo as {{role}} for {{area}}.',
  invitation_open_one: 'To create your account, open this link within a day (it works once):',
  invitation_open_other:
    'To create your account, open this link within {{count, number}} days (it works once):',
  invitation_ignore: 'If you did not expect this invitation, ignore this message.',

  reset_subject: 'New password for hwmo',
  reset_intro: 'Someone (you, most likely) asked for a new password for your hwmo account.',
  reset_open_one: 'To choose it, open this link within the hour (it works once):',
  reset_open_other: 'To choose it, open this link within {{count, number}} hours (it works once):',
  reset_ignore: 'If you did not ask for it, ignore this message: your password stays as it is.',
  reset_accepted: 'If an account has this address, a link to choose a new password was sent to it.',
} as const;

export const mailText = defineMessages('accounts.mail', {
  en,
  fr: {
    role_admin: 'administrateur',
    role_secretariat: 'membre du Secrétariat',
    role_national_authority: 'autorité nationale',
    role_data_manager: 'gestionnaire de données',
    role_data_approver: 'approbateur de données',
    role_stakeholder: 'partie prenante',
    invitation_subject: 'Invitation à l’Observatoire des migrations des personnels de santé (hwmo)',
    invitation_role: '{{inviter}} vous invite à rejoindre hwmo avec le rôle « {{role}} ».',
    invitation_role_area: '{{inviter}} vous invite à rejoindre hwmo avec le rôle « {{role}} » pour {{area}}.',
    invitation_open_one: 'Pour créer votre compte, ouvrez ce lien dans la journée (il ne sert qu’une fois) :',
    invitation_open_many:
      'Pour créer votre compte, ouvrez ce lien dans les {{count, number}} jours (il ne sert qu’une fois) :',
    invitation_open_other:
      'Pour créer votre compte, ouvrez ce lien dans les {{count, number}} jours (il ne sert qu’une fois) :',
    invitation_ignore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
    reset_subject: 'Nouveau mot de passe pour hwmo',
    reset_intro: 'Quelqu’un (vous, sans doute) a demandé un nouveau mot de passe pour votre compte hwmo.',
    reset_open_one: 'Pour le choisir, ouvrez ce lien dans l’heure (il ne sert qu’une fois) :',
    reset_open_many:
      'Pour le choisir, ouvrez ce lien dans les {{count, number}} heures (il ne sert qu’une fois) :',
    reset_open_other:
      'Pour le choisir, ouvrez ce lien dans les {{count, number}} heures (il ne sert qu’une fois) :',
    reset_ignore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
    reset_accepted:
      'Si un compte a cette adresse, un lien pour choisir un nouveau mot de passe lui a été envoyé.',
  },
  es: {
    role_admin: 'administrador',
    role_secretariat: 'miembro de la Secretaría',
    role_national_authority: 'autoridad nacional',
    role_data_manager: 'gestor de datos',
    role_data_approver: 'aprobador de datos',
    role_stakeholder: 'parte interesada',
    invitation_subject: 'Invitación al Observatorio de la Migración del Personal de Salud (hwmo)',
    invitation_role: '{{inviter}} le invita a unirse a hwmo con la función de «{{role}}».',
    invitation_role_area: '{{inviter}} le invita a unirse a hwmo con la función de «{{role}}» para {{area}}.',
    invitation_open_one:
      'Para crear su cuenta, abra este enlace en el plazo de un día (solo funciona una vez):',
    invitation_open_many:
      'Para crear su cuenta, abra este enlace en el plazo de {{count, number}} días (solo funciona una vez):',
    invitation_open_other:
      'Para crear su cuenta, abra este enlace en el plazo de {{count, number}} días (solo funciona una vez):',
    invitation_ignore: 'Si no esperaba esta invitación, ignore este mensaje.',
    reset_subject: 'Nueva contraseña para hwmo',
    reset_intro: 'Alguien (probablemente usted) ha solicitado una nueva contraseña para su cuenta de hwmo.',
    reset_open_one: 'Para elegirla, abra este enlace en el plazo de una hora (solo funciona una vez):',
    reset_open_many:
      'Para elegirla, abra este enlace en el plazo de {{count, number}} horas (solo funciona una vez):',
    reset_open_other:
      'Para elegirla, abra este enlace en el plazo de {{count, number}} horas (solo funciona una vez):',
    reset_ignore: 'Si no la ha solicitado, ignore este mensaje: su contraseña no cambia.',
    reset_accepted:
      'Si existe una cuenta con esta dirección, se le ha enviado un enlace para elegir una nueva contraseña.',
  },
  ar: {
    role_admin: 'مسؤول النظام',
    role_secretariat: 'عضو الأمانة',
    role_national_authority: 'سلطة وطنية',
    role_data_manager: 'مدير البيانات',
    role_data_approver: 'معتمِد البيانات',
    role_stakeholder: 'جهة معنية',
    invitation_subject: 'دعوة إلى مرصد هجرة العاملين الصحيين (hwmo)',
    invitation_role: 'يدعوك {{inviter}} إلى الانضمام إلى hwmo بدور «{{role}}».',
    invitation_role_area: 'يدعوك {{inviter}} إلى الانضمام إلى hwmo بدور «{{role}}» لـ{{area}}.',
    invitation_open_zero: 'لإنشاء حسابك، افتح هذا الرابط اليوم (يعمل مرة واحدة فقط):',
    invitation_open_one: 'لإنشاء حسابك، افتح هذا الرابط في غضون يوم واحد (يعمل مرة واحدة فقط):',
    invitation_open_two: 'لإنشاء حسابك، افتح هذا الرابط في غضون يومين (يعمل مرة واحدة فقط):',
    invitation_open_few: 'لإنشاء حسابك، افتح هذا الرابط في غضون {{count, number}} أيام (يعمل مرة واحدة فقط):',
    invitation_open_many:
      'لإنشاء حسابك، افتح هذا الرابط في غضون {{count, number}} يومًا (يعمل مرة واحدة فقط):',
    invitation_open_other:
      'لإنشاء حسابك، افتح هذا الرابط في غضون {{count, number}} يوم (يعمل مرة واحدة فقط):',
    invitation_ignore: 'إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.',
    reset_subject: 'كلمة مرور جديدة لـ hwmo',
    reset_intro: 'طلب أحدهم (وأنت على الأرجح) كلمة مرور جديدة لحسابك في hwmo.',
    reset_open_zero: 'لاختيارها، افتح هذا الرابط الآن (يعمل مرة واحدة فقط):',
    reset_open_one: 'لاختيارها، افتح هذا الرابط في غضون ساعة (يعمل مرة واحدة فقط):',
    reset_open_two: 'لاختيارها، افتح هذا الرابط في غضون ساعتين (يعمل مرة واحدة فقط):',
    reset_open_few: 'لاختيارها، افتح هذا الرابط في غضون {{count, number}} ساعات (يعمل مرة واحدة فقط):',
    reset_open_many: 'لاختيارها، افتح هذا الرابط في غضون {{count, number}} ساعة (يعمل مرة واحدة فقط):',
    reset_open_other: 'لاختيارها، افتح هذا الرابط في غضون {{count, number}} ساعة (يعمل مرة واحدة فقط):',
    reset_ignore: 'إذا لم تطلبها، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
    reset_accepted: 'إذا كان هناك حساب بهذا العنوان، فقد أُرسل إليه رابط لاختيار كلمة مرور جديدة.',
  },
  ru: {
    role_admin: 'администратор',
    role_secretariat: 'сотрудник Секретариата',
    role_national_authority: 'национальный орган',
    role_data_manager: 'менеджер данных',
    role_data_approver: 'утверждающий данные',
    role_stakeholder: 'заинтересованная сторона',
    invitation_subject: 'Приглашение в Обсерваторию миграции работников здравоохранения (hwmo)',
    invitation_role: '{{inviter}} приглашает вас присоединиться к hwmo с ролью «{{role}}».',
    invitation_role_area:
      '{{inviter}} приглашает вас присоединиться к hwmo с ролью «{{role}}» для: {{area}}.',
    invitation_open_one:
      'Чтобы создать учетную запись, откройте эту ссылку в течение {{count, number}} дня (она действует один раз):',
    invitation_open_few:
      'Чтобы создать учетную запись, откройте эту ссылку в течение {{count, number}} дней (она действует один раз):',
    invitation_open_many:
      'Чтобы создать учетную запись, откройте эту ссылку в течение {{count, number}} дней (она действует один раз):',
    invitation_open_other:
      'Чтобы создать учетную запись, откройте эту ссылку в течение {{count, number}} дня (она действует один раз):',
    invitation_ignore: 'Если вы не ожидали этого приглашения, не обращайте внимания на это сообщение.',
    reset_subject: 'Новый пароль для hwmo',
    reset_intro: 'Кто-то (скорее всего, вы) запросил новый пароль для вашей учетной записи hwmo.',
    reset_open_one:
      'Чтобы выбрать его, откройте эту ссылку в течение {{count, number}} часа (она действует один раз):',
    reset_open_few:
      'Чтобы выбрать его, откройте эту ссылку в течение {{count, number}} часов (она действует один раз):',
    reset_open_many:
      'Чтобы выбрать его, откройте эту ссылку в течение {{count, number}} часов (она действует один раз):',
    reset_open_other:
      'Чтобы выбрать его, откройте эту ссылку в течение {{count, number}} часа (она действует один раз):',
    reset_ignore:
      'Если вы ничего не запрашивали, не обращайте внимания на это сообщение: ваш пароль не изменится.',
    reset_accepted:
      'Если существует учетная запись с этим адресом, на него отправлена ссылка для выбора нового пароля.',
  },
  zh: {
    role_admin: '管理员',
    role_secretariat: '秘书处成员',
    role_national_authority: '国家主管部门',
    role_data_manager: '数据管理员',
    role_data_approver: '数据审批人',
    role_stakeholder: '利益攸关方',
    invitation_subject: '卫生工作者移民观察站（hwmo）邀请',
    invitation_role: '{{inviter}}邀请您以“{{role}}”身份加入 hwmo。',
    invitation_role_area: '{{inviter}}邀请您以“{{role}}”身份加入 hwmo，负责{{area}}。',
    invitation_open_other: '要创建您的账户，请在 {{count, number}} 天内打开此链接（仅可使用一次）：',
    invitation_ignore: '如果您没有预期收到此邀请，请忽略本邮件。',
    reset_subject: 'hwmo 新密码',
    reset_intro: '有人（很可能是您本人）为您的 hwmo 账户申请了新密码。',
    reset_open_other: '要设置新密码，请在 {{count, number}} 小时内打开此链接（仅可使用一次）：',
    reset_ignore: '如果您没有提出申请，请忽略本邮件：您的密码保持不变。',
    reset_accepted: '如果有账户使用此地址，已向其发送设置新密码的链接。',
  },
});

export interface MessageText {
  subject: string;
  text: string;
}

const hours = (ms: number) => Math.round(ms / 3_600_000);

/** A role as people read it, in a language. */
export function roleLabel(role: Role, lang: Lang): string {
  return render(mailText(`role_${role}`), lang);
}

export function invitationMessage(
  lang: Lang,
  m: { inviter: string; role: Role; area: string | null; link: string; lifetimeMs: number },
): MessageText {
  const say = (key: Parameters<typeof mailText>[0], params: Record<string, string | number> = {}) =>
    render(mailText(key, params), lang);
  const role = roleLabel(m.role, lang);
  return {
    subject: say('invitation_subject'),
    text: [
      m.area
        ? say('invitation_role_area', { inviter: m.inviter, role, area: m.area })
        : say('invitation_role', { inviter: m.inviter, role }),
      '',
      say('invitation_open', { count: Math.round(hours(m.lifetimeMs) / 24) }),
      m.link,
      '',
      say('invitation_ignore'),
    ].join('\n'),
  };
}

export function passwordResetMessage(lang: Lang, m: { link: string; lifetimeMs: number }): MessageText {
  const say = (key: Parameters<typeof mailText>[0], params: Record<string, string | number> = {}) =>
    render(mailText(key, params), lang);
  return {
    subject: say('reset_subject'),
    text: [
      say('reset_intro'),
      '',
      say('reset_open', { count: hours(m.lifetimeMs) }),
      m.link,
      '',
      say('reset_ignore'),
    ].join('\n'),
  };
}
