import { defineMessages } from '../../platform/i18n/messages.ts';

/** The audit module's messages in the six languages. */
export const text = defineMessages('audit', {
  en: {
    object_not_type_id: '--object {{value}} is not TYPE:ID',
    object_hint: 'for instance --object batch:12 or --object area:GH-AA',
  } as const,
  fr: {
    object_not_type_id: '--object {{value}} n’est pas de la forme TYPE:ID',
    object_hint: 'par exemple --object batch:12 ou --object area:GH-AA',
  },
  es: {
    object_not_type_id: '--object {{value}} no tiene la forma TYPE:ID',
    object_hint: 'por ejemplo, --object batch:12 o --object area:GH-AA',
  },
  ar: {
    object_not_type_id: 'القيمة {{value}} للخيار --object ليست على الصيغة TYPE:ID',
    object_hint: 'مثلًا --object batch:12 أو --object area:GH-AA',
  },
  ru: {
    object_not_type_id: '--object {{value}} не имеет вида TYPE:ID',
    object_hint: 'например, --object batch:12 или --object area:GH-AA',
  },
  zh: {
    object_not_type_id: '--object {{value}} 不是 TYPE:ID 格式',
    object_hint: '例如 --object batch:12 或 --object area:GH-AA',
  },
});
