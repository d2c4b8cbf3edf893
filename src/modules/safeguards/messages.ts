import { defineMessages } from '../../platform/i18n/messages.ts';

/** The WHO health workforce support and safeguards list module's messages in the six languages. */
export const text = defineMessages('safeguards', {
  en: {
    unknown_country: 'Unknown country {{code}}',
    not_member_state: '{{code}} is not a WHO Member State',
    not_member_state_field: 'not a WHO Member State',
    no_edition: 'No edition {{edition}} of the WHO health workforce support and safeguards list',
    editions: 'editions: {{editions}}',
  } as const,
  fr: {
    unknown_country: 'Pays inconnu : {{code}}',
    not_member_state: '{{code}} n’est pas un État Membre de l’OMS',
    not_member_state_field: 'pas un État Membre de l’OMS',
    no_edition:
      'La liste OMS d’appui et de sauvegarde pour les personnels de santé n’a pas d’édition {{edition}}',
    editions: 'éditions : {{editions}}',
  },
  es: {
    unknown_country: 'País desconocido: {{code}}',
    not_member_state: '{{code}} no es un Estado Miembro de la OMS',
    not_member_state_field: 'no es un Estado Miembro de la OMS',
    no_edition:
      'No existe la edición {{edition}} de la lista de apoyo y salvaguardias de la OMS en materia de personal de salud',
    editions: 'ediciones: {{editions}}',
  },
  ar: {
    unknown_country: 'بلد غير معروف: {{code}}',
    not_member_state: '{{code}} ليس دولة عضوًا في منظمة الصحة العالمية',
    not_member_state_field: 'ليس دولة عضوًا في منظمة الصحة العالمية',
    no_edition:
      'لا توجد طبعة {{edition}} من قائمة منظمة الصحة العالمية للدعم والضمانات الخاصة بالقوى العاملة الصحية',
    editions: 'الطبعات: {{editions}}',
  },
  ru: {
    unknown_country: 'Неизвестная страна: {{code}}',
    not_member_state: '{{code}} не является государством — членом ВОЗ',
    not_member_state_field: 'не государство — член ВОЗ',
    no_edition:
      'Издания {{edition}} перечня ВОЗ мер по поддержке и защите кадровых ресурсов здравоохранения нет',
    editions: 'издания: {{editions}}',
  },
  zh: {
    unknown_country: '未知国家：{{code}}',
    not_member_state: '{{code}} 不是世卫组织会员国',
    not_member_state_field: '不是世卫组织会员国',
    no_edition: '世卫组织卫生人力支持和保障清单没有 {{edition}} 年版',
    editions: '版本：{{editions}}',
  },
});
