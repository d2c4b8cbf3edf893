import { defineMessages } from '../i18n/messages.ts';

/** The words a rendered document prints of its own. */
export const text = defineMessages('documents', {
  en: {
    page: 'Page {{page}} of {{pages}}',
    comment: 'Comment of the WHO secretariat',
  } as const,
  fr: {
    page: 'Page {{page}} sur {{pages}}',
    comment: 'Commentaire du Secrétariat de l’OMS',
  },
  es: {
    page: 'Página {{page}} de {{pages}}',
    comment: 'Comentario de la Secretaría de la OMS',
  },
  ar: {
    page: 'الصفحة {{page}} من {{pages}}',
    comment: 'تعليق أمانة منظمة الصحة العالمية',
  },
  ru: {
    page: 'Страница {{page}} из {{pages}}',
    comment: 'Комментарий Секретариата ВОЗ',
  },
  zh: {
    page: '第 {{page}} 页，共 {{pages}} 页',
    comment: '世卫组织秘书处的意见',
  },
});
