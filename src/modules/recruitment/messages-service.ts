import { defineMessages } from '../../platform/i18n/messages.ts';

/** The recruitment status service's own messages: its refusals and the one-sentence answer of a verdict. */
export const serviceText = defineMessages('recruitment.service', {
  en: {
    unknown_country: 'No country with code {{code}}',
    unknown_country_field: 'not a country code known here',
    not_a_country_field: '{{code}} is not a country',
    countries_hint: 'List the countries with `hwmo areas --kind country`.',
    unknown_occupation: 'No occupation with code "{{code}}"',
    unknown_occupation_field: 'not an occupation code',
    occupations_hint: 'List the occupation codes with `hwmo occupations`.',
    destination_mismatch: 'The configuration is for {{config}}, not for {{destination}}',
    destination_mismatch_field: 'must be {{destination}}',
    config_conflict:
      'The configuration of {{destination}} changed since version {{basedOn}}: version {{current}} is in force',
    config_conflict_hint: 'Read the version in force, make the change again on it, and save.',
    file_unreadable: 'Cannot read {{file}}: {{reason}}',
    file_invalid: '{{file}} is not a destination configuration',
    file_not_json: '{{file}} is not JSON: {{reason}}',
    summary_active_yes:
      'On {{date}} {{origin}} is {{status}} for {{destination}}. Employers there may actively recruit {{occupation}} from {{origin}}, following the WHO Code’s principles of ethical recruitment.',
    summary_active_no:
      'On {{date}} {{origin}} is {{status}} for {{destination}}. Employers there should not actively recruit {{occupation}} from {{origin}}.',
    summary_active_only_on_terms:
      'On {{date}} {{origin}} is {{status}} for {{destination}}. Employers there may actively recruit {{occupation}} from {{origin}} only on the terms of an agreement.',
    summary_direct:
      'On {{date}} {{origin}} is {{status}} for {{destination}}. A health worker who applies on their own initiative may be employed.',
  },
  fr: {
    unknown_country: 'Aucun pays n’a le code {{code}}',
    unknown_country_field: 'code de pays inconnu ici',
    not_a_country_field: '{{code}} n’est pas un pays',
    countries_hint: 'Listez les pays avec `hwmo areas --kind country`.',
    unknown_occupation: 'Aucune profession n’a le code « {{code}} »',
    unknown_occupation_field: 'code de profession inconnu',
    occupations_hint: 'Listez les codes de profession avec `hwmo occupations`.',
    destination_mismatch: 'La configuration concerne {{config}}, pas {{destination}}',
    destination_mismatch_field: 'doit être {{destination}}',
    config_conflict:
      'La configuration de {{destination}} a changé depuis la version {{basedOn}} : la version {{current}} est en vigueur',
    config_conflict_hint:
      'Lisez la version en vigueur, refaites la modification sur celle-ci et enregistrez.',
    file_unreadable: 'Impossible de lire {{file}} : {{reason}}',
    file_invalid: '{{file}} n’est pas une configuration de pays de destination',
    file_not_json: '{{file}} n’est pas du JSON : {{reason}}',
    summary_active_yes:
      'Au {{date}}, {{origin}} est {{status}} pour {{destination}}. Recrutement actif ({{occupation}}) par les employeurs de ce pays : autorisé, dans le respect des principes de recrutement éthique du Code de l’OMS.',
    summary_active_no:
      'Au {{date}}, {{origin}} est {{status}} pour {{destination}}. Recrutement actif ({{occupation}}) par les employeurs de ce pays : non autorisé.',
    summary_active_only_on_terms:
      'Au {{date}}, {{origin}} est {{status}} pour {{destination}}. Recrutement actif ({{occupation}}) par les employeurs de ce pays : autorisé uniquement aux conditions d’un accord.',
    summary_direct:
      'Au {{date}}, {{origin}} est {{status}} pour {{destination}}. Un agent de santé qui postule de sa propre initiative peut être employé.',
  },
  es: {
    unknown_country: 'Ningún país tiene el código {{code}}',
    unknown_country_field: 'código de país no conocido aquí',
    not_a_country_field: '{{code}} no es un país',
    countries_hint: 'Consulte los países con `hwmo areas --kind country`.',
    unknown_occupation: 'Ninguna ocupación tiene el código «{{code}}»',
    unknown_occupation_field: 'no es un código de ocupación',
    occupations_hint: 'Consulte los códigos de ocupación con `hwmo occupations`.',
    destination_mismatch: 'La configuración es de {{config}}, no de {{destination}}',
    destination_mismatch_field: 'debe ser {{destination}}',
    config_conflict:
      'La configuración de {{destination}} cambió desde la versión {{basedOn}}: está vigente la versión {{current}}',
    config_conflict_hint: 'Lea la versión vigente, rehaga el cambio sobre ella y guarde.',
    file_unreadable: 'No se puede leer {{file}}: {{reason}}',
    file_invalid: '{{file}} no es una configuración de país de destino',
    file_not_json: '{{file}} no es JSON: {{reason}}',
    summary_active_yes:
      'El {{date}}, {{origin}} está en {{status}} para {{destination}}. Contratación activa ({{occupation}}) por empleadores de ese país: permitida, conforme a los principios de contratación ética del Código de la OMS.',
    summary_active_no:
      'El {{date}}, {{origin}} está en {{status}} para {{destination}}. Contratación activa ({{occupation}}) por empleadores de ese país: no permitida.',
    summary_active_only_on_terms:
      'El {{date}}, {{origin}} está en {{status}} para {{destination}}. Contratación activa ({{occupation}}) por empleadores de ese país: permitida solo en las condiciones de un acuerdo.',
    summary_direct:
      'El {{date}}, {{origin}} está en {{status}} para {{destination}}. Un trabajador de la salud que se postula por iniciativa propia puede ser contratado.',
  },
  ar: {
    unknown_country: 'لا يوجد بلد رمزه {{code}}',
    unknown_country_field: 'ليس رمز بلد معروفًا هنا',
    not_a_country_field: '{{code}} ليس بلدًا',
    countries_hint: 'اعرض البلدان باستخدام `hwmo areas --kind country`.',
    unknown_occupation: 'لا توجد مهنة رمزها "{{code}}"',
    unknown_occupation_field: 'ليس رمز مهنة',
    occupations_hint: 'اعرض رموز المهن باستخدام `hwmo occupations`.',
    destination_mismatch: 'الإعداد خاص بـ {{config}} وليس بـ {{destination}}',
    destination_mismatch_field: 'يجب أن يكون {{destination}}',
    config_conflict: 'تغيّر إعداد {{destination}} منذ الإصدار {{basedOn}}: الإصدار النافذ هو {{current}}',
    config_conflict_hint: 'اقرأ الإصدار النافذ، وأعد إجراء التغيير عليه، ثم احفظ.',
    file_unreadable: 'تتعذر قراءة {{file}}: {{reason}}',
    file_invalid: '{{file}} ليس إعدادًا لبلد مقصد',
    file_not_json: '{{file}} ليس بصيغة JSON: {{reason}}',
    summary_active_yes:
      'في {{date}} يكون {{origin}} في الفئة {{status}} بالنسبة إلى {{destination}}. التوظيف النشط ({{occupation}}) من قِبل أصحاب العمل هناك: مسموح به وفق مبادئ التوظيف الأخلاقي في مدونة منظمة الصحة العالمية.',
    summary_active_no:
      'في {{date}} يكون {{origin}} في الفئة {{status}} بالنسبة إلى {{destination}}. التوظيف النشط ({{occupation}}) من قِبل أصحاب العمل هناك: غير مسموح به.',
    summary_active_only_on_terms:
      'في {{date}} يكون {{origin}} في الفئة {{status}} بالنسبة إلى {{destination}}. التوظيف النشط ({{occupation}}) من قِبل أصحاب العمل هناك: مسموح به وفق شروط اتفاق فقط.',
    summary_direct:
      'في {{date}} يكون {{origin}} في الفئة {{status}} بالنسبة إلى {{destination}}. يجوز توظيف العامل الصحي الذي يتقدم بطلب بمبادرة منه.',
  },
  ru: {
    unknown_country: 'Нет страны с кодом {{code}}',
    unknown_country_field: 'неизвестный здесь код страны',
    not_a_country_field: '{{code}} — не страна',
    countries_hint: 'Список стран: `hwmo areas --kind country`.',
    unknown_occupation: 'Нет профессии с кодом «{{code}}»',
    unknown_occupation_field: 'не код профессии',
    occupations_hint: 'Список кодов профессий: `hwmo occupations`.',
    destination_mismatch: 'Конфигурация относится к {{config}}, а не к {{destination}}',
    destination_mismatch_field: 'должно быть {{destination}}',
    config_conflict:
      'Конфигурация {{destination}} изменилась после версии {{basedOn}}: действует версия {{current}}',
    config_conflict_hint: 'Прочитайте действующую версию, внесите изменение в неё и сохраните.',
    file_unreadable: 'Не удаётся прочитать {{file}}: {{reason}}',
    file_invalid: '{{file}} — не конфигурация страны назначения',
    file_not_json: '{{file}} — не JSON: {{reason}}',
    summary_active_yes:
      'На {{date}} {{origin}} — {{status}} для {{destination}}. Активный наём ({{occupation}}) работодателями этой страны: разрешён с соблюдением принципов этичного найма Кодекса ВОЗ.',
    summary_active_no:
      'На {{date}} {{origin}} — {{status}} для {{destination}}. Активный наём ({{occupation}}) работодателями этой страны: не разрешён.',
    summary_active_only_on_terms:
      'На {{date}} {{origin}} — {{status}} для {{destination}}. Активный наём ({{occupation}}) работодателями этой страны: разрешён только на условиях соглашения.',
    summary_direct:
      'На {{date}} {{origin}} — {{status}} для {{destination}}. Медицинского работника, который обращается по собственной инициативе, можно принять на работу.',
  },
  zh: {
    unknown_country: '没有代码为 {{code}} 的国家',
    unknown_country_field: '此处未知的国家代码',
    not_a_country_field: '{{code}} 不是国家',
    countries_hint: '用 `hwmo areas --kind country` 列出国家。',
    unknown_occupation: '没有代码为“{{code}}”的职业',
    unknown_occupation_field: '不是职业代码',
    occupations_hint: '用 `hwmo occupations` 列出职业代码。',
    destination_mismatch: '该配置属于 {{config}}，而不是 {{destination}}',
    destination_mismatch_field: '必须是 {{destination}}',
    config_conflict: '{{destination}} 的配置自版本 {{basedOn}} 以来已更改：现行版本为 {{current}}',
    config_conflict_hint: '请读取现行版本，在其上重新修改后保存。',
    file_unreadable: '无法读取 {{file}}：{{reason}}',
    file_invalid: '{{file}} 不是目的地国家配置',
    file_not_json: '{{file}} 不是 JSON：{{reason}}',
    summary_active_yes:
      '{{date}}，对 {{destination}} 而言，{{origin}} 为{{status}}。该国雇主积极招聘（{{occupation}}）：允许，但须遵循世卫组织《守则》的道德招聘原则。',
    summary_active_no:
      '{{date}}，对 {{destination}} 而言，{{origin}} 为{{status}}。该国雇主积极招聘（{{occupation}}）：不允许。',
    summary_active_only_on_terms:
      '{{date}}，对 {{destination}} 而言，{{origin}} 为{{status}}。该国雇主积极招聘（{{occupation}}）：仅可按协议条款进行。',
    summary_direct:
      '{{date}}，对 {{destination}} 而言，{{origin}} 为{{status}}。卫生工作者主动申请的，可以受聘。',
  },
});
