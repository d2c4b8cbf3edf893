import { defineMessages } from '../../platform/i18n/messages.ts';

/**
 * The messages of national and stakeholder reports in the six languages. States are named by nesting
 * (`$t(state_{{state}})`, `$t(round_{{state}})`) from their codes.
 */
const en = {
  state_draft: 'a draft',
  state_submitted: 'submitted',
  state_returned: 'returned',
  state_resubmitted: 'resubmitted',
  state_accepted: 'accepted',
  state_published: 'published',
  round_planned: 'planned',
  round_open: 'open',
  round_closed: 'closed',
  round_published: 'published',
  not_found: 'No report {{id}}',
  round_not_found: 'No reporting round {{id}}',
  read_sign_in: 'Sign in to read report {{id}}: it is not published',
  read_refused: 'You may not read report {{id}}: it is not published',
  read_hint:
    'Before publication a report is read by the WHO secretariat, the national authority of its country (a national report) and its author (a stakeholder report).',
  stale:
    'Report {{id}} has changed since version {{sent}}: {{who}} saved version {{version}} at {{at}}. Nothing was saved.',
  stale_hint: 'The current report comes with this answer: apply your changes to it and save again.',
  create_national_refused:
    'Only the national authority of {{area}} or the WHO secretariat starts its national report',
  create_national_hint:
    'Ask the secretariat to designate your authority for the round and grant your account.',
  create_stakeholder_refused: 'Stakeholder reports are written by stakeholder accounts',
  create_stakeholder_hint: 'Ask the secretariat for a stakeholder account for your organisation.',
  round_not_open:
    'The {{round}} round is $t(round_{{state}}): reports are written only while a round is open',
  round_not_open_hint: 'The secretariat opens a round on its opening date.',
  no_stakeholder_questionnaire: 'The {{round}} round has no stakeholder questionnaire',
  not_a_country: '{{code}} is not a country',
  national_exists: 'The {{round}} round already has a national report for {{area}}: report {{id}}',
  national_exists_hint: 'Continue report {{id}}: there is one national report per country and round.',
  edit_refused: 'You may not change report {{id}}',
  edit_hint:
    'A national report is written by its country’s national authority, a stakeholder report by its author.',
  edit_state: 'Report {{id}} is $t(state_{{state}}): it can be changed only as a draft or once returned',
  edit_round: 'The round of report {{id}} is $t(round_{{state}}): its reports can no longer be changed',
  review_refused: 'Only the WHO secretariat reviews report {{id}}',
  review_hint: 'The secretariat returns, accepts and publishes reports.',
  cannot_submit: 'Report {{id}} is $t(state_{{state}}): it cannot be submitted',
  cannot_return: 'Report {{id}} is $t(state_{{state}}): only a submitted report can be returned',
  cannot_accept: 'Report {{id}} is $t(state_{{state}}): only a submitted report can be accepted',
  cannot_publish: 'Report {{id}} is $t(state_{{state}}): only an accepted report can be published',
  submit_issues: 'Report {{id}} cannot be submitted: answers missing or wrong: {{count}}',
  submit_hint: 'Answer or correct each question listed, then submit again.',
  return_needs_comment: 'Say what is to be corrected in report {{id}}: a comment is needed to return it',
  return_hint: 'Comment on the questions to correct, or on the whole report.',
  not_file_question: 'Question {{question}} does not take files',
  no_file: 'Send one file in the form field "file"',
  file_too_large: 'The file is larger than {{limit}}',
  file_type_refused: 'The file {{name}} is not a PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG file',
  file_type_hint:
    'The type is read from the file’s content, not from its name: save it in one of these formats.',
  too_many_files: 'Question {{question}} takes at most {{max}} files: remove one first',
  attachment_not_found: 'Report {{id}} has no attachment {{attachment}}',
  import_not_national: 'Report {{id}} is a stakeholder report: only national reports’ figures are imported',
  import_not_accepted: 'Report {{id}} is $t(state_{{state}}): figures are imported once a report is accepted',
  import_no_figures: 'Report {{id}} reports no figures to import',
  import_hint:
    'The stock and inflow tables’ rows with an occupation, a country, a year and a number are imported.',
  diff_different:
    'Reported {{reported}}; the data core holds {{stored}} ({{source}}, batch {{batch}}): a gap of {{gap}} ({{percent}} %).',
  diff_gap_only:
    'Reported {{reported}}; the data core holds {{stored}} ({{source}}, batch {{batch}}): a gap of {{gap}}.',
  diff_year_missing:
    'The data core holds no figure of {{occupation}} for {{year}}: its latest is for {{latest}}.',
  diff_year_none: 'The data core holds no figure of {{occupation}} for this country before {{year}}.',
  diff_partner_missing:
    'The data core holds figures of {{occupation}} for {{year}}, but none for workers from {{partner}}.',
  diff_not_reported:
    'The data core holds {{stored}} ({{source}}, batch {{batch}}), which the report does not give.',
};

