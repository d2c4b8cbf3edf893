import { defineMessages } from '../../platform/i18n/messages.ts';

const en = {
  review_not_needed: 'not needed',
  review_pending: 'pending',
  review_accepted: 'accepted',
  review_queried: 'queried',
  not_declarable:
    '{{name}} is not listed on the register of {{destination}} (it is {{status}}): only a listed organisation declares its placements',
  not_declarable_hint: 'An organisation is listed once it has passed the knowledge test and been reviewed.',
  lines_invalid: '{{count}} line(s) of the declaration are wrong; nothing was stored',
  future_month: '{{month}} is after this month',
  unknown_origin: 'not a country code known here',
  unknown_agreement: 'no published agreement has the number {{agreement}}',
  origin_is_destination: 'the destination itself; declare placements from other countries',
  unknown_occupation: 'not an occupation code (see `hwmo occupations`)',
  duplicate_line: 'the same month, origin, occupation and agreement as line {{first}}',
  flag_red_origin:
    '{{origin}} was red for {{destination}} in {{month}}: employers there should not actively recruit from it',
  flag_amber_without_agreement:
    '{{origin}} was amber for {{destination}} in {{month}}: recruitment only under an agreement, and none was named',
  flag_agreement_not_governing:
    'Agreement {{agreement}} did not govern recruitment of this occupation from {{origin}} in {{month}}',
  unknown_declaration: 'No declaration with id {{id}}',
  not_pending: 'Declaration {{id}} is not waiting for review: it is {{review}}',
  batch_name: 'declarations of {{organisation}} (#{{id}}) for {{destination}}',
  not_reader: 'Only the organisation itself and the reviewers of its register read its declarations',
} as const;

