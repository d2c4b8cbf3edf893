import type { Lang } from '../../platform/i18n/langs.ts';
import { defineMessages, render, type Text, textByLang } from '../../platform/i18n/messages.ts';
import { localText } from './domain/text.ts';
import { findQuestion, questionNumber } from './domain/walk.ts';
import type { AnswerIssue, QuestionnaireDefinition } from './schemas.ts';

/**
 * The questionnaires module's messages in the six languages: its errors, the problems of a definition, and the
 * issues of answers, worded with the question's number, row and column. Kinds, expected answers and problem codes
 * are nested by their codes (`$t(kind_{{kind}})`).
 */
const en = {
  kind_national: 'national',
  kind_stakeholder: 'stakeholder',
  not_found: 'Questionnaire {{id}} does not exist',
  not_found_hint: 'GET /api/questionnaires lists the questionnaire versions.',
  exists: 'Version {{version}} of the questionnaire “{{code}}” already exists (number {{id}})',
  exists_hint: 'Give the new version a version of its own, such as the year of the round it is for.',
  kind_differs:
    'A $t(kind_{{kind}}) questionnaire cannot be derived from questionnaire {{from}}, which is $t(kind_{{parentKind}})',
  kind_hint: 'Derive it from a version of the same kind (GET /api/questionnaires?kind={{kind}}).',
  invalid_definition: 'The questionnaire definition is not valid',
  invalid_definition_hint: 'Each problem names its place in the definition, such as sections.2.questions.0.',
  file_invalid: 'The questionnaire file {{file}} is not valid',
  file_json: 'The questionnaire file {{file}} is not JSON: {{reason}}',
  file_hint: 'Correct the file; the questionnaires before it in version order were loaded.',
  none_stored: 'No $t(kind_{{kind}}) questionnaire is stored',
  none_stored_hint: 'Its file goes in data/questionnaires/; it is loaded when hwmo starts.',
  renamed_previous: '“{{previous}}” is not a question of questionnaire {{from}}',
  'def_duplicate-section': 'the section id “{{section}}” is used more than once',
  'def_duplicate-question': 'the question id “{{question}}” is used more than once',
  'def_duplicate-option': 'the option code “{{option}}” is used more than once',
  'def_duplicate-column': 'the column id “{{column}}” is used more than once',
  'def_condition-unknown':
    'the condition names “{{question}}”, which is not a question of this questionnaire',
  'def_condition-later': 'the condition names “{{question}}”, which is not asked before this question',
  'def_condition-type':
    'the condition names “{{question}}”, a question of type {{type}}, which no condition can test',
  'def_condition-value': '{{value}} cannot be an answer to “{{question}}” (type {{type}})',
  'def_sum-question': 'the sum must equal “{{question}}”, which is not a number question',
  'def_sum-column': 'the sum is of the column “{{column}}”, which is not a number column of this table',
  'def_column-options': 'the single-choice column “{{column}}” needs at least two options',
  'def_prefill-column': 'the pre-fill goes into the column “{{column}}”, which this table does not have',
  'def_prefill-field': '“{{field}}” is not a field of {{source}} (its fields: {{fields}})',
  def_range: 'the minimum {{min}} is above the maximum {{max}}',
  def_choices: 'the numbers of choices (at least {{min}}, at most {{max}}) exceed the {{options}} options',
  'def_renamed-unknown': '“{{question}}” is renamed, but it is not a question of this questionnaire',
  issue: '{{where}}: {{problem}}',
  where_question: 'Question {{number}}',
  where_row: 'Question {{number}}, row {{row}}',
  where_cell: 'Question {{number}}, row {{row}}, column “{{column}}”',
  where_column: 'Question {{number}}, column “{{column}}”',
  where_unknown: 'The answer “{{question}}”',
  required: 'an answer is needed.',
  required_cell: 'a value is needed.',
  'expected_yes-no-partly': 'yes, no or partly',
  'expected_single-choice': 'one of the options',
  'expected_multiple-choice': 'a list of options',
  expected_number: 'a number',
  expected_text: 'a text',
  expected_date: 'a date',
  expected_file: 'attached files',
  expected_table: 'table rows',
  expected_area: 'a country code',
  expected_occupation: 'an occupation code',
  type: '$t(expected_{{expected}}) is needed, not “{{value}}”.',
  option: '“{{value}}” is not one of the options.',
  'option_yes-no-partly': '“{{value}}” is not one of yes, no or partly.',
  option_area: 'an ISO 3166 alpha-3 country code (such as “GHA”) is needed, not “{{value}}”.',
  option_occupation: 'an occupation code (such as “nursing-personnel”) is needed, not “{{value}}”.',
  range_min: 'a number of at least {{min}} is needed, not “{{value}}”.',
  range_max: 'a number of at most {{max}} is needed, not “{{value}}”.',
  range_both: 'a number from {{min}} to {{max}} is needed, not “{{value}}”.',
  date_min: 'a date on or after {{min}} is needed, not {{value}}.',
  date_max: 'a date on or before {{max}} is needed, not {{value}}.',
  date_both: 'a date from {{min}} to {{max}} is needed, not {{value}}.',
  integer: 'a whole number is needed, not “{{value}}”.',
  date: 'a date written YYYY-MM-DD (such as 2027-03-31) is needed, not “{{value}}”.',
  length: 'the text has {{length}} characters; at most {{max}} are allowed.',
  choices_min: 'choose at least {{min}} (chosen: {{value}}).',
  choices_max: 'choose at most {{max}} (chosen: {{value}}).',
  choices_both: 'choose from {{min}} to {{max}} (chosen: {{value}}).',
  files_max: 'at most {{max}} files may be attached (attached: {{value}}).',
  rows_min: 'at least {{min}} rows are needed (given: {{n}}).',
  rows_max: 'at most {{max}} rows are allowed (given: {{n}}).',
  sum: 'the column adds up to {{total}}, but Question {{equals}} gives {{expected}}.',
  sum_tolerance:
    'the column adds up to {{total}}, but Question {{equals}} gives {{expected}} (± {{tolerance}}).',
  unknown_question: 'this questionnaire has no such question.',
  unknown_column: 'this table has no such column.',
  hidden: 'answered, but not asked given the other answers.',
} as const;

