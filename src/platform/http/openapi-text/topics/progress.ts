import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the progress routes and schemas, keyed by their English. */
export const progressText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<id du rapport>:<id de la question>", stable d’une génération à l’autre.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" ou le code d’une option.',
    'A WHO region or income group code; "_T" for all countries.':
      'Le code d’une Région de l’OMS ou d’un groupe de revenu ; "_T" pour tous les pays.',
    'A question’s stable identifier, kept across questionnaire versions.':
      'L’identifiant stable d’une question, conservé d’une version du questionnaire à l’autre.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Un texte en anglais, arabe, chinois, espagnol, français et russe.',
    'An ISO 8601 time (UTC).': 'Une heure ISO 8601 (UTC).',
    'Chosen by the secretariat for the report.': 'Retenue par le Secrétariat pour le rapport.',
    'Country of training or birth; null: all.': 'Pays de formation ou de naissance ; null : tous.',
    'Designated national authorities.': 'Autorités nationales désignées.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Modifier le résumé, les textes des sections et les réponses descriptives retenues du projet de rapport de situation (409 avec le rapport actuel si la version est périmée)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Établir le rapport mondial de situation du cycle à partir de ses rapports, ou régénérer le projet en conservant le texte du Secrétariat',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'N’a pas la permission reporting.manage pour la zone, ou l’installation est en lecture seule',
    'National reports received (submitted, accepted or published).':
      'Rapports nationaux reçus (soumis, acceptés ou publiés).',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 des rapports et des données à partir desquels il a été établi.',
    'The closed questions answered, for received reports only.':
      'Les questions fermées ayant reçu une réponse, pour les rapports reçus seulement.',
    'The designated authority’s organisation.': 'L’organisme de l’autorité désignée.',
    'The national report’s state, or "not-started".': 'L’état du rapport national, ou "not-started".',
    'The option codes chosen, separated by commas.':
      'Les codes des options choisies, séparés par des virgules.',
    'The options chosen, in words.': 'Les options choisies, en toutes lettres.',
    'The reports counted.': 'Les rapports comptés.',
    "The round's global progress report (public once the round is published)":
      'Le rapport mondial de situation du cycle (public une fois le cycle publié)',
    'What the data core holds for the same key, if anything.':
      'Ce que la base de données contient pour la même clé, le cas échéant.',
    'stock or inflow': 'stock (effectif) ou inflow (entrées)',
  },
  es: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<id del informe>:<id de la pregunta>", estable entre una generación y otra.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" o el código de una opción.',
    'A WHO region or income group code; "_T" for all countries.':
      'El código de una región de la OMS o de un grupo de ingreso; "_T" para todos los países.',
    'A question’s stable identifier, kept across questionnaire versions.':
      'El identificador estable de una pregunta, que se mantiene entre versiones del cuestionario.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Un texto en árabe, chino, español, francés, inglés y ruso.',
    'An ISO 8601 time (UTC).': 'Una hora en formato ISO 8601 (UTC).',
    'Chosen by the secretariat for the report.': 'Elegida por la Secretaría para el informe.',
    'Country of training or birth; null: all.': 'País de formación o de nacimiento; null: todos.',
    'Designated national authorities.': 'Autoridades nacionales designadas.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Modificar el resumen, los textos de las secciones y las respuestas descriptivas elegidas del borrador del informe sobre los progresos (409 con el informe actual si la versión está desfasada)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Elaborar el informe mundial sobre los progresos de la ronda a partir de sus informes, o regenerar el borrador conservando el texto de la Secretaría',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'Carece del permiso reporting.manage para la zona, o la instalación es de solo lectura',
    'National reports received (submitted, accepted or published).':
      'Informes nacionales recibidos (presentados, aceptados o publicados).',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 de los informes y datos a partir de los cuales se elaboró.',
    'The closed questions answered, for received reports only.':
      'Las preguntas cerradas respondidas, solo para los informes recibidos.',
    'The designated authority’s organisation.': 'La organización de la autoridad designada.',
    'The national report’s state, or "not-started".': 'El estado del informe nacional, o "not-started".',
    'The option codes chosen, separated by commas.':
      'Los códigos de las opciones elegidas, separados por comas.',
    'The options chosen, in words.': 'Las opciones elegidas, en palabras.',
    'The reports counted.': 'Los informes contados.',
    "The round's global progress report (public once the round is published)":
      'El informe mundial sobre los progresos de la ronda (público una vez publicada la ronda)',
    'What the data core holds for the same key, if anything.':
      'Lo que contiene la base de datos para la misma clave, si lo hay.',
    'stock or inflow': 'stock (existencias) o inflow (entradas)',
  },
  ar: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<معرّف التقرير>:<معرّف السؤال>"، ثابت عند إعادة الإعداد.',
    '"yes", "no", "partly" or an option code.': '"yes" أو "no" أو "partly" أو رمز أحد الخيارات.',
    'A WHO region or income group code; "_T" for all countries.':
      'رمز أحد أقاليم المنظمة أو إحدى فئات الدخل؛ "_T" لجميع البلدان.',
    'A question’s stable identifier, kept across questionnaire versions.':
      'المعرّف الثابت للسؤال، ويبقى كما هو في إصدارات الاستبيان المختلفة.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'نص بالعربية والصينية والإنكليزية والفرنسية والروسية والإسبانية.',
    'An ISO 8601 time (UTC).': 'وقت بصيغة ISO 8601 (بالتوقيت العالمي المنسق).',
    'Chosen by the secretariat for the report.': 'اختارتها الأمانة للتقرير.',
    'Country of training or birth; null: all.': 'بلد التدريب أو الميلاد؛ null: الجميع.',
    'Designated national authorities.': 'السلطات الوطنية المعيّنة.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'تعديل ملخص مسودة التقرير المرحلي ونصوص أقسامه والإجابات السردية المختارة (409 مع التقرير الحالي إذا كان الإصدار قديمًا)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'إعداد التقرير المرحلي العالمي للجولة من تقاريرها، أو إعادة إعداد المسودة مع الإبقاء على نص الأمانة',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'لا يملك الإذن reporting.manage للمنطقة، أو أن التثبيت للقراءة فقط',
    'National reports received (submitted, accepted or published).':
      'التقارير الوطنية الواردة (المقدَّمة أو المقبولة أو المنشورة).',
    'SHA-256 of the reports and data it was generated from.':
      'قيمة SHA-256 للتقارير والبيانات التي أُعدّ منها.',
    'The closed questions answered, for received reports only.':
      'الأسئلة المغلقة المجاب عنها، للتقارير الواردة فقط.',
    'The designated authority’s organisation.': 'الجهة التي تتبعها السلطة المعيّنة.',
    'The national report’s state, or "not-started".': 'حالة التقرير الوطني، أو "not-started".',
    'The option codes chosen, separated by commas.': 'رموز الخيارات المختارة، مفصولة بفواصل.',
    'The options chosen, in words.': 'الخيارات المختارة، بالكلمات.',
    'The reports counted.': 'التقارير المحسوبة.',
    "The round's global progress report (public once the round is published)":
      'التقرير المرحلي العالمي للجولة (متاح للجمهور بعد نشر الجولة)',
    'What the data core holds for the same key, if anything.':
      'ما تتضمنه قاعدة البيانات للمفتاح نفسه، إن وُجد.',
    'stock or inflow': 'stock (الرصيد) أو inflow (التدفق الوافد)',
  },
  ru: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<id доклада>:<id вопроса>", не меняется при повторном составлении.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" или код варианта ответа.',
    'A WHO region or income group code; "_T" for all countries.':
      'Код региона ВОЗ или группы дохода; "_T" — все страны.',
    'A question’s stable identifier, kept across questionnaire versions.':
      'Постоянный идентификатор вопроса, сохраняемый в разных версиях вопросника.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Текст на английском, арабском, испанском, китайском, русском и французском языках.',
    'An ISO 8601 time (UTC).': 'Время в формате ISO 8601 (UTC).',
    'Chosen by the secretariat for the report.': 'Выбран секретариатом для доклада.',
    'Country of training or birth; null: all.': 'Страна подготовки или рождения; null — все.',
    'Designated national authorities.': 'Назначенные национальные органы.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Изменить резюме, тексты разделов и выбранные описательные ответы проекта доклада о ходе работы (409 с текущим докладом, если версия устарела)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Составить глобальный доклад о ходе работы по раунду на основе его докладов или составить проект заново, сохранив текст секретариата',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'Отсутствует разрешение reporting.manage для этой территории, или экземпляр системы доступен только для чтения',
    'National reports received (submitted, accepted or published).':
      'Полученные национальные доклады (представленные, принятые или опубликованные).',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 докладов и данных, на основе которых он составлен.',
    'The closed questions answered, for received reports only.':
      'Закрытые вопросы, на которые дан ответ, только для полученных докладов.',
    'The designated authority’s organisation.': 'Организация назначенного органа.',
    'The national report’s state, or "not-started".': 'Статус национального доклада или "not-started".',
    'The option codes chosen, separated by commas.': 'Коды выбранных вариантов через запятую.',
    'The options chosen, in words.': 'Выбранные варианты словами.',
    'The reports counted.': 'Учтенные доклады.',
    "The round's global progress report (public once the round is published)":
      'Глобальный доклад о ходе работы по раунду (общедоступен после публикации раунда)',
    'What the data core holds for the same key, if anything.':
      'Значение, которое хранится в базе данных для того же ключа, если оно есть.',
    'stock or inflow': 'stock (численность) или inflow (приток)',
  },
  zh: {
    '"<report id>:<question id>", stable across regenerations.': '"<报告id>:<问题id>"，重新生成时保持不变。',
    '"yes", "no", "partly" or an option code.': '"yes"、"no"、"partly"或选项代码。',
    'A WHO region or income group code; "_T" for all countries.':
      '世卫组织区域或收入组代码；"_T"表示所有国家。',
    'A question’s stable identifier, kept across questionnaire versions.':
      '问题的固定标识符，在问卷各版本中保持不变。',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      '以阿拉伯文、中文、英文、法文、俄文和西班牙文书写的文本。',
    'An ISO 8601 time (UTC).': 'ISO 8601格式的时间（UTC）。',
    'Chosen by the secretariat for the report.': '秘书处为报告选定。',
    'Country of training or birth; null: all.': '培训国或出生国；null表示全部。',
    'Designated national authorities.': '指定国家主管部门。',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      '编辑进展报告草稿的摘要、各节文本和选定的叙述性答复（版本过期时返回409及当前报告）',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      '根据本周期的报告生成全球进展报告，或在保留秘书处文本的情况下重新生成草稿',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      '不具备该地区的reporting.manage权限，或本系统为只读',
    'National reports received (submitted, accepted or published).':
      '收到的国家报告（已提交、已接受或已发布）。',
    'SHA-256 of the reports and data it was generated from.': '生成所依据的报告和数据的SHA-256值。',
    'The closed questions answered, for received reports only.': '已答复的封闭式问题，仅限收到的报告。',
    'The designated authority’s organisation.': '指定主管部门所属的机构。',
    'The national report’s state, or "not-started".': '国家报告的状态，或"not-started"。',
    'The option codes chosen, separated by commas.': '所选选项的代码，以逗号分隔。',
    'The options chosen, in words.': '所选选项的文字。',
    'The reports counted.': '计入的报告。',
    "The round's global progress report (public once the round is published)":
      '本周期的全球进展报告（周期发布后公开）',
    'What the data core holds for the same key, if anything.': '数据库中同一键的值（如有）。',
    'stock or inflow': 'stock（存量）或inflow（流入量）',
  },
};