/** The declarations module's messages in the six languages. */
export const text = defineMessages('declarations', {
  en,
  fr: {
    review_not_needed: 'sans objet',
    review_pending: 'en attente',
    review_accepted: 'acceptée',
    review_queried: 'explications demandées',
    not_declarable:
      'L’organisation {{name}} n’est pas inscrite au registre de {{destination}} (son statut : {{status}}) : seule une organisation inscrite déclare ses placements',
    not_declarable_hint:
      'Une organisation est inscrite une fois qu’elle a réussi le test de connaissances et que sa candidature a été examinée.',
    lines_invalid:
      '{{count}} ligne(s) de la déclaration de recrutement sont erronées ; rien n’a été enregistré',
    future_month: '{{month}} est postérieur au mois en cours',
    unknown_origin: 'ce code de pays n’est pas connu ici',
    unknown_agreement: 'aucun accord publié ne porte le numéro {{agreement}}',
    origin_is_destination:
      'c’est la destination elle-même ; déclarez les placements en provenance d’autres pays',
    unknown_occupation: 'ce n’est pas un code de profession (voir `hwmo occupations`)',
    duplicate_line: 'même mois, même origine, même profession et même accord que la ligne {{first}}',
    flag_red_origin:
      '{{origin}} était rouge pour {{destination}} en {{month}} : les employeurs de la destination ne devraient pas y recruter activement',
    flag_amber_without_agreement:
      '{{origin}} était orange pour {{destination}} en {{month}} : recrutement uniquement dans le cadre d’un accord, et aucun accord n’a été indiqué',
    flag_agreement_not_governing:
      'L’accord {{agreement}} ne régissait pas le recrutement de cette profession dans le pays {{origin}} en {{month}}',
    unknown_declaration: 'Aucune déclaration de recrutement ne porte l’identifiant {{id}}',
    not_pending:
      'La déclaration de recrutement {{id}} n’est pas en attente d’examen : son état est {{review}}',
    batch_name: 'déclarations de recrutement de {{organisation}} (#{{id}}) pour {{destination}}',
    not_reader:
      'Seuls l’organisation elle-même et les examinateurs de son registre peuvent lire ses déclarations de recrutement',
  },
  es: {
    review_not_needed: 'no necesaria',
    review_pending: 'pendiente',
    review_accepted: 'aceptada',
    review_queried: 'con consulta',
    not_declarable:
      'La organización {{name}} no está inscrita en el registro de {{destination}} (su estado: {{status}}): solo una organización inscrita declara sus colocaciones',
    not_declarable_hint:
      'Una organización queda inscrita una vez que ha superado la prueba de conocimientos y ha sido revisada.',
    lines_invalid: '{{count}} línea(s) de la declaración de contratación son erróneas; no se almacenó nada',
    future_month: '{{month}} es posterior al mes en curso',
    unknown_origin: 'no es un código de país conocido aquí',
    unknown_agreement: 'ningún acuerdo publicado tiene el número {{agreement}}',
    origin_is_destination: 'es el propio destino; declare las colocaciones procedentes de otros países',
    unknown_occupation: 'no es un código de ocupación (véase `hwmo occupations`)',
    duplicate_line: 'el mismo mes, origen, ocupación y acuerdo que la línea {{first}}',
    flag_red_origin:
      '{{origin}} era rojo para {{destination}} en {{month}}: los empleadores del destino no deberían contratar activamente en ese país',
    flag_amber_without_agreement:
      '{{origin}} era ámbar para {{destination}} en {{month}}: solo se permite contratar en virtud de un acuerdo, y no se indicó ninguno',
    flag_agreement_not_governing:
      'El acuerdo {{agreement}} no regía la contratación de personal de esta ocupación en {{origin}} en {{month}}',
    unknown_declaration: 'No existe ninguna declaración de contratación con el identificador {{id}}',
    not_pending:
      'La declaración de contratación {{id}} no está pendiente de revisión: su estado es {{review}}',
    batch_name: 'declaraciones de contratación de {{organisation}} (#{{id}}) para {{destination}}',
    not_reader:
      'Solo la propia organización y los revisores de su registro pueden leer sus declaraciones de contratación',
  },
  ar: {
    review_not_needed: 'غير لازمة',
    review_pending: 'قيد الانتظار',
    review_accepted: 'مقبولة',
    review_queried: 'مستفسَر عنها',
    not_declarable:
      'المنظمة {{name}} غير مُدرَجة في سجل {{destination}} (حالتها: {{status}}): لا تُقِرّ بحالات التوظيف التي أجرتها إلا المنظمة المُدرَجة',
    not_declarable_hint: 'تُدرَج المنظمة في السجل بعد نجاحها في اختبار المعارف ومراجعة طلبها.',
    lines_invalid: 'عدد الأسطر الخاطئة في إقرار التوظيف: {{count}}؛ لم يُخزَّن أي شيء',
    future_month: '⁨{{month}}⁩ لاحق للشهر الحالي',
    unknown_origin: 'ليس رمز بلد معروفًا هنا',
    unknown_agreement: 'لا يحمل أي اتفاق منشور الرقم ⁨{{agreement}}⁩',
    origin_is_destination: 'هذه هي جهة المقصد نفسها؛ يجب الإقرار بحالات التوظيف من بلدان أخرى',
    unknown_occupation: 'ليس رمز مهنة (انظر `hwmo occupations`)',
    duplicate_line: 'الشهر وبلد المنشأ والمهنة والاتفاق نفسها الواردة في السطر {{first}}',
    flag_red_origin:
      'كانت حالة {{origin}} بالنسبة إلى {{destination}} في ⁨{{month}}⁩ «أحمر»: لا ينبغي لأصحاب العمل في جهة المقصد التوظيف النشط من هذا البلد',
    flag_amber_without_agreement:
      'كانت حالة {{origin}} بالنسبة إلى {{destination}} في ⁨{{month}}⁩ «كهرماني»: لا يجوز التوظيف إلا بموجب اتفاق، ولم يُذكر أي اتفاق',
    flag_agreement_not_governing:
      'لم يكن الاتفاق {{agreement}} يحكم توظيف هذه المهنة من {{origin}} في ⁨{{month}}⁩',
    unknown_declaration: 'لا يوجد إقرار توظيف بالمعرّف {{id}}',
    not_pending: 'إقرار التوظيف {{id}} ليس في انتظار المراجعة: حالته {{review}}',
    batch_name: 'إقرارات التوظيف المقدَّمة من {{organisation}} (#{{id}}) إلى {{destination}}',
    not_reader: 'لا يطّلع على إقرارات التوظيف الخاصة بالمنظمة إلا المنظمة نفسها ومراجِعو سجلها',
  },
  ru: {
    review_not_needed: 'не требуется',
    review_pending: 'ожидает',
    review_accepted: 'принята',
    review_queried: 'запрошены пояснения',
    not_declarable:
      'Организация {{name}} не включена в реестр {{destination}} (её статус: {{status}}): декларации о найме подаёт только организация, включённая в реестр',
    not_declarable_hint:
      'Организация включается в реестр после того, как она сдала тест на знания и её заявка прошла проверку.',
    lines_invalid: 'Строк декларации о найме с ошибками: {{count}}; ничего не сохранено',
    future_month: '{{month}} позже текущего месяца',
    unknown_origin: 'этот код страны здесь неизвестен',
    unknown_agreement: 'опубликованного соглашения с номером {{agreement}} нет',
    origin_is_destination: 'это сама страна назначения; декларируйте наем из других стран',
    unknown_occupation: 'это не код профессии (см. `hwmo occupations`)',
    duplicate_line: 'тот же месяц, страна происхождения, профессия и соглашение, что и в строке {{first}}',
    flag_red_origin:
      'Статус {{origin}} для {{destination}} в {{month}}: «красный» — работодателям страны назначения не следует вести оттуда активный наем',
    flag_amber_without_agreement:
      'Статус {{origin}} для {{destination}} в {{month}}: «жёлтый» — наем только по соглашению, а соглашение не указано',
    flag_agreement_not_governing:
      'Соглашение {{agreement}} не регулировало наем представителей этой профессии из {{origin}} в {{month}}',
    unknown_declaration: 'Нет декларации о найме с идентификатором {{id}}',
    not_pending: 'Декларация о найме {{id}} не ожидает проверки: её состояние — {{review}}',
    batch_name: 'декларации о найме организации {{organisation}} (#{{id}}) для {{destination}}',
    not_reader: 'Декларации о найме организации читают только она сама и проверяющие её реестра',
  },
  zh: {
    review_not_needed: '无需审核',
    review_pending: '待审核',
    review_accepted: '已接受',
    review_queried: '已质询',
    not_declarable:
      '{{name}} 不是 {{destination}} 名册上的已列名机构（其状态为 {{status}}）：只有已列名机构才能申报其安置的人员',
    not_declarable_hint: '机构通过知识测试并经审核后，即成为已列名机构。',
    lines_invalid: '招聘申报中有 {{count}} 行有误；未存储任何内容',
    future_month: '{{month}} 晚于本月',
    unknown_origin: '不是此处已知的国家代码',
    unknown_agreement: '没有编号为 {{agreement}} 的已公布协议',
    origin_is_destination: '这是目的地本身；请申报来自其他国家的安置',
    unknown_occupation: '不是职业代码（见 `hwmo occupations`）',
    duplicate_line: '与第 {{first}} 行的月份、来源国、职业和协议相同',
    flag_red_origin: '{{month}} 时 {{origin}} 对 {{destination}} 为红色：目的地的雇主不应从该国积极招聘',
    flag_amber_without_agreement:
      '{{month}} 时 {{origin}} 对 {{destination}} 为琥珀色：只能根据协议招聘，但未指明任何协议',
    flag_agreement_not_governing: '{{month}} 时协议 {{agreement}} 不管辖从 {{origin}} 招聘该职业的人员',
    unknown_declaration: '没有 ID 为 {{id}} 的招聘申报',
    not_pending: '招聘申报 {{id}} 未在等待审核：其审核状态为 {{review}}',
    batch_name: '{{organisation}}（#{{id}}）向 {{destination}} 提交的招聘申报',
    not_reader: '只有该机构本身及其名册的审核人可以查看其招聘申报',
  },
});