const text = defineMessages('questionnaires', {
  en,
  fr: {
    kind_national: 'national',
    kind_stakeholder: 'des parties prenantes',
    not_found: 'Le questionnaire {{id}} n’existe pas',
    not_found_hint: 'GET /api/questionnaires donne la liste des versions des questionnaires.',
    exists: 'La version {{version}} du questionnaire « {{code}} » existe déjà (numéro {{id}})',
    exists_hint:
      'Donnez à la nouvelle version une version qui lui soit propre, comme l’année du cycle auquel elle est destinée.',
    kind_differs:
      'Un questionnaire $t(kind_{{kind}}) ne peut pas être dérivé du questionnaire {{from}}, qui est $t(kind_{{parentKind}})',
    kind_hint: 'Dérivez-le d’une version du même type (GET /api/questionnaires?kind={{kind}}).',
    invalid_definition: 'La définition du questionnaire n’est pas valide',
    invalid_definition_hint:
      'Chaque problème indique sa place dans la définition, par exemple sections.2.questions.0.',
    file_invalid: 'Le fichier de questionnaire {{file}} n’est pas valide',
    file_json: 'Le fichier de questionnaire {{file}} n’est pas du JSON : {{reason}}',
    file_hint:
      'Corrigez le fichier ; les questionnaires qui le précèdent dans l’ordre des versions ont été chargés.',
    none_stored: 'Aucun questionnaire $t(kind_{{kind}}) n’est enregistré',
    none_stored_hint: 'Son fichier se place dans data/questionnaires/ ; il est chargé au démarrage de hwmo.',
    renamed_previous: '« {{previous}} » n’est pas une question du questionnaire {{from}}',
    'def_duplicate-section': 'l’identifiant de section « {{section}} » est utilisé plusieurs fois',
    'def_duplicate-question': 'l’identifiant de question « {{question}} » est utilisé plusieurs fois',
    'def_duplicate-option': 'le code d’option « {{option}} » est utilisé plusieurs fois',
    'def_duplicate-column': 'l’identifiant de colonne « {{column}} » est utilisé plusieurs fois',
    'def_condition-unknown':
      'la condition nomme « {{question}} », qui n’est pas une question de ce questionnaire',
    'def_condition-later': 'la condition nomme « {{question}} », qui n’est pas posée avant cette question',
    'def_condition-type':
      'la condition nomme « {{question}} », une question de type {{type}}, qu’aucune condition ne peut tester',
    'def_condition-value': '{{value}} ne peut pas être une réponse à « {{question}} » (type {{type}})',
    'def_sum-question': 'la somme doit être égale à « {{question}} », qui n’est pas une question numérique',
    'def_sum-column':
      'la somme porte sur la colonne « {{column}} », qui n’est pas une colonne numérique de ce tableau',
    'def_column-options': 'la colonne à choix unique « {{column}} » doit avoir au moins deux options',
    'def_prefill-column': 'le préremplissage va dans la colonne « {{column}} », que ce tableau n’a pas',
    'def_prefill-field': '« {{field}} » n’est pas un champ de {{source}} (ses champs : {{fields}})',
    def_range: 'le minimum {{min}} est supérieur au maximum {{max}}',
    def_choices: 'les nombres de choix (au moins {{min}}, au plus {{max}}) dépassent les {{options}} options',
    'def_renamed-unknown':
      '« {{question}} » est renommée, mais ce n’est pas une question de ce questionnaire',
    issue: '{{where}} : {{problem}}',
    where_question: 'Question {{number}}',
    where_row: 'Question {{number}}, ligne {{row}}',
    where_cell: 'Question {{number}}, ligne {{row}}, colonne « {{column}} »',
    where_column: 'Question {{number}}, colonne « {{column}} »',
    where_unknown: 'La réponse « {{question}} »',
    required: 'une réponse est nécessaire.',
    required_cell: 'une valeur est nécessaire.',
    'expected_yes-no-partly': 'oui, non ou en partie',
    'expected_single-choice': 'une des options',
    'expected_multiple-choice': 'une liste d’options',
    expected_number: 'un nombre',
    expected_text: 'un texte',
    expected_date: 'une date',
    expected_file: 'des fichiers joints',
    expected_table: 'des lignes de tableau',
    expected_area: 'un code de pays',
    expected_occupation: 'un code de profession',
    type: 'il faut $t(expected_{{expected}}), et non « {{value}} ».',
    option: '« {{value}} » ne fait pas partie des options.',
    'option_yes-no-partly': '« {{value}} » n’est ni oui, ni non, ni en partie.',
    option_area: 'il faut un code de pays ISO 3166 alpha-3 (comme « GHA »), et non « {{value}} ».',
    option_occupation: 'il faut un code de profession (comme « nursing-personnel »), et non « {{value}} ».',
    range_min: 'il faut un nombre d’au moins {{min}}, et non « {{value}} ».',
    range_max: 'il faut un nombre d’au plus {{max}}, et non « {{value}} ».',
    range_both: 'il faut un nombre de {{min}} à {{max}}, et non « {{value}} ».',
    date_min: 'il faut une date à partir du {{min}}, et non {{value}}.',
    date_max: 'il faut une date au plus tard le {{max}}, et non {{value}}.',
    date_both: 'il faut une date du {{min}} au {{max}}, et non {{value}}.',
    integer: 'il faut un nombre entier, et non « {{value}} ».',
    date: 'il faut une date écrite AAAA-MM-JJ (comme 2027-03-31), et non « {{value}} ».',
    length: 'le texte compte {{length}} caractères ; {{max}} au plus sont admis.',
    choices_min: 'choisissez-en au moins {{min}} (choisies : {{value}}).',
    choices_max: 'choisissez-en au plus {{max}} (choisies : {{value}}).',
    choices_both: 'choisissez-en de {{min}} à {{max}} (choisies : {{value}}).',
    files_max: '{{max}} fichiers au plus peuvent être joints (joints : {{value}}).',
    rows_min: 'il faut au moins {{min}} lignes (données : {{n}}).',
    rows_max: '{{max}} lignes au plus sont admises (données : {{n}}).',
    sum: 'la colonne totalise {{total}}, mais la question {{equals}} indique {{expected}}.',
    sum_tolerance:
      'la colonne totalise {{total}}, mais la question {{equals}} indique {{expected}} (± {{tolerance}}).',
    unknown_question: 'ce questionnaire n’a pas cette question.',
    unknown_column: 'ce tableau n’a pas cette colonne.',
    hidden: 'réponse donnée, mais la question n’est pas posée compte tenu des autres réponses.',
  },
  es: {
    kind_national: 'nacional',
    kind_stakeholder: 'de partes interesadas',
    not_found: 'El cuestionario {{id}} no existe',
    not_found_hint: 'GET /api/questionnaires enumera las versiones de los cuestionarios.',
    exists: 'La versión {{version}} del cuestionario «{{code}}» ya existe (número {{id}})',
    exists_hint: 'Dé a la nueva versión una versión propia, como el año de la ronda a la que se destina.',
    kind_differs:
      'Un cuestionario $t(kind_{{kind}}) no puede derivarse del cuestionario {{from}}, que es $t(kind_{{parentKind}})',
    kind_hint: 'Derívelo de una versión del mismo tipo (GET /api/questionnaires?kind={{kind}}).',
    invalid_definition: 'La definición del cuestionario no es válida',
    invalid_definition_hint:
      'Cada problema indica su lugar en la definición, por ejemplo sections.2.questions.0.',
    file_invalid: 'El archivo de cuestionario {{file}} no es válido',
    file_json: 'El archivo de cuestionario {{file}} no es JSON: {{reason}}',
    file_hint: 'Corrija el archivo; los cuestionarios que lo preceden en el orden de versiones se cargaron.',
    none_stored: 'No hay ningún cuestionario $t(kind_{{kind}}) guardado',
    none_stored_hint: 'Su archivo va en data/questionnaires/; se carga al iniciar hwmo.',
    renamed_previous: '«{{previous}}» no es una pregunta del cuestionario {{from}}',
    'def_duplicate-section': 'el identificador de sección «{{section}}» se usa más de una vez',
    'def_duplicate-question': 'el identificador de pregunta «{{question}}» se usa más de una vez',
    'def_duplicate-option': 'el código de opción «{{option}}» se usa más de una vez',
    'def_duplicate-column': 'el identificador de columna «{{column}}» se usa más de una vez',
    'def_condition-unknown':
      'la condición nombra «{{question}}», que no es una pregunta de este cuestionario',
    'def_condition-later': 'la condición nombra «{{question}}», que no se formula antes de esta pregunta',
    'def_condition-type':
      'la condición nombra «{{question}}», una pregunta de tipo {{type}}, que ninguna condición puede evaluar',
    'def_condition-value': '{{value}} no puede ser una respuesta a «{{question}}» (tipo {{type}})',
    'def_sum-question': 'la suma debe ser igual a «{{question}}», que no es una pregunta numérica',
    'def_sum-column': 'la suma es de la columna «{{column}}», que no es una columna numérica de esta tabla',
    'def_column-options': 'la columna de opción única «{{column}}» necesita al menos dos opciones',
    'def_prefill-column': 'el rellenado previo va en la columna «{{column}}», que esta tabla no tiene',
    'def_prefill-field': '«{{field}}» no es un campo de {{source}} (sus campos: {{fields}})',
    def_range: 'el mínimo {{min}} es mayor que el máximo {{max}}',
    def_choices:
      'los números de opciones (al menos {{min}}, como máximo {{max}}) superan las {{options}} opciones',
    'def_renamed-unknown': '«{{question}}» se ha renombrado, pero no es una pregunta de este cuestionario',
    issue: '{{where}}: {{problem}}',
    where_question: 'Pregunta {{number}}',
    where_row: 'Pregunta {{number}}, fila {{row}}',
    where_cell: 'Pregunta {{number}}, fila {{row}}, columna «{{column}}»',
    where_column: 'Pregunta {{number}}, columna «{{column}}»',
    where_unknown: 'La respuesta «{{question}}»',
    required: 'se necesita una respuesta.',
    required_cell: 'se necesita un valor.',
    'expected_yes-no-partly': 'sí, no o en parte',
    'expected_single-choice': 'una de las opciones',
    'expected_multiple-choice': 'una lista de opciones',
    expected_number: 'un número',
    expected_text: 'un texto',
    expected_date: 'una fecha',
    expected_file: 'archivos adjuntos',
    expected_table: 'filas de tabla',
    expected_area: 'un código de país',
    expected_occupation: 'un código de ocupación',
    type: 'se necesita $t(expected_{{expected}}), no «{{value}}».',
    option: '«{{value}}» no es una de las opciones.',
    'option_yes-no-partly': '«{{value}}» no es sí, no ni en parte.',
    option_area: 'se necesita un código de país ISO 3166 alfa-3 (como «GHA»), no «{{value}}».',
    option_occupation: 'se necesita un código de ocupación (como «nursing-personnel»), no «{{value}}».',
    range_min: 'se necesita un número de al menos {{min}}, no «{{value}}».',
    range_max: 'se necesita un número de como máximo {{max}}, no «{{value}}».',
    range_both: 'se necesita un número de {{min}} a {{max}}, no «{{value}}».',
    date_min: 'se necesita una fecha a partir del {{min}}, no {{value}}.',
    date_max: 'se necesita una fecha no posterior al {{max}}, no {{value}}.',
    date_both: 'se necesita una fecha del {{min}} al {{max}}, no {{value}}.',
    integer: 'se necesita un número entero, no «{{value}}».',
    date: 'se necesita una fecha escrita AAAA-MM-DD (como 2027-03-31), no «{{value}}».',
    length: 'el texto tiene {{length}} caracteres; se admiten como máximo {{max}}.',
    choices_min: 'elija al menos {{min}} (elegidas: {{value}}).',
    choices_max: 'elija como máximo {{max}} (elegidas: {{value}}).',
    choices_both: 'elija de {{min}} a {{max}} (elegidas: {{value}}).',
    files_max: 'se pueden adjuntar como máximo {{max}} archivos (adjuntos: {{value}}).',
    rows_min: 'se necesitan al menos {{min}} filas (dadas: {{n}}).',
    rows_max: 'se admiten como máximo {{max}} filas (dadas: {{n}}).',
    sum: 'la columna suma {{total}}, pero la pregunta {{equals}} indica {{expected}}.',
    sum_tolerance:
      'la columna suma {{total}}, pero la pregunta {{equals}} indica {{expected}} (± {{tolerance}}).',
    unknown_question: 'este cuestionario no tiene esa pregunta.',
    unknown_column: 'esta tabla no tiene esa columna.',
    hidden: 'respondida, pero la pregunta no se formula dadas las demás respuestas.',
  },
  ar: {
    kind_national: 'وطني',
    kind_stakeholder: 'لأصحاب المصلحة',
    not_found: 'الاستبيان {{id}} غير موجود',
    not_found_hint: 'يعرض GET /api/questionnaires قائمة إصدارات الاستبيانات.',
    exists: 'الإصدار {{version}} من الاستبيان «{{code}}» موجود بالفعل (رقم {{id}})',
    exists_hint: 'أعطِ الإصدار الجديد رقم إصدار خاصًا به، مثل سنة الجولة المخصص لها.',
    kind_differs:
      'لا يمكن اشتقاق استبيان $t(kind_{{kind}}) من الاستبيان {{from}}، وهو استبيان $t(kind_{{parentKind}})',
    kind_hint: 'اشتقّه من إصدار من النوع نفسه (GET /api/questionnaires?kind={{kind}}).',
    invalid_definition: 'تعريف الاستبيان غير صالح',
    invalid_definition_hint: 'تذكر كل مشكلة موضعها في التعريف، مثل sections.2.questions.0.',
    file_invalid: 'ملف الاستبيان {{file}} غير صالح',
    file_json: 'ملف الاستبيان {{file}} ليس بصيغة JSON: {{reason}}',
    file_hint: 'صحّح الملف؛ وقد حُمّلت الاستبيانات التي تسبقه في ترتيب الإصدارات.',
    none_stored: 'لا يوجد استبيان $t(kind_{{kind}}) محفوظ',
    none_stored_hint: 'يوضع ملفه في data/questionnaires/ ويُحمَّل عند بدء تشغيل hwmo.',
    renamed_previous: '«{{previous}}» ليس سؤالًا في الاستبيان {{from}}',
    'def_duplicate-section': 'معرّف القسم «{{section}}» مستخدم أكثر من مرة',
    'def_duplicate-question': 'معرّف السؤال «{{question}}» مستخدم أكثر من مرة',
    'def_duplicate-option': 'رمز الخيار «{{option}}» مستخدم أكثر من مرة',
    'def_duplicate-column': 'معرّف العمود «{{column}}» مستخدم أكثر من مرة',
    'def_condition-unknown': 'يذكر الشرط «{{question}}»، وهو ليس سؤالًا في هذا الاستبيان',
    'def_condition-later': 'يذكر الشرط «{{question}}»، وهو سؤال لا يُطرح قبل هذا السؤال',
    'def_condition-type': 'يذكر الشرط «{{question}}»، وهو سؤال من النوع {{type}} لا يمكن لأي شرط اختباره',
    'def_condition-value': 'لا يمكن أن تكون {{value}} إجابة عن «{{question}}» (النوع {{type}})',
    'def_sum-question': 'يجب أن يساوي المجموع «{{question}}»، وهو ليس سؤالًا رقميًا',
    'def_sum-column': 'المجموع هو للعمود «{{column}}»، وهو ليس عمودًا رقميًا في هذا الجدول',
    'def_column-options': 'يحتاج عمود الاختيار الواحد «{{column}}» إلى خيارين على الأقل',
    'def_prefill-column': 'يذهب الملء المسبق إلى العمود «{{column}}»، وهو غير موجود في هذا الجدول',
    'def_prefill-field': '«{{field}}» ليس حقلًا من حقول {{source}} (حقوله: {{fields}})',
    def_range: 'الحد الأدنى {{min}} أكبر من الحد الأقصى {{max}}',
    def_choices: 'أعداد الاختيارات ({{min}} على الأقل، {{max}} على الأكثر) تتجاوز الخيارات الـ{{options}}',
    'def_renamed-unknown': 'أُعيدت تسمية «{{question}}»، لكنه ليس سؤالًا في هذا الاستبيان',
    issue: '{{where}}: {{problem}}',
    where_question: 'السؤال {{number}}',
    where_row: 'السؤال {{number}}، الصف {{row}}',
    where_cell: 'السؤال {{number}}، الصف {{row}}، العمود «{{column}}»',
    where_column: 'السؤال {{number}}، العمود «{{column}}»',
    where_unknown: 'الإجابة «{{question}}»',
    required: 'الإجابة مطلوبة.',
    required_cell: 'القيمة مطلوبة.',
    'expected_yes-no-partly': 'نعم أو لا أو جزئيًا',
    'expected_single-choice': 'أحد الخيارات',
    'expected_multiple-choice': 'قائمة خيارات',
    expected_number: 'رقم',
    expected_text: 'نص',
    expected_date: 'تاريخ',
    expected_file: 'ملفات مرفقة',
    expected_table: 'صفوف جدول',
    expected_area: 'رمز بلد',
    expected_occupation: 'رمز مهنة',
    type: 'المطلوب $t(expected_{{expected}})، وليس «{{value}}».',
    option: '«{{value}}» ليس من الخيارات.',
    'option_yes-no-partly': '«{{value}}» ليس نعم ولا لا ولا جزئيًا.',
    option_area: 'المطلوب رمز بلد وفق ISO 3166 alpha-3 (مثل «GHA»)، وليس «{{value}}».',
    option_occupation: 'المطلوب رمز مهنة (مثل «nursing-personnel»)، وليس «{{value}}».',
    range_min: 'المطلوب رقم لا يقل عن {{min}}، وليس «{{value}}».',
    range_max: 'المطلوب رقم لا يزيد على {{max}}، وليس «{{value}}».',
    range_both: 'المطلوب رقم من {{min}} إلى {{max}}، وليس «{{value}}».',
    date_min: 'المطلوب تاريخ في {{min}} أو بعده، وليس {{value}}.',
    date_max: 'المطلوب تاريخ في {{max}} أو قبله، وليس {{value}}.',
    date_both: 'المطلوب تاريخ من {{min}} إلى {{max}}، وليس {{value}}.',
    integer: 'المطلوب عدد صحيح، وليس «{{value}}».',
    date: 'المطلوب تاريخ مكتوب بالصيغة YYYY-MM-DD (مثل 2027-03-31)، وليس «{{value}}».',
    length: 'يتألف النص من {{length}} حرفًا؛ والحد الأقصى المسموح به {{max}}.',
    choices_min: 'اختر {{min}} على الأقل (المختار: {{value}}).',
    choices_max: 'اختر {{max}} على الأكثر (المختار: {{value}}).',
    choices_both: 'اختر من {{min}} إلى {{max}} (المختار: {{value}}).',
    files_max: 'يمكن إرفاق {{max}} ملفات على الأكثر (المرفق: {{value}}).',
    rows_min: 'المطلوب {{min}} صفوف على الأقل (المقدَّم: {{n}}).',
    rows_max: 'المسموح به {{max}} صفوف على الأكثر (المقدَّم: {{n}}).',
    sum: 'مجموع العمود {{total}}، لكن السؤال {{equals}} يذكر {{expected}}.',
    sum_tolerance: 'مجموع العمود {{total}}، لكن السؤال {{equals}} يذكر {{expected}} (± {{tolerance}}).',
    unknown_question: 'لا يتضمن هذا الاستبيان هذا السؤال.',
    unknown_column: 'لا يتضمن هذا الجدول هذا العمود.',
    hidden: 'أُجيب عنه، لكنه لا يُطرح بالنظر إلى الإجابات الأخرى.',
  },
  ru: {
    kind_national: 'национальный',
    kind_stakeholder: 'для заинтересованных сторон',
    not_found: 'Вопросника {{id}} не существует',
    not_found_hint: 'GET /api/questionnaires выводит список версий вопросников.',
    exists: 'Версия {{version}} вопросника «{{code}}» уже существует (номер {{id}})',
    exists_hint:
      'Присвойте новой версии собственный номер, например год цикла, для которого она предназначена.',
    kind_differs:
      'Вопросник типа «$t(kind_{{kind}})» нельзя вывести из вопросника {{from}}, который имеет тип «$t(kind_{{parentKind}})»',
    kind_hint: 'Выведите его из версии того же типа (GET /api/questionnaires?kind={{kind}}).',
    invalid_definition: 'Определение вопросника недействительно',
    invalid_definition_hint:
      'Для каждой проблемы указано ее место в определении, например sections.2.questions.0.',
    file_invalid: 'Файл вопросника {{file}} недействителен',
    file_json: 'Файл вопросника {{file}} не является JSON: {{reason}}',
    file_hint: 'Исправьте файл; вопросники, предшествующие ему в порядке версий, загружены.',
    none_stored: 'Вопросник типа «$t(kind_{{kind}})» не сохранен',
    none_stored_hint: 'Его файл помещается в data/questionnaires/; он загружается при запуске hwmo.',
    renamed_previous: '«{{previous}}» не является вопросом вопросника {{from}}',
    'def_duplicate-section': 'идентификатор раздела «{{section}}» используется более одного раза',
    'def_duplicate-question': 'идентификатор вопроса «{{question}}» используется более одного раза',
    'def_duplicate-option': 'код варианта «{{option}}» используется более одного раза',
    'def_duplicate-column': 'идентификатор столбца «{{column}}» используется более одного раза',
    'def_condition-unknown': 'условие называет «{{question}}», но в этом вопроснике такого вопроса нет',
    'def_condition-later': 'условие называет «{{question}}», но этот вопрос не задается до данного вопроса',
    'def_condition-type':
      'условие называет «{{question}}», вопрос типа {{type}}, который никакое условие не может проверить',
    'def_condition-value': '{{value}} не может быть ответом на «{{question}}» (тип {{type}})',
    'def_sum-question': 'сумма должна быть равна «{{question}}», но это не числовой вопрос',
    'def_sum-column': 'сумма берется по столбцу «{{column}}», но это не числовой столбец этой таблицы',
    'def_column-options': 'столбцу с одним вариантом ответа «{{column}}» нужно не менее двух вариантов',
    'def_prefill-column':
      'предварительное заполнение направлено в столбец «{{column}}», которого в таблице нет',
    'def_prefill-field': '«{{field}}» не является полем {{source}} (его поля: {{fields}})',
    def_range: 'минимум {{min}} больше максимума {{max}}',
    def_choices:
      'число выбираемых вариантов (не менее {{min}}, не более {{max}}) превышает число вариантов ({{options}})',
    'def_renamed-unknown': '«{{question}}» переименован, но такого вопроса в этом вопроснике нет',
    issue: '{{where}}: {{problem}}',
    where_question: 'Вопрос {{number}}',
    where_row: 'Вопрос {{number}}, строка {{row}}',
    where_cell: 'Вопрос {{number}}, строка {{row}}, столбец «{{column}}»',
    where_column: 'Вопрос {{number}}, столбец «{{column}}»',
    where_unknown: 'Ответ «{{question}}»',
    required: 'нужен ответ.',
    required_cell: 'нужно значение.',
    'expected_yes-no-partly': 'да, нет или частично',
    'expected_single-choice': 'один из вариантов',
    'expected_multiple-choice': 'список вариантов',
    expected_number: 'число',
    expected_text: 'текст',
    expected_date: 'дата',
    expected_file: 'прикрепленные файлы',
    expected_table: 'строки таблицы',
    expected_area: 'код страны',
    expected_occupation: 'код профессии',
    type: 'нужно указать: $t(expected_{{expected}}), а не «{{value}}».',
    option: '«{{value}}» не входит в число вариантов.',
    'option_yes-no-partly': '«{{value}}» — это не «да», не «нет» и не «частично».',
    option_area: 'нужен код страны ISO 3166 alpha-3 (например, «GHA»), а не «{{value}}».',
    option_occupation: 'нужен код профессии (например, «nursing-personnel»), а не «{{value}}».',
    range_min: 'нужно число не меньше {{min}}, а не «{{value}}».',
    range_max: 'нужно число не больше {{max}}, а не «{{value}}».',
    range_both: 'нужно число от {{min}} до {{max}}, а не «{{value}}».',
    date_min: 'нужна дата не ранее {{min}}, а не {{value}}.',
    date_max: 'нужна дата не позднее {{max}}, а не {{value}}.',
    date_both: 'нужна дата с {{min}} по {{max}}, а не {{value}}.',
    integer: 'нужно целое число, а не «{{value}}».',
    date: 'нужна дата в формате ГГГГ-ММ-ДД (например, 2027-03-31), а не «{{value}}».',
    length: 'в тексте {{length}} знаков; допускается не более {{max}}.',
    choices_min: 'выберите не менее {{min}} (выбрано: {{value}}).',
    choices_max: 'выберите не более {{max}} (выбрано: {{value}}).',
    choices_both: 'выберите от {{min}} до {{max}} (выбрано: {{value}}).',
    files_max: 'можно прикрепить не более {{max}} файлов (прикреплено: {{value}}).',
    rows_min: 'нужно не менее {{min}} строк (указано: {{n}}).',
    rows_max: 'допускается не более {{max}} строк (указано: {{n}}).',
    sum: 'сумма по столбцу равна {{total}}, но в вопросе {{equals}} указано {{expected}}.',
    sum_tolerance:
      'сумма по столбцу равна {{total}}, но в вопросе {{equals}} указано {{expected}} (± {{tolerance}}).',
    unknown_question: 'в этом вопроснике такого вопроса нет.',
    unknown_column: 'в этой таблице такого столбца нет.',
    hidden: 'ответ дан, но с учетом других ответов этот вопрос не задается.',
  },
  zh: {
    kind_national: '国家',
    kind_stakeholder: '利益攸关方',
    not_found: '问卷 {{id}} 不存在',
    not_found_hint: 'GET /api/questionnaires 列出各问卷版本。',
    exists: '问卷“{{code}}”的 {{version}} 版已存在（编号 {{id}}）',
    exists_hint: '请为新版本指定其自己的版本号，例如其所属报告周期的年份。',
    kind_differs: '$t(kind_{{kind}})问卷不能从问卷 {{from}} 派生，后者是$t(kind_{{parentKind}})问卷',
    kind_hint: '请从同类问卷的某一版本派生（GET /api/questionnaires?kind={{kind}}）。',
    invalid_definition: '问卷定义无效',
    invalid_definition_hint: '每个问题都指明其在定义中的位置，例如 sections.2.questions.0。',
    file_invalid: '问卷文件 {{file}} 无效',
    file_json: '问卷文件 {{file}} 不是 JSON：{{reason}}',
    file_hint: '请更正该文件；按版本顺序排在它之前的问卷已加载。',
    none_stored: '没有已保存的$t(kind_{{kind}})问卷',
    none_stored_hint: '其文件应放在 data/questionnaires/ 中；hwmo 启动时加载。',
    renamed_previous: '“{{previous}}”不是问卷 {{from}} 中的问题',
    'def_duplicate-section': '章节标识“{{section}}”被多次使用',
    'def_duplicate-question': '问题标识“{{question}}”被多次使用',
    'def_duplicate-option': '选项代码“{{option}}”被多次使用',
    'def_duplicate-column': '列标识“{{column}}”被多次使用',
    'def_condition-unknown': '条件引用了“{{question}}”，但本问卷中没有该问题',
    'def_condition-later': '条件引用了“{{question}}”，但该问题并不在本问题之前提出',
    'def_condition-type': '条件引用了“{{question}}”，这是 {{type}} 类型的问题，任何条件都无法检验',
    'def_condition-value': '{{value}} 不可能是“{{question}}”（{{type}} 类型）的答案',
    'def_sum-question': '合计应等于“{{question}}”，但该问题不是数字问题',
    'def_sum-column': '合计针对的列“{{column}}”不是本表的数字列',
    'def_column-options': '单选列“{{column}}”至少需要两个选项',
    'def_prefill-column': '预填内容将填入列“{{column}}”，但本表没有该列',
    'def_prefill-field': '“{{field}}”不是 {{source}} 的字段（其字段为：{{fields}}）',
    def_range: '最小值 {{min}} 大于最大值 {{max}}',
    def_choices: '可选数量（至少 {{min}} 个，至多 {{max}} 个）超过了 {{options}} 个选项',
    'def_renamed-unknown': '“{{question}}”已重命名，但它不是本问卷中的问题',
    issue: '{{where}}：{{problem}}',
    where_question: '问题 {{number}}',
    where_row: '问题 {{number}}，第 {{row}} 行',
    where_cell: '问题 {{number}}，第 {{row}} 行，“{{column}}”列',
    where_column: '问题 {{number}}，“{{column}}”列',
    where_unknown: '答案“{{question}}”',
    required: '需要作答。',
    required_cell: '需要填写数值。',
    'expected_yes-no-partly': '是、否或部分',
    'expected_single-choice': '其中一个选项',
    'expected_multiple-choice': '选项列表',
    expected_number: '数字',
    expected_text: '文本',
    expected_date: '日期',
    expected_file: '附件',
    expected_table: '表格行',
    expected_area: '国家代码',
    expected_occupation: '职业代码',
    type: '需要填写$t(expected_{{expected}})，而不是“{{value}}”。',
    option: '“{{value}}”不是可选项之一。',
    'option_yes-no-partly': '“{{value}}”不是“是”“否”或“部分”。',
    option_area: '需要 ISO 3166 alpha-3 国家代码（例如“GHA”），而不是“{{value}}”。',
    option_occupation: '需要职业代码（例如“nursing-personnel”），而不是“{{value}}”。',
    range_min: '需要不小于 {{min}} 的数字，而不是“{{value}}”。',
    range_max: '需要不大于 {{max}} 的数字，而不是“{{value}}”。',
    range_both: '需要 {{min}} 至 {{max}} 之间的数字，而不是“{{value}}”。',
    date_min: '需要 {{min}} 或之后的日期，而不是 {{value}}。',
    date_max: '需要 {{max}} 或之前的日期，而不是 {{value}}。',
    date_both: '需要 {{min}} 至 {{max}} 之间的日期，而不是 {{value}}。',
    integer: '需要整数，而不是“{{value}}”。',
    date: '需要按 YYYY-MM-DD 格式书写的日期（例如 2027-03-31），而不是“{{value}}”。',
    length: '文本有 {{length}} 个字符；最多允许 {{max}} 个。',
    choices_min: '请至少选择 {{min}} 项（已选：{{value}}）。',
    choices_max: '请至多选择 {{max}} 项（已选：{{value}}）。',
    choices_both: '请选择 {{min}} 至 {{max}} 项（已选：{{value}}）。',
    files_max: '最多可附 {{max}} 个文件（已附：{{value}}）。',
    rows_min: '至少需要 {{min}} 行（已填：{{n}}）。',
    rows_max: '最多允许 {{max}} 行（已填：{{n}}）。',
    sum: '该列合计为 {{total}}，但问题 {{equals}} 填写的是 {{expected}}。',
    sum_tolerance: '该列合计为 {{total}}，但问题 {{equals}} 填写的是 {{expected}}（± {{tolerance}}）。',
    unknown_question: '本问卷没有这个问题。',
    unknown_column: '本表没有这一列。',
    hidden: '已作答，但根据其他答案，该问题不需回答。',
  },
});