export const reportText = defineMessages('reports', {
  en,
  fr: {
    state_draft: 'un brouillon',
    state_submitted: 'soumis',
    state_returned: 'renvoyé',
    state_resubmitted: 'soumis à nouveau',
    state_accepted: 'accepté',
    state_published: 'publié',
    round_planned: 'prévu',
    round_open: 'ouvert',
    round_closed: 'clos',
    round_published: 'publié',
    not_found: 'Aucun rapport {{id}}',
    round_not_found: 'Aucun cycle de notification {{id}}',
    read_sign_in: 'Connectez-vous pour lire le rapport {{id}} : il n’est pas publié',
    read_refused: 'Vous ne pouvez pas lire le rapport {{id}} : il n’est pas publié',
    read_hint:
      'Avant sa publication, un rapport est lu par le Secrétariat de l’OMS, l’autorité nationale de son pays (rapport national) et son auteur (rapport de partie prenante).',
    stale:
      'Le rapport {{id}} a changé depuis la version {{sent}} : {{who}} a enregistré la version {{version}} le {{at}}. Rien n’a été enregistré.',
    stale_hint:
      'Le rapport actuel accompagne cette réponse : appliquez-y vos modifications et enregistrez à nouveau.',
    create_national_refused:
      'Seuls l’autorité nationale de {{area}} ou le Secrétariat de l’OMS commencent son rapport national',
    create_national_hint:
      'Demandez au Secrétariat de désigner votre autorité pour le cycle et d’habiliter votre compte.',
    create_stakeholder_refused:
      'Les rapports des parties prenantes sont rédigés par des comptes de partie prenante',
    create_stakeholder_hint: 'Demandez au Secrétariat un compte de partie prenante pour votre organisation.',
    round_not_open:
      'Le cycle {{round}} est $t(round_{{state}}) : les rapports ne sont rédigés que pendant qu’un cycle est ouvert',
    round_not_open_hint: 'Le Secrétariat ouvre un cycle à sa date d’ouverture.',
    no_stakeholder_questionnaire: 'Le cycle {{round}} n’a pas de questionnaire pour les parties prenantes',
    not_a_country: '{{code}} n’est pas un pays',
    national_exists: 'Le cycle {{round}} a déjà un rapport national pour {{area}} : le rapport {{id}}',
    national_exists_hint: 'Poursuivez le rapport {{id}} : il y a un rapport national par pays et par cycle.',
    edit_refused: 'Vous ne pouvez pas modifier le rapport {{id}}',
    edit_hint:
      'Un rapport national est rédigé par l’autorité nationale de son pays, un rapport de partie prenante par son auteur.',
    edit_state:
      'Le rapport {{id}} est $t(state_{{state}}) : il ne peut être modifié qu’à l’état de brouillon ou une fois renvoyé',
    edit_round:
      'Le cycle du rapport {{id}} est $t(round_{{state}}) : ses rapports ne peuvent plus être modifiés',
    review_refused: 'Seul le Secrétariat de l’OMS examine le rapport {{id}}',
    review_hint: 'Le Secrétariat renvoie, accepte et publie les rapports.',
    cannot_submit: 'Le rapport {{id}} est $t(state_{{state}}) : il ne peut pas être soumis',
    cannot_return: 'Le rapport {{id}} est $t(state_{{state}}) : seul un rapport soumis peut être renvoyé',
    cannot_accept: 'Le rapport {{id}} est $t(state_{{state}}) : seul un rapport soumis peut être accepté',
    cannot_publish: 'Le rapport {{id}} est $t(state_{{state}}) : seul un rapport accepté peut être publié',
    submit_issues: 'Le rapport {{id}} ne peut pas être soumis : réponses manquantes ou erronées : {{count}}',
    submit_hint: 'Répondez à chaque question indiquée ou corrigez-la, puis soumettez à nouveau.',
    return_needs_comment:
      'Indiquez ce qui doit être corrigé dans le rapport {{id}} : un commentaire est nécessaire pour le renvoyer',
    return_hint: 'Commentez les questions à corriger, ou le rapport dans son ensemble.',
    not_file_question: 'La question {{question}} n’accepte pas de fichiers',
    no_file: 'Envoyez un fichier dans le champ de formulaire « file »',
    file_too_large: 'Le fichier dépasse {{limit}}',
    file_type_refused: 'Le fichier {{name}} n’est pas un fichier PDF, DOCX, XLSX, ODT, CSV, PNG ou JPEG',
    file_type_hint:
      'Le type est lu dans le contenu du fichier, non dans son nom : enregistrez-le dans l’un de ces formats.',
    too_many_files: 'La question {{question}} accepte au plus {{max}} fichiers : retirez-en un d’abord',
    attachment_not_found: 'Le rapport {{id}} n’a pas de pièce jointe {{attachment}}',
    import_not_national:
      'Le rapport {{id}} est un rapport de partie prenante : seuls les chiffres des rapports nationaux sont importés',
    import_not_accepted:
      'Le rapport {{id}} est $t(state_{{state}}) : les chiffres sont importés une fois le rapport accepté',
    import_no_figures: 'Le rapport {{id}} ne donne aucun chiffre à importer',
    import_hint:
      'Les lignes des tableaux d’effectifs et d’entrées ayant une profession, un pays, une année et un nombre sont importées.',
    diff_different:
      'Déclaré : {{reported}} ; les données de référence contiennent {{stored}} ({{source}}, lot {{batch}}) : un écart de {{gap}} ({{percent}} %).',
    diff_gap_only:
      'Déclaré : {{reported}} ; les données de référence contiennent {{stored}} ({{source}}, lot {{batch}}) : un écart de {{gap}}.',
    diff_year_missing:
      'Les données de référence ne contiennent aucun chiffre pour {{occupation}} en {{year}} : le plus récent date de {{latest}}.',
    diff_year_none:
      'Les données de référence ne contiennent aucun chiffre pour {{occupation}} dans ce pays avant {{year}}.',
    diff_partner_missing:
      'Les données de référence contiennent des chiffres pour {{occupation}} en {{year}}, mais aucun pour les personnels venant de {{partner}}.',
    diff_not_reported:
      'Les données de référence contiennent {{stored}} ({{source}}, lot {{batch}}), que le rapport ne donne pas.',
  },
  es: {
    state_draft: 'un borrador',
    state_submitted: 'presentado',
    state_returned: 'devuelto',
    state_resubmitted: 'presentado de nuevo',
    state_accepted: 'aceptado',
    state_published: 'publicado',
    round_planned: 'previsto',
    round_open: 'abierto',
    round_closed: 'cerrado',
    round_published: 'publicado',
    not_found: 'No existe el informe {{id}}',
    round_not_found: 'No existe la ronda de presentación de informes {{id}}',
    read_sign_in: 'Inicie sesión para leer el informe {{id}}: no está publicado',
    read_refused: 'No puede leer el informe {{id}}: no está publicado',
    read_hint:
      'Antes de publicarse, un informe lo leen la Secretaría de la OMS, la autoridad nacional de su país (informe nacional) y su autor (informe de parte interesada).',
    stale:
      'El informe {{id}} ha cambiado desde la versión {{sent}}: {{who}} guardó la versión {{version}} el {{at}}. No se guardó nada.',
    stale_hint: 'El informe actual acompaña esta respuesta: aplique en él sus cambios y guarde de nuevo.',
    create_national_refused:
      'Solo la autoridad nacional de {{area}} o la Secretaría de la OMS inician su informe nacional',
    create_national_hint:
      'Pida a la Secretaría que designe a su autoridad para la ronda y habilite su cuenta.',
    create_stakeholder_refused:
      'Los informes de partes interesadas se redactan con cuentas de parte interesada',
    create_stakeholder_hint: 'Pida a la Secretaría una cuenta de parte interesada para su organización.',
    round_not_open:
      'La ronda {{round}} está $t(round_{{state}}): los informes solo se redactan mientras una ronda está abierta',
    round_not_open_hint: 'La Secretaría abre una ronda en su fecha de apertura.',
    no_stakeholder_questionnaire: 'La ronda {{round}} no tiene cuestionario para partes interesadas',
    not_a_country: '{{code}} no es un país',
    national_exists: 'La ronda {{round}} ya tiene un informe nacional de {{area}}: el informe {{id}}',
    national_exists_hint: 'Continúe el informe {{id}}: hay un informe nacional por país y ronda.',
    edit_refused: 'No puede modificar el informe {{id}}',
    edit_hint:
      'Un informe nacional lo redacta la autoridad nacional de su país; un informe de parte interesada, su autor.',
    edit_state:
      'El informe {{id}} es $t(state_{{state}}): solo puede modificarse como borrador o una vez devuelto',
    edit_round: 'La ronda del informe {{id}} está $t(round_{{state}}): sus informes ya no pueden modificarse',
    review_refused: 'Solo la Secretaría de la OMS examina el informe {{id}}',
    review_hint: 'La Secretaría devuelve, acepta y publica los informes.',
    cannot_submit: 'El informe {{id}} es $t(state_{{state}}): no puede presentarse',
    cannot_return: 'El informe {{id}} es $t(state_{{state}}): solo un informe presentado puede devolverse',
    cannot_accept: 'El informe {{id}} es $t(state_{{state}}): solo un informe presentado puede aceptarse',
    cannot_publish: 'El informe {{id}} es $t(state_{{state}}): solo un informe aceptado puede publicarse',
    submit_issues: 'El informe {{id}} no puede presentarse: respuestas que faltan o son erróneas: {{count}}',
    submit_hint: 'Responda o corrija cada pregunta indicada y preséntelo de nuevo.',
    return_needs_comment:
      'Indique qué debe corregirse en el informe {{id}}: se necesita un comentario para devolverlo',
    return_hint: 'Comente las preguntas que deben corregirse, o el informe en su conjunto.',
    not_file_question: 'La pregunta {{question}} no admite archivos',
    no_file: 'Envíe un archivo en el campo de formulario «file»',
    file_too_large: 'El archivo supera {{limit}}',
    file_type_refused: 'El archivo {{name}} no es un archivo PDF, DOCX, XLSX, ODT, CSV, PNG o JPEG',
    file_type_hint:
      'El tipo se lee del contenido del archivo, no de su nombre: guárdelo en uno de estos formatos.',
    too_many_files: 'La pregunta {{question}} admite como máximo {{max}} archivos: quite uno primero',
    attachment_not_found: 'El informe {{id}} no tiene el adjunto {{attachment}}',
    import_not_national:
      'El informe {{id}} es de una parte interesada: solo se importan las cifras de los informes nacionales',
    import_not_accepted:
      'El informe {{id}} es $t(state_{{state}}): las cifras se importan una vez aceptado el informe',
    import_no_figures: 'El informe {{id}} no contiene cifras que importar',
    import_hint:
      'Se importan las filas de las tablas de efectivos y de entradas que tienen una ocupación, un país, un año y un número.',
    diff_different:
      'Declarado: {{reported}}; los datos de referencia contienen {{stored}} ({{source}}, lote {{batch}}): una diferencia de {{gap}} ({{percent}} %).',
    diff_gap_only:
      'Declarado: {{reported}}; los datos de referencia contienen {{stored}} ({{source}}, lote {{batch}}): una diferencia de {{gap}}.',
    diff_year_missing:
      'Los datos de referencia no contienen cifras de {{occupation}} para {{year}}: la más reciente es de {{latest}}.',
    diff_year_none:
      'Los datos de referencia no contienen cifras de {{occupation}} de este país antes de {{year}}.',
    diff_partner_missing:
      'Los datos de referencia contienen cifras de {{occupation}} para {{year}}, pero ninguna del personal procedente de {{partner}}.',
    diff_not_reported:
      'Los datos de referencia contienen {{stored}} ({{source}}, lote {{batch}}), que el informe no da.',
  },
  ar: {
    state_draft: 'مسودة',
    state_submitted: 'مقدَّم',
    state_returned: 'مُعاد',
    state_resubmitted: 'مقدَّم من جديد',
    state_accepted: 'مقبول',
    state_published: 'منشور',
    round_planned: 'مخطَّطة',
    round_open: 'مفتوحة',
    round_closed: 'مغلقة',
    round_published: 'منشورة',
    not_found: 'لا يوجد تقرير {{id}}',
    round_not_found: 'لا توجد جولة إبلاغ {{id}}',
    read_sign_in: 'سجّل الدخول لقراءة التقرير {{id}}: فهو غير منشور',
    read_refused: 'لا يجوز لك قراءة التقرير {{id}}: فهو غير منشور',
    read_hint:
      'قبل النشر، يقرأ التقرير أمانة منظمة الصحة العالمية، والسلطة الوطنية لبلده (التقرير الوطني)، ومؤلفه (تقرير أصحاب المصلحة).',
    stale:
      'تغيّر التقرير {{id}} منذ الإصدار {{sent}}: حفظ {{who}} الإصدار {{version}} في {{at}}. لم يُحفظ شيء.',
    stale_hint: 'يرافق التقرير الحالي هذا الرد: طبّق تعديلاتك عليه ثم احفظ من جديد.',
    create_national_refused:
      'لا يبدأ التقرير الوطني لـ {{area}} إلا سلطته الوطنية أو أمانة منظمة الصحة العالمية',
    create_national_hint: 'اطلب من الأمانة تعيين سلطتك للجولة ومنح حسابك الصلاحية.',
    create_stakeholder_refused: 'تُكتب تقارير أصحاب المصلحة بحسابات أصحاب المصلحة',
    create_stakeholder_hint: 'اطلب من الأمانة حساب صاحب مصلحة لمنظمتك.',
    round_not_open: 'الجولة {{round}} $t(round_{{state}}): لا تُكتب التقارير إلا والجولة مفتوحة',
    round_not_open_hint: 'تفتح الأمانة الجولة في تاريخ افتتاحها.',
    no_stakeholder_questionnaire: 'ليس للجولة {{round}} استبيان لأصحاب المصلحة',
    not_a_country: '{{code}} ليس بلدًا',
    national_exists: 'للجولة {{round}} تقرير وطني لـ {{area}} بالفعل: التقرير {{id}}',
    national_exists_hint: 'تابع التقرير {{id}}: لكل بلد تقرير وطني واحد في كل جولة.',
    edit_refused: 'لا يجوز لك تعديل التقرير {{id}}',
    edit_hint: 'تكتب التقرير الوطني السلطة الوطنية لبلده، ويكتب تقرير أصحاب المصلحة مؤلفه.',
    edit_state: 'التقرير {{id}} $t(state_{{state}}): لا يُعدَّل إلا وهو مسودة أو بعد إعادته',
    edit_round: 'جولة التقرير {{id}} $t(round_{{state}}): لم يعد تعديل تقاريرها ممكنًا',
    review_refused: 'لا يراجع التقرير {{id}} إلا أمانة منظمة الصحة العالمية',
    review_hint: 'تعيد الأمانة التقارير وتقبلها وتنشرها.',
    cannot_submit: 'التقرير {{id}} $t(state_{{state}}): لا يمكن تقديمه',
    cannot_return: 'التقرير {{id}} $t(state_{{state}}): لا يُعاد إلا تقرير مقدَّم',
    cannot_accept: 'التقرير {{id}} $t(state_{{state}}): لا يُقبل إلا تقرير مقدَّم',
    cannot_publish: 'التقرير {{id}} $t(state_{{state}}): لا يُنشر إلا تقرير مقبول',
    submit_issues: 'لا يمكن تقديم التقرير {{id}}: إجابات ناقصة أو خاطئة: {{count}}',
    submit_hint: 'أجب عن كل سؤال مذكور أو صحّحه، ثم قدّم التقرير من جديد.',
    return_needs_comment: 'بيّن ما يجب تصحيحه في التقرير {{id}}: يلزم تعليق لإعادته',
    return_hint: 'علّق على الأسئلة الواجب تصحيحها، أو على التقرير كله.',
    not_file_question: 'السؤال {{question}} لا يقبل ملفات',
    no_file: 'أرسل ملفًا واحدًا في حقل النموذج "file"',
    file_too_large: 'الملف أكبر من {{limit}}',
    file_type_refused: 'الملف {{name}} ليس ملف PDF أو DOCX أو XLSX أو ODT أو CSV أو PNG أو JPEG',
    file_type_hint: 'يُقرأ النوع من محتوى الملف لا من اسمه: احفظه بأحد هذه الأنساق.',
    too_many_files: 'السؤال {{question}} يقبل {{max}} ملفات على الأكثر: احذف واحدًا أولًا',
    attachment_not_found: 'ليس للتقرير {{id}} مرفق {{attachment}}',
    import_not_national: 'التقرير {{id}} تقرير أصحاب مصلحة: لا تُستورد إلا أرقام التقارير الوطنية',
    import_not_accepted: 'التقرير {{id}} $t(state_{{state}}): تُستورد الأرقام بعد قبول التقرير',
    import_no_figures: 'لا يتضمن التقرير {{id}} أرقامًا للاستيراد',
    import_hint: 'تُستورد صفوف جداول الأعداد والتدفقات الوافدة التي فيها مهنة وبلد وسنة ورقم.',
    diff_different:
      'المُبلَّغ {{reported}}؛ وتتضمن البيانات الأساسية {{stored}} ({{source}}، الدفعة {{batch}}): فارق قدره {{gap}} ({{percent}} %).',
    diff_gap_only:
      'المُبلَّغ {{reported}}؛ وتتضمن البيانات الأساسية {{stored}} ({{source}}، الدفعة {{batch}}): فارق قدره {{gap}}.',
    diff_year_missing:
      'لا تتضمن البيانات الأساسية رقمًا لـ {{occupation}} لعام {{year}}: أحدثها لعام {{latest}}.',
    diff_year_none: 'لا تتضمن البيانات الأساسية رقمًا لـ {{occupation}} لهذا البلد قبل {{year}}.',
    diff_partner_missing:
      'تتضمن البيانات الأساسية أرقامًا لـ {{occupation}} لعام {{year}}، لكن لا شيء للعاملين القادمين من {{partner}}.',
    diff_not_reported:
      'تتضمن البيانات الأساسية {{stored}} ({{source}}، الدفعة {{batch}})، ولا يذكره التقرير.',
  },
  ru: {
    state_draft: 'черновик',
    state_submitted: 'представлен',
    state_returned: 'возвращён',
    state_resubmitted: 'представлен повторно',
    state_accepted: 'принят',
    state_published: 'опубликован',
    round_planned: 'запланирован',
    round_open: 'открыт',
    round_closed: 'закрыт',
    round_published: 'опубликован',
    not_found: 'Доклада {{id}} нет',
    round_not_found: 'Цикла представления докладов {{id}} нет',
    read_sign_in: 'Войдите, чтобы прочитать доклад {{id}}: он не опубликован',
    read_refused: 'Вы не можете читать доклад {{id}}: он не опубликован',
    read_hint:
      'До публикации доклад читают Секретариат ВОЗ, национальный орган его страны (национальный доклад) и его автор (доклад заинтересованной стороны).',
    stale:
      'Доклад {{id}} изменился после версии {{sent}}: {{who}} сохранил(а) версию {{version}} в {{at}}. Ничего не сохранено.',
    stale_hint: 'Текущий доклад приложен к этому ответу: внесите в него свои изменения и сохраните снова.',
    create_national_refused:
      'Национальный доклад {{area}} начинают только её национальный орган или Секретариат ВОЗ',
    create_national_hint:
      'Попросите Секретариат назначить ваш орган на цикл и предоставить права вашей учётной записи.',
    create_stakeholder_refused:
      'Доклады заинтересованных сторон пишутся с учётных записей заинтересованных сторон',
    create_stakeholder_hint:
      'Попросите Секретариат о учётной записи заинтересованной стороны для вашей организации.',
    round_not_open: 'Цикл {{round}} $t(round_{{state}}): доклады пишутся, только пока цикл открыт',
    round_not_open_hint: 'Секретариат открывает цикл в дату его открытия.',
    no_stakeholder_questionnaire: 'У цикла {{round}} нет вопросника для заинтересованных сторон',
    not_a_country: '{{code}} — не страна',
    national_exists: 'В цикле {{round}} уже есть национальный доклад {{area}}: доклад {{id}}',
    national_exists_hint: 'Продолжите доклад {{id}}: на страну и цикл приходится один национальный доклад.',
    edit_refused: 'Вы не можете изменять доклад {{id}}',
    edit_hint:
      'Национальный доклад пишет национальный орган его страны, доклад заинтересованной стороны — его автор.',
    edit_state:
      'Доклад {{id}}: $t(state_{{state}}); изменять его можно только как черновик или после возврата',
    edit_round: 'Цикл доклада {{id}} $t(round_{{state}}): его доклады больше нельзя изменять',
    review_refused: 'Доклад {{id}} рассматривает только Секретариат ВОЗ',
    review_hint: 'Секретариат возвращает, принимает и публикует доклады.',
    cannot_submit: 'Доклад {{id}}: $t(state_{{state}}); его нельзя представить',
    cannot_return: 'Доклад {{id}}: $t(state_{{state}}); вернуть можно только представленный доклад',
    cannot_accept: 'Доклад {{id}}: $t(state_{{state}}); принять можно только представленный доклад',
    cannot_publish: 'Доклад {{id}}: $t(state_{{state}}); опубликовать можно только принятый доклад',
    submit_issues: 'Доклад {{id}} нельзя представить: недостающих или неверных ответов: {{count}}',
    submit_hint: 'Ответьте на каждый указанный вопрос или исправьте ответ, затем представьте доклад снова.',
    return_needs_comment: 'Укажите, что исправить в докладе {{id}}: для возврата нужен комментарий',
    return_hint: 'Прокомментируйте вопросы, которые нужно исправить, или доклад в целом.',
    not_file_question: 'Вопрос {{question}} не принимает файлы',
    no_file: 'Отправьте один файл в поле формы «file»',
    file_too_large: 'Файл больше {{limit}}',
    file_type_refused: 'Файл {{name}} не является файлом PDF, DOCX, XLSX, ODT, CSV, PNG или JPEG',
    file_type_hint:
      'Тип определяется по содержимому файла, а не по имени: сохраните его в одном из этих форматов.',
    too_many_files: 'Вопрос {{question}} принимает не более {{max}} файлов: сначала удалите один',
    attachment_not_found: 'У доклада {{id}} нет вложения {{attachment}}',
    import_not_national:
      'Доклад {{id}} — доклад заинтересованной стороны: импортируются только цифры национальных докладов',
    import_not_accepted: 'Доклад {{id}}: $t(state_{{state}}); цифры импортируются после принятия доклада',
    import_no_figures: 'В докладе {{id}} нет цифр для импорта',
    import_hint:
      'Импортируются строки таблиц численности и притока, в которых есть профессия, страна, год и число.',
    diff_different:
      'Сообщено {{reported}}; в базовых данных {{stored}} ({{source}}, пакет {{batch}}): расхождение {{gap}} ({{percent}} %).',
    diff_gap_only:
      'Сообщено {{reported}}; в базовых данных {{stored}} ({{source}}, пакет {{batch}}): расхождение {{gap}}.',
    diff_year_missing: 'В базовых данных нет цифры по {{occupation}} за {{year}}: последняя — за {{latest}}.',
    diff_year_none: 'В базовых данных нет цифр по {{occupation}} для этой страны до {{year}}.',
    diff_partner_missing:
      'В базовых данных есть цифры по {{occupation}} за {{year}}, но нет по работникам из {{partner}}.',
    diff_not_reported: 'В базовых данных есть {{stored}} ({{source}}, пакет {{batch}}), чего нет в докладе.',
  },
  zh: {
    state_draft: '草稿',
    state_submitted: '已提交',
    state_returned: '已退回',
    state_resubmitted: '已重新提交',
    state_accepted: '已接受',
    state_published: '已发布',
    round_planned: '已计划',
    round_open: '开放中',
    round_closed: '已关闭',
    round_published: '已发布',
    not_found: '没有报告 {{id}}',
    round_not_found: '没有报告周期 {{id}}',
    read_sign_in: '请登录以阅读报告 {{id}}：该报告尚未发布',
    read_refused: '您无权阅读报告 {{id}}：该报告尚未发布',
    read_hint:
      '报告发布前，由世卫组织秘书处、其所在国家的国家主管部门（国家报告）及其作者（利益攸关方报告）阅读。',
    stale:
      '报告 {{id}} 自版本 {{sent}} 以来已更改：{{who}} 于 {{at}} 保存了版本 {{version}}。未保存任何内容。',
    stale_hint: '当前报告随此答复一并返回：请将您的修改应用于该报告后再次保存。',
    create_national_refused: '只有 {{area}} 的国家主管部门或世卫组织秘书处可以开始其国家报告',
    create_national_hint: '请秘书处为本周期指定您的主管部门并授权您的账户。',
    create_stakeholder_refused: '利益攸关方报告由利益攸关方账户撰写',
    create_stakeholder_hint: '请向秘书处申请贵组织的利益攸关方账户。',
    round_not_open: '{{round}} 周期$t(round_{{state}})：只有在周期开放期间才能撰写报告',
    round_not_open_hint: '秘书处在开放日期开放周期。',
    no_stakeholder_questionnaire: '{{round}} 周期没有利益攸关方问卷',
    not_a_country: '{{code}} 不是国家',
    national_exists: '{{round}} 周期已有 {{area}} 的国家报告：报告 {{id}}',
    national_exists_hint: '请继续填写报告 {{id}}：每个国家每个周期只有一份国家报告。',
    edit_refused: '您无权修改报告 {{id}}',
    edit_hint: '国家报告由其所在国家的国家主管部门撰写，利益攸关方报告由其作者撰写。',
    edit_state: '报告 {{id}} 为$t(state_{{state}})：只有草稿或被退回后才能修改',
    edit_round: '报告 {{id}} 所属周期$t(round_{{state}})：其报告已不能修改',
    review_refused: '只有世卫组织秘书处审查报告 {{id}}',
    review_hint: '秘书处退回、接受和发布报告。',
    cannot_submit: '报告 {{id}} 为$t(state_{{state}})：不能提交',
    cannot_return: '报告 {{id}} 为$t(state_{{state}})：只能退回已提交的报告',
    cannot_accept: '报告 {{id}} 为$t(state_{{state}})：只能接受已提交的报告',
    cannot_publish: '报告 {{id}} 为$t(state_{{state}})：只能发布已接受的报告',
    submit_issues: '报告 {{id}} 不能提交：缺少或有误的答案：{{count}}',
    submit_hint: '请回答或更正所列的每个问题，然后再次提交。',
    return_needs_comment: '请说明报告 {{id}} 中需要更正的内容：退回需要意见',
    return_hint: '请对需要更正的问题或整份报告提出意见。',
    not_file_question: '问题 {{question}} 不接受文件',
    no_file: '请在表单字段“file”中发送一个文件',
    file_too_large: '文件大于 {{limit}}',
    file_type_refused: '文件 {{name}} 不是 PDF、DOCX、XLSX、ODT、CSV、PNG 或 JPEG 文件',
    file_type_hint: '类型根据文件内容而非文件名判断：请以上述格式之一保存。',
    too_many_files: '问题 {{question}} 最多接受 {{max}} 个文件：请先删除一个',
    attachment_not_found: '报告 {{id}} 没有附件 {{attachment}}',
    import_not_national: '报告 {{id}} 是利益攸关方报告：只导入国家报告的数字',
    import_not_accepted: '报告 {{id}} 为$t(state_{{state}})：报告被接受后才导入数字',
    import_no_figures: '报告 {{id}} 没有可导入的数字',
    import_hint: '导入存量表和流入表中含有职业、国家、年份和数字的行。',
    diff_different:
      '报告值 {{reported}}；核心数据为 {{stored}}（{{source}}，批次 {{batch}}）：相差 {{gap}}（{{percent}}%）。',
    diff_gap_only: '报告值 {{reported}}；核心数据为 {{stored}}（{{source}}，批次 {{batch}}）：相差 {{gap}}。',
    diff_year_missing: '核心数据中没有 {{occupation}} {{year}} 年的数字：最近的是 {{latest}} 年。',
    diff_year_none: '核心数据中没有该国 {{year}} 年之前 {{occupation}} 的数字。',
    diff_partner_missing:
      '核心数据中有 {{occupation}} {{year}} 年的数字，但没有来自{{partner}}的卫生工作者的数字。',
    diff_not_reported: '核心数据为 {{stored}}（{{source}}，批次 {{batch}}），报告中未给出。',
  },
});