export const questionnaireText = text;

type Params = AnswerIssue['params'];
const has = (p: Params, key: string) => p[key] !== undefined;

/** The key of an issue's problem, given its code and the kind of answer it is about. */
function problemKey(issue: AnswerIssue, kind: string): Parameters<typeof text>[0] {
  const p = issue.params;
  const bounds = has(p, 'min') && has(p, 'max') ? 'both' : has(p, 'min') ? 'min' : 'max';
  switch (issue.code) {
    case 'required':
      return issue.column ? 'required_cell' : 'required';
    case 'type':
      return 'type';
    case 'option':
      if (p.expected === 'area') return 'option_area';
      if (p.expected === 'occupation') return 'option_occupation';
      return kind === 'yes-no-partly' && !issue.column ? 'option_yes-no-partly' : 'option';
    case 'range':
      return kind === 'date' ? `date_${bounds}` : `range_${bounds}`;
    case 'integer':
      return 'integer';
    case 'date':
      return 'date';
    case 'length':
      return 'length';
    case 'choices':
      return kind === 'file' ? 'files_max' : `choices_${bounds}`;
    case 'rows':
      return has(p, 'min') ? 'rows_min' : 'rows_max';
    case 'sum':
      return Number(p.tolerance ?? 0) > 0 ? 'sum_tolerance' : 'sum';
    case 'unknown-question':
      return issue.column ? 'unknown_column' : 'unknown_question';
    case 'hidden':
      return 'hidden';
  }
}

/**
 * An issue of an answer in words, in every language: where (the question's number in the questionnaire, the row
 * and the column's title) and what is needed, e.g. "Question 3.2, row 3, column “Number”: a number of at least 0
 * is needed, not “-4”."
 */
export function issueText(issue: AnswerIssue, def: QuestionnaireDefinition): Text {
  const question = findQuestion(def, issue.question);
  const number = questionNumber(def, issue.question);
  const column =
    issue.column !== undefined && question?.type === 'table'
      ? question.columns.find((c) => c.id === issue.column)
      : undefined;
  const kind = column?.type ?? question?.type ?? '';
  const params: Record<string, string | number> = { ...issue.params, n: issue.params.count ?? '' };
  if (issue.code === 'sum' && typeof issue.params.equals === 'string')
    params.equals = questionNumber(def, issue.params.equals) ?? issue.params.equals;
  const key = problemKey(issue, kind);
  return textByLang((lang: Lang) => {
    const columnName = column ? localText(column.text, lang) : (issue.column ?? '');
    const where =
      number === undefined
        ? text('where_unknown', { question: issue.question })
        : issue.row !== undefined && issue.column !== undefined
          ? text('where_cell', { number, row: issue.row, column: columnName })
          : issue.row !== undefined
            ? text('where_row', { number, row: issue.row })
            : issue.column !== undefined
              ? text('where_column', { number, column: columnName })
              : text('where_question', { number });
    return render(
      text('issue', { where: render(where, lang), problem: render(text(key, params), lang) }),
      lang,
    );
  });
}
