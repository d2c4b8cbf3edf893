import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the recruiters' register routes and schemas, keyed by their English. */
export const recruitersText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'Lift a warning, suspension or removal with written reasons, without an appeal':
      'Lever un avertissement, une suspension ou une radiation par des motifs écrits, sans recours',
    'A name.': 'Un nom.',
    'A recruitment agency or an employer.': 'Une agence de recrutement ou un employeur.',
    'A register’s applications, re-confirmations due and complaints, for its reviewers':
      'Les candidatures, confirmations attendues et plaintes d’un registre, pour ses examinateurs',
    'An e-mail address or telephone number.': 'Une adresse électronique ou un numéro de téléphone.',
    'An e-mail address.': 'Une adresse électronique.',
    'An id.': 'Un identifiant.',
    'Appeal in writing against a complaint’s sanction':
      'Former un recours écrit contre la sanction d’une plainte',
    'Applications to review.': 'Candidatures à examiner.',
    'Apply to a recruiters’ register, creating the applicant’s account and signing in':
      'Présenter une candidature au registre des recruteurs, en créant le compte du candidat et en le connectant',
    'Associated businesses, declared.': 'Les entreprises associées, déclarées.',
    'Attempts left before the wait.': 'Tentatives restantes avant le délai d’attente.',
    'Charges candidates no fees.': 'Ne fait payer aucuns frais aux candidats.',
    'Commits to the destination’s code of practice.':
      'S’engage à respecter le code de pratique du pays de destination.',
    'Complaints, the latest first.': 'Les plaintes, la plus récente d’abord.',
    'Correct answers needed to pass.': 'Bonnes réponses nécessaires pour réussir.',
    'Correct answers.': 'Bonnes réponses.',
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands':
      'Trancher un recours par écrit : accueilli, l’organisation est réinscrite ; rejeté, la sanction est maintenue',
    'Failed attempts allowed before the wait.': 'Tentatives échouées permises avant le délai d’attente.',
    'Failed attempts counted against the allowance.': 'Tentatives échouées décomptées.',
    'File a complaint against a listed organisation, with or without a name; answered with its reference':
      'Déposer une plainte contre une organisation inscrite, avec ou sans nom ; la réponse donne sa référence',
    'Follow a complaint by its reference: its status and dated steps, not its content':
      'Suivre une plainte par sa référence : son statut et ses étapes datées, non son contenu',
    'How it is associated with the organisation.': 'Son lien avec l’organisation.',
    'Investigate a complaint, then decide it: no action, warning, suspension or removal':
      'Instruire une plainte, puis la trancher : sans suite, avertissement, suspension ou radiation',
    'Its company registration number.': 'Son numéro d’immatriculation.',
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.':
      'Ses membres et les examinateurs du registre voient aussi ses déclarations, son test, ses plaintes et ses recours.',
    'Its website.': 'Son site web.',
    'Lacks the permission recruiters.review for the area, or the installation is read-only':
      'N’a pas la permission recruiters.review pour la zone, ou l’installation est en lecture seule',
    'List an organisation that passed the test, or reject its application':
      'Inscrire une organisation qui a réussi le test, ou refuser sa candidature',
    'List the organisation, or reject its application.':
      'Inscrire l’organisation, ou refuser sa candidature.',
    'Listed organisations whose re-confirmation is due.':
      'Organisations inscrites dont la confirmation est attendue.',
    'Months between two re-confirmations of compliance.': 'Mois entre deux confirmations de conformité.',
    'Months to wait after the last failed attempt.': 'Mois d’attente après la dernière tentative échouée.',
    'One organisation of the register, with its dated history':
      'Une organisation du registre, avec son historique daté',
    'Open a destination’s recruiters’ register, or change its settings':
      'Ouvrir le registre des recruteurs d’un pays de destination, ou en modifier les paramètres',
    'Open the investigation, or decide.': 'Ouvrir l’instruction, ou trancher.',
    'Questions drawn for each test.': 'Questions tirées pour chaque test.',
    'Questions drawn.': 'Questions tirées.',
    'Questions in the question bank.': 'Questions de la banque de questions.',
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.':
      'Questions par test, note de passage, tentatives avant le délai d’attente, mois d’attente et mois entre deux confirmations ; par défaut 15, 13, 3, 3 et 12.',
    'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees':
      'Confirmer à nouveau que l’organisation respecte le code et ne fait payer aucuns frais aux candidats',
    'References.': 'Références.',
    'Seen by reviewers only.': 'Visible par les examinateurs seulement.',
    'Seen by the organisation’s members and the register’s reviewers only.':
      'Visible seulement par les membres de l’organisation et les examinateurs du registre.',
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).':
      'Une fois connecté, la candidature est présentée avec ce compte. Les inscriptions depuis une adresse sont limitées comme les échecs de connexion (429 avec Retry-After).',
    'Start a knowledge test attempt: questions drawn from the bank, without their answers':
      'Commencer une tentative du test de connaissances : questions tirées de la banque, sans leurs réponses',
    'Submit a test attempt’s answers; the score is computed on the server, once':
      'Remettre les réponses d’une tentative ; la note est calculée sur le serveur, une seule fois',
    'The applicant’s new account; omitted when signed in (the application is then made with it).':
      'Le nouveau compte du candidat ; omis une fois connecté (la candidature est alors présentée avec ce compte).',
    'The attempt started and not submitted.': 'La tentative commencée et non remise.',
    'The complaint’s reference, given when it was filed.':
      'La référence de la plainte, donnée lors de son dépôt.',
    'The countries the organisation recruits in or from (ISO 3166 alpha-3).':
      'Les pays où l’organisation recrute ou d’où elle recrute (ISO 3166 alpha-3).',
    'The dated history of its status.': 'L’historique daté de son statut.',
    'The dated steps.': 'Les étapes datées.',
    'The destination country whose register is applied to (ISO 3166 alpha-3).':
      'Le pays de destination dont le registre est visé (ISO 3166 alpha-3).',
    'The destination country whose register it is on.':
      'Le pays de destination au registre duquel elle figure.',
    'The legal entity.': 'L’entité juridique.',
    'The new account’s password.': 'Le mot de passe du nouveau compte.',
    'The new account’s session, when one was created.':
      'La session du nouveau compte, s’il en a été créé un.',
    'The option chosen (numbered from 0) for each question id.':
      'L’option choisie (numérotée à partir de 0) pour chaque identifiant de question.',
    'The options, numbered from 0.': 'Les options, numérotées à partir de 0.',
    'The organisations the signed-in user acts for':
      'Les organisations pour lesquelles agit l’utilisateur connecté',
    'The organisation’s name.': 'Le nom de l’organisation.',
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history':
      'Le registre public des recruteurs : organisations inscrites, averties, suspendues ou radiées, avec leur historique',
    'The question in the reader’s language.': 'La question dans la langue du lecteur.',
    'The questions drawn, without their answers.': 'Les questions tirées, sans leurs réponses.',
    'The question’s id.': 'L’identifiant de la question.',
    'The recruiters’ registers and their test settings':
      'Les registres des recruteurs et les paramètres de leur test',
    'The referee’s organisation.': 'L’organisme du référent.',
    'The step taken.': 'L’étape franchie.',
    'The written appeal.': 'Le recours écrit.',
    'Upheld: the sanction is lifted; dismissed: it stands.':
      'Accueilli : la sanction est levée ; rejeté : elle est maintenue.',
    'What happened.': 'Ce qui s’est passé.',
    'Where the appeal stands.': 'Où en est le recours.',
    'Where the complaint stands.': 'Où en est la plainte.',
    'Where the organisation stands on the register.': 'Où en est l’organisation au registre.',
    'Whether a new attempt may start now.': 'Si une nouvelle tentative peut commencer maintenant.',
    'Whether a re-confirmation is due.': 'Si une confirmation est attendue.',
    'Whether the complainant leaves no name or contact.': 'Si le plaignant ne laisse ni nom ni coordonnées.',
    'Whether the reader acts for the organisation, or reviews its register.':
      'Si le lecteur agit pour l’organisation, ou examine son registre.',
    'Whether the test has been passed.': 'Si le test a été réussi.',
    'While waiting: when an attempt is allowed again.':
      'Pendant l’attente : quand une tentative est de nouveau possible.',
    'Who complains: health worker, employer, other …':
      'Qui se plaint : personnel de santé, employeur, autre…',
    'Words of the name or legal entity.': 'Mots du nom ou de l’entité juridique.',
    'Written reasons.': 'Motifs écrits.',
  },
  es: {
    'Lift a warning, suspension or removal with written reasons, without an appeal':
      'Levantar una advertencia, suspensión o baja con motivos por escrito, sin recurso',
    'A name.': 'Un nombre.',
    'A recruitment agency or an employer.': 'Una agencia de reclutamiento o un empleador.',
    'A register’s applications, re-confirmations due and complaints, for its reviewers':
      'Las solicitudes, reconfirmaciones pendientes y quejas de un registro, para sus revisores',
    'An e-mail address or telephone number.': 'Un correo electrónico o un número de teléfono.',
    'An e-mail address.': 'Un correo electrónico.',
    'An id.': 'Un identificador.',
    'Appeal in writing against a complaint’s sanction': 'Recurrir por escrito la sanción de una queja',
    'Applications to review.': 'Solicitudes por revisar.',
    'Apply to a recruiters’ register, creating the applicant’s account and signing in':
      'Solicitar la inscripción en un registro de reclutadores, creando la cuenta del solicitante e iniciando sesión',
    'Associated businesses, declared.': 'Las empresas asociadas, declaradas.',
    'Attempts left before the wait.': 'Intentos que quedan antes de la espera.',
    'Charges candidates no fees.': 'No cobra ninguna tarifa a los candidatos.',
    'Commits to the destination’s code of practice.':
      'Se compromete con el código de prácticas del país de destino.',
    'Complaints, the latest first.': 'Las quejas, la más reciente primero.',
    'Correct answers needed to pass.': 'Respuestas correctas necesarias para aprobar.',
    'Correct answers.': 'Respuestas correctas.',
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands':
      'Decidir un recurso por escrito: estimado, la organización se restablece; desestimado, la sanción se mantiene',
    'Failed attempts allowed before the wait.': 'Intentos fallidos permitidos antes de la espera.',
    'Failed attempts counted against the allowance.': 'Intentos fallidos contabilizados.',
    'File a complaint against a listed organisation, with or without a name; answered with its reference':
      'Presentar una queja contra una organización inscrita, con o sin nombre; la respuesta da su referencia',
    'Follow a complaint by its reference: its status and dated steps, not its content':
      'Seguir una queja por su referencia: su estado y sus pasos fechados, no su contenido',
    'How it is associated with the organisation.': 'Su relación con la organización.',
    'Investigate a complaint, then decide it: no action, warning, suspension or removal':
      'Investigar una queja y luego decidirla: sin medidas, advertencia, suspensión o baja',
    'Its company registration number.': 'Su número de registro mercantil.',
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.':
      'Sus miembros y los revisores del registro ven también sus declaraciones, su prueba, sus quejas y sus recursos.',
    'Its website.': 'Su sitio web.',
    'Lacks the permission recruiters.review for the area, or the installation is read-only':
      'Carece del permiso recruiters.review para la zona, o la instalación es de solo lectura',
    'List an organisation that passed the test, or reject its application':
      'Inscribir una organización que aprobó la prueba, o rechazar su solicitud',
    'List the organisation, or reject its application.':
      'Inscribir la organización, o rechazar su solicitud.',
    'Listed organisations whose re-confirmation is due.':
      'Organizaciones inscritas cuya reconfirmación está pendiente.',
    'Months between two re-confirmations of compliance.': 'Meses entre dos reconfirmaciones de cumplimiento.',
    'Months to wait after the last failed attempt.': 'Meses de espera tras el último intento fallido.',
    'One organisation of the register, with its dated history':
      'Una organización del registro, con su historial fechado',
    'Open a destination’s recruiters’ register, or change its settings':
      'Abrir el registro de reclutadores de un país de destino, o cambiar sus parámetros',
    'Open the investigation, or decide.': 'Abrir la investigación, o decidir.',
    'Questions drawn for each test.': 'Preguntas extraídas para cada prueba.',
    'Questions drawn.': 'Preguntas extraídas.',
    'Questions in the question bank.': 'Preguntas del banco de preguntas.',
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.':
      'Preguntas por prueba, nota de aprobado, intentos antes de la espera, meses de espera y meses entre reconfirmaciones; por defecto 15, 13, 3, 3 y 12.',
    'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees':
      'Reconfirmar que la organización cumple el código y no cobra tarifas a los candidatos',
    'References.': 'Referencias.',
    'Seen by reviewers only.': 'Visible solo para los revisores.',
    'Seen by the organisation’s members and the register’s reviewers only.':
      'Visible solo para los miembros de la organización y los revisores del registro.',
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).':
      'Con la sesión iniciada, la solicitud se presenta con esa cuenta. Los registros desde una dirección se limitan como los inicios de sesión fallidos (429 con Retry-After).',
    'Start a knowledge test attempt: questions drawn from the bank, without their answers':
      'Empezar un intento de la prueba de conocimientos: preguntas extraídas del banco, sin sus respuestas',
    'Submit a test attempt’s answers; the score is computed on the server, once':
      'Entregar las respuestas de un intento; la nota se calcula en el servidor, una sola vez',
    'The applicant’s new account; omitted when signed in (the application is then made with it).':
      'La nueva cuenta del solicitante; se omite con la sesión iniciada (la solicitud se presenta entonces con esa cuenta).',
    'The attempt started and not submitted.': 'El intento empezado y no entregado.',
    'The complaint’s reference, given when it was filed.': 'La referencia de la queja, dada al presentarla.',
    'The countries the organisation recruits in or from (ISO 3166 alpha-3).':
      'Los países en los que o desde los que recluta la organización (ISO 3166 alpha-3).',
    'The dated history of its status.': 'El historial fechado de su estado.',
    'The dated steps.': 'Los pasos fechados.',
    'The destination country whose register is applied to (ISO 3166 alpha-3).':
      'El país de destino a cuyo registro se solicita la inscripción (ISO 3166 alpha-3).',
    'The destination country whose register it is on.': 'El país de destino en cuyo registro figura.',
    'The legal entity.': 'La entidad jurídica.',
    'The new account’s password.': 'La contraseña de la nueva cuenta.',
    'The new account’s session, when one was created.': 'La sesión de la nueva cuenta, si se creó una.',
    'The option chosen (numbered from 0) for each question id.':
      'La opción elegida (numerada desde 0) para cada identificador de pregunta.',
    'The options, numbered from 0.': 'Las opciones, numeradas desde 0.',
    'The organisations the signed-in user acts for':
      'Las organizaciones en cuyo nombre actúa el usuario conectado',
    'The organisation’s name.': 'El nombre de la organización.',
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history':
      'El registro público de reclutadores: organizaciones inscritas, advertidas, suspendidas o dadas de baja, con su historial',
    'The question in the reader’s language.': 'La pregunta en el idioma del lector.',
    'The questions drawn, without their answers.': 'Las preguntas extraídas, sin sus respuestas.',
    'The question’s id.': 'El identificador de la pregunta.',
    'The recruiters’ registers and their test settings':
      'Los registros de reclutadores y los parámetros de su prueba',
    'The referee’s organisation.': 'La organización del referente.',
    'The step taken.': 'El paso dado.',
    'The written appeal.': 'El recurso por escrito.',
    'Upheld: the sanction is lifted; dismissed: it stands.':
      'Estimado: la sanción se levanta; desestimado: se mantiene.',
    'What happened.': 'Lo que ocurrió.',
    'Where the appeal stands.': 'En qué estado está el recurso.',
    'Where the complaint stands.': 'En qué estado está la queja.',
    'Where the organisation stands on the register.': 'En qué estado está la organización en el registro.',
    'Whether a new attempt may start now.': 'Si puede empezar ahora un nuevo intento.',
    'Whether a re-confirmation is due.': 'Si corresponde una reconfirmación.',
    'Whether the complainant leaves no name or contact.': 'Si el denunciante no deja nombre ni contacto.',
    'Whether the reader acts for the organisation, or reviews its register.':
      'Si el lector actúa en nombre de la organización, o revisa su registro.',
    'Whether the test has been passed.': 'Si se aprobó la prueba.',
    'While waiting: when an attempt is allowed again.':
      'Durante la espera: cuándo vuelve a permitirse un intento.',
    'Who complains: health worker, employer, other …': 'Quién se queja: personal de salud, empleador, otro…',
    'Words of the name or legal entity.': 'Palabras del nombre o de la entidad jurídica.',
    'Written reasons.': 'Motivos por escrito.',
  },
  ru: {
    'Lift a warning, suspension or removal with written reasons, without an appeal':
      'Снять предупреждение, приостановление или исключение с письменным обоснованием, без апелляции',
    'A name.': 'Имя.',
    'A recruitment agency or an employer.': 'Кадровое агентство или работодатель.',
    'A register’s applications, re-confirmations due and complaints, for its reviewers':
      'Заявки, ожидаемые повторные подтверждения и жалобы реестра для его рецензентов',
    'An e-mail address or telephone number.': 'Адрес электронной почты или номер телефона.',
    'An e-mail address.': 'Адрес электронной почты.',
    'An id.': 'Идентификатор.',
    'Appeal in writing against a complaint’s sanction': 'Подать письменную апелляцию на санкцию по жалобе',
    'Applications to review.': 'Заявки на рассмотрение.',
    'Apply to a recruiters’ register, creating the applicant’s account and signing in':
      'Подать заявку в реестр вербовщиков, создав учётную запись заявителя и выполнив вход',
    'Associated businesses, declared.': 'Заявленные связанные компании.',
    'Attempts left before the wait.': 'Оставшиеся попытки до периода ожидания.',
    'Charges candidates no fees.': 'Не взимает плату с кандидатов.',
    'Commits to the destination’s code of practice.':
      'Обязуется соблюдать кодекс практики страны назначения.',
    'Complaints, the latest first.': 'Жалобы, сначала самые новые.',
    'Correct answers needed to pass.': 'Число верных ответов для сдачи.',
    'Correct answers.': 'Верные ответы.',
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands':
      'Письменно решить апелляцию: если она удовлетворена, организация восстанавливается; если отклонена, санкция остаётся в силе',
    'Failed attempts allowed before the wait.': 'Допустимое число неудачных попыток до периода ожидания.',
    'Failed attempts counted against the allowance.': 'Засчитанные неудачные попытки.',
    'File a complaint against a listed organisation, with or without a name; answered with its reference':
      'Подать жалобу на организацию из реестра, с указанием имени или без него; в ответ выдаётся её номер',
    'Follow a complaint by its reference: its status and dated steps, not its content':
      'Следить за жалобой по её номеру: статус и датированные этапы, без содержания',
    'How it is associated with the organisation.': 'Как она связана с организацией.',
    'Investigate a complaint, then decide it: no action, warning, suspension or removal':
      'Расследовать жалобу, затем принять решение: без мер, предупреждение, приостановление или исключение',
    'Its company registration number.': 'Регистрационный номер компании.',
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.':
      'Её члены и рецензенты реестра видят также её заявления, тест, жалобы и апелляции.',
    'Its website.': 'Её веб-сайт.',
    'Lacks the permission recruiters.review for the area, or the installation is read-only':
      'Отсутствует разрешение recruiters.review для этой территории, или экземпляр системы доступен только для чтения',
    'List an organisation that passed the test, or reject its application':
      'Включить в реестр организацию, сдавшую тест, или отклонить её заявку',
    'List the organisation, or reject its application.':
      'Включить организацию в реестр или отклонить её заявку.',
    'Listed organisations whose re-confirmation is due.':
      'Организации из реестра, которым пора повторно подтвердить соблюдение.',
    'Months between two re-confirmations of compliance.':
      'Месяцев между двумя повторными подтверждениями соблюдения.',
    'Months to wait after the last failed attempt.': 'Месяцев ожидания после последней неудачной попытки.',
    'One organisation of the register, with its dated history':
      'Одна организация реестра с датированной историей',
    'Open a destination’s recruiters’ register, or change its settings':
      'Открыть реестр вербовщиков страны назначения или изменить его параметры',
    'Open the investigation, or decide.': 'Начать расследование или принять решение.',
    'Questions drawn for each test.': 'Число вопросов, выбираемых для каждого теста.',
    'Questions drawn.': 'Выбранные вопросы.',
    'Questions in the question bank.': 'Вопросов в банке вопросов.',
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.':
      'Вопросов в тесте, проходной балл, попыток до ожидания, месяцев ожидания и месяцев между повторными подтверждениями; по умолчанию 15, 13, 3, 3 и 12.',
    'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees':
      'Повторно подтвердить, что организация соблюдает кодекс и не взимает плату с кандидатов',
    'References.': 'Рекомендации.',
    'Seen by reviewers only.': 'Видно только рецензентам.',
    'Seen by the organisation’s members and the register’s reviewers only.':
      'Видно только членам организации и рецензентам реестра.',
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).':
      'При выполненном входе заявка подаётся от этой учётной записи. Регистрации с одного адреса ограничиваются так же, как неудачные входы (429 с Retry-After).',
    'Start a knowledge test attempt: questions drawn from the bank, without their answers':
      'Начать попытку теста знаний: вопросы из банка, без ответов',
    'Submit a test attempt’s answers; the score is computed on the server, once':
      'Отправить ответы попытки; балл вычисляется на сервере один раз',
    'The applicant’s new account; omitted when signed in (the application is then made with it).':
      'Новая учётная запись заявителя; не указывается при выполненном входе (тогда заявка подаётся от текущей учётной записи).',
    'The attempt started and not submitted.': 'Начатая и не отправленная попытка.',
    'The complaint’s reference, given when it was filed.': 'Номер жалобы, выданный при её подаче.',
    'The countries the organisation recruits in or from (ISO 3166 alpha-3).':
      'Страны, в которых или из которых организация набирает персонал (ISO 3166 alpha-3).',
    'The dated history of its status.': 'Датированная история её статуса.',
    'The dated steps.': 'Датированные этапы.',
    'The destination country whose register is applied to (ISO 3166 alpha-3).':
      'Страна назначения, в реестр которой подаётся заявка (ISO 3166 alpha-3).',
    'The destination country whose register it is on.': 'Страна назначения, в реестре которой она состоит.',
    'The legal entity.': 'Юридическое лицо.',
    'The new account’s password.': 'Пароль новой учётной записи.',
    'The new account’s session, when one was created.': 'Сеанс новой учётной записи, если она была создана.',
    'The option chosen (numbered from 0) for each question id.':
      'Выбранный вариант (нумерация с 0) для каждого идентификатора вопроса.',
    'The options, numbered from 0.': 'Варианты, нумерация с 0.',
    'The organisations the signed-in user acts for':
      'Организации, от имени которых действует вошедший пользователь',
    'The organisation’s name.': 'Название организации.',
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history':
      'Публичный реестр вербовщиков: организации в реестре, с предупреждением, приостановленные или исключённые, с их историей',
    'The question in the reader’s language.': 'Вопрос на языке читателя.',
    'The questions drawn, without their answers.': 'Выбранные вопросы без ответов.',
    'The question’s id.': 'Идентификатор вопроса.',
    'The recruiters’ registers and their test settings': 'Реестры вербовщиков и параметры их тестов',
    'The referee’s organisation.': 'Организация поручителя.',
    'The step taken.': 'Выполненный шаг.',
    'The written appeal.': 'Письменная апелляция.',
    'Upheld: the sanction is lifted; dismissed: it stands.':
      'Удовлетворена: санкция снимается; отклонена: остаётся в силе.',
    'What happened.': 'Что произошло.',
    'Where the appeal stands.': 'Состояние апелляции.',
    'Where the complaint stands.': 'Состояние жалобы.',
    'Where the organisation stands on the register.': 'Статус организации в реестре.',
    'Whether a new attempt may start now.': 'Можно ли сейчас начать новую попытку.',
    'Whether a re-confirmation is due.': 'Требуется ли повторное подтверждение.',
    'Whether the complainant leaves no name or contact.': 'Не оставляет ли заявитель имени и контактов.',
    'Whether the reader acts for the organisation, or reviews its register.':
      'Действует ли читатель от имени организации или рассматривает её реестр.',
    'Whether the test has been passed.': 'Сдан ли тест.',
    'While waiting: when an attempt is allowed again.': 'Во время ожидания: когда снова можно пройти тест.',
    'Who complains: health worker, employer, other …':
      'Кто жалуется: медицинский работник, работодатель, другое…',
    'Words of the name or legal entity.': 'Слова из названия или наименования юридического лица.',
    'Written reasons.': 'Письменное обоснование.',
  },
  ar: {
    'Lift a warning, suspension or removal with written reasons, without an appeal':
      'رفع إنذار أو إيقاف أو شطب بأسباب مكتوبة، دون طعن',
    'A name.': 'اسم.',
    'A recruitment agency or an employer.': 'وكالة استقدام أو صاحب عمل.',
    'A register’s applications, re-confirmations due and complaints, for its reviewers':
      'طلبات السجل وتأكيدات الامتثال المستحقة والشكاوى، لمراجعيه',
    'An e-mail address or telephone number.': 'عنوان بريد إلكتروني أو رقم هاتف.',
    'An e-mail address.': 'عنوان بريد إلكتروني.',
    'An id.': 'معرّف.',
    'Appeal in writing against a complaint’s sanction': 'الطعن كتابةً في العقوبة الصادرة في شكوى',
    'Applications to review.': 'طلبات بانتظار المراجعة.',
    'Apply to a recruiters’ register, creating the applicant’s account and signing in':
      'التقدّم بطلب إلى سجل الجهات المستقدِمة، مع إنشاء حساب مقدّم الطلب وتسجيل دخوله',
    'Associated businesses, declared.': 'الشركات المرتبطة المصرَّح بها.',
    'Attempts left before the wait.': 'المحاولات المتبقية قبل فترة الانتظار.',
    'Charges candidates no fees.': 'لا تتقاضى أي رسوم من المرشحين.',
    'Commits to the destination’s code of practice.': 'تلتزم بمدونة الممارسات في بلد المقصد.',
    'Complaints, the latest first.': 'الشكاوى، الأحدث أولاً.',
    'Correct answers needed to pass.': 'عدد الإجابات الصحيحة اللازمة للنجاح.',
    'Correct answers.': 'الإجابات الصحيحة.',
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands':
      'البتّ كتابةً في طعن: إذا قُبل أُعيد إدراج المنظمة، وإذا رُفض بقيت العقوبة',
    'Failed attempts allowed before the wait.': 'عدد المحاولات الفاشلة المسموح بها قبل فترة الانتظار.',
    'Failed attempts counted against the allowance.': 'المحاولات الفاشلة المحتسبة.',
    'File a complaint against a listed organisation, with or without a name; answered with its reference':
      'تقديم شكوى ضد منظمة مدرجة، بالاسم أو دونه؛ ويُعطى رقمها المرجعي في الرد',
    'Follow a complaint by its reference: its status and dated steps, not its content':
      'متابعة شكوى برقمها المرجعي: حالتها وخطواتها المؤرخة، دون مضمونها',
    'How it is associated with the organisation.': 'طبيعة ارتباطها بالمنظمة.',
    'Investigate a complaint, then decide it: no action, warning, suspension or removal':
      'التحقيق في شكوى ثم البتّ فيها: دون إجراء، أو إنذار، أو إيقاف، أو شطب',
    'Its company registration number.': 'رقم تسجيل الشركة.',
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.':
      'يرى أعضاؤها ومراجعو السجل أيضاً إقراراتها واختبارها وشكاواها وطعونها.',
    'Its website.': 'موقعها الإلكتروني.',
    'Lacks the permission recruiters.review for the area, or the installation is read-only':
      'لا يملك الإذن recruiters.review للمنطقة، أو أن التثبيت للقراءة فقط',
    'List an organisation that passed the test, or reject its application':
      'إدراج منظمة اجتازت الاختبار، أو رفض طلبها',
    'List the organisation, or reject its application.': 'إدراج المنظمة، أو رفض طلبها.',
    'Listed organisations whose re-confirmation is due.':
      'المنظمات المدرجة التي حان موعد إعادة تأكيد امتثالها.',
    'Months between two re-confirmations of compliance.': 'عدد الأشهر بين تأكيدين للامتثال.',
    'Months to wait after the last failed attempt.': 'أشهر الانتظار بعد آخر محاولة فاشلة.',
    'One organisation of the register, with its dated history': 'منظمة واحدة من السجل، مع سجلّها المؤرخ',
    'Open a destination’s recruiters’ register, or change its settings':
      'فتح سجل الجهات المستقدِمة لبلد مقصد، أو تغيير إعداداته',
    'Open the investigation, or decide.': 'فتح التحقيق، أو البتّ.',
    'Questions drawn for each test.': 'عدد الأسئلة المسحوبة لكل اختبار.',
    'Questions drawn.': 'الأسئلة المسحوبة.',
    'Questions in the question bank.': 'عدد الأسئلة في بنك الأسئلة.',
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.':
      'عدد أسئلة الاختبار، ودرجة النجاح، والمحاولات قبل الانتظار، وأشهر الانتظار، والأشهر بين تأكيدات الامتثال؛ والقيم الافتراضية 15 و13 و3 و3 و12.',
    'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees':
      'إعادة تأكيد امتثال المنظمة للمدونة وعدم تقاضيها رسوماً من المرشحين',
    'References.': 'المراجع.',
    'Seen by reviewers only.': 'لا يراه إلا المراجعون.',
    'Seen by the organisation’s members and the register’s reviewers only.':
      'لا يراه إلا أعضاء المنظمة ومراجعو السجل.',
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).':
      'عند تسجيل الدخول، يُقدَّم الطلب بذلك الحساب. وتُقيَّد التسجيلات من العنوان نفسه كما تُقيَّد محاولات الدخول الفاشلة (الرمز 429 مع Retry-After).',
    'Start a knowledge test attempt: questions drawn from the bank, without their answers':
      'بدء محاولة في اختبار المعارف: أسئلة مسحوبة من البنك دون إجاباتها',
    'Submit a test attempt’s answers; the score is computed on the server, once':
      'تسليم إجابات محاولة الاختبار؛ وتُحسب النتيجة على الخادم مرة واحدة',
    'The applicant’s new account; omitted when signed in (the application is then made with it).':
      'الحساب الجديد لمقدّم الطلب؛ يُحذف عند تسجيل الدخول (فيُقدَّم الطلب حينئذٍ بالحساب الحالي).',
    'The attempt started and not submitted.': 'المحاولة التي بدأت ولم تُسلَّم.',
    'The complaint’s reference, given when it was filed.': 'الرقم المرجعي للشكوى، المعطى عند تقديمها.',
    'The countries the organisation recruits in or from (ISO 3166 alpha-3).':
      'البلدان التي تستقدم فيها المنظمة أو منها (ISO 3166 alpha-3).',
    'The dated history of its status.': 'السجل المؤرخ لحالتها.',
    'The dated steps.': 'الخطوات المؤرخة.',
    'The destination country whose register is applied to (ISO 3166 alpha-3).':
      'بلد المقصد الذي يُقدَّم الطلب إلى سجله (ISO 3166 alpha-3).',
    'The destination country whose register it is on.': 'بلد المقصد الذي تندرج في سجله.',
    'The legal entity.': 'الكيان القانوني.',
    'The new account’s password.': 'كلمة مرور الحساب الجديد.',
    'The new account’s session, when one was created.': 'جلسة الحساب الجديد، إن أُنشئ حساب.',
    'The option chosen (numbered from 0) for each question id.':
      'الخيار المختار (مرقّماً ابتداءً من 0) لكل معرّف سؤال.',
    'The options, numbered from 0.': 'الخيارات مرقّمة ابتداءً من 0.',
    'The organisations the signed-in user acts for': 'المنظمات التي يتصرف المستخدم المسجَّل دخوله باسمها',
    'The organisation’s name.': 'اسم المنظمة.',
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history':
      'السجل العام للجهات المستقدِمة: المنظمات المدرجة أو المنذَرة أو الموقوفة أو المشطوبة، مع سجلّها',
    'The question in the reader’s language.': 'السؤال بلغة القارئ.',
    'The questions drawn, without their answers.': 'الأسئلة المسحوبة دون إجاباتها.',
    'The question’s id.': 'معرّف السؤال.',
    'The recruiters’ registers and their test settings': 'سجلات الجهات المستقدِمة وإعدادات اختباراتها',
    'The referee’s organisation.': 'جهة المرجع.',
    'The step taken.': 'الخطوة المتخذة.',
    'The written appeal.': 'الطعن المكتوب.',
    'Upheld: the sanction is lifted; dismissed: it stands.': 'مقبول: تُرفع العقوبة؛ مرفوض: تبقى قائمة.',
    'What happened.': 'ما حدث.',
    'Where the appeal stands.': 'حالة الطعن.',
    'Where the complaint stands.': 'حالة الشكوى.',
    'Where the organisation stands on the register.': 'حالة المنظمة في السجل.',
    'Whether a new attempt may start now.': 'هل يمكن بدء محاولة جديدة الآن.',
    'Whether a re-confirmation is due.': 'هل حان موعد إعادة التأكيد.',
    'Whether the complainant leaves no name or contact.': 'هل لا يترك مقدّم الشكوى اسماً ولا وسيلة اتصال.',
    'Whether the reader acts for the organisation, or reviews its register.':
      'هل يتصرف القارئ باسم المنظمة، أو يراجع سجلها.',
    'Whether the test has been passed.': 'هل اجتيز الاختبار.',
    'While waiting: when an attempt is allowed again.': 'أثناء الانتظار: متى تُتاح المحاولة مجدداً.',
    'Who complains: health worker, employer, other …': 'مَن يشتكي: عامل صحي، صاحب عمل، غير ذلك…',
    'Words of the name or legal entity.': 'كلمات من الاسم أو الكيان القانوني.',
    'Written reasons.': 'الأسباب المكتوبة.',
  },
  zh: {
    'Lift a warning, suspension or removal with written reasons, without an appeal':
      '以书面理由解除警告、暂停或除名，无需申诉',
    'A name.': '姓名。',
    'A recruitment agency or an employer.': '招聘机构或雇主。',
    'A register’s applications, re-confirmations due and complaints, for its reviewers':
      '名册的申请、到期的重新确认和投诉，供其审核人查看',
    'An e-mail address or telephone number.': '电子邮件地址或电话号码。',
    'An e-mail address.': '电子邮件地址。',
    'An id.': '标识号。',
    'Appeal in writing against a complaint’s sanction': '对投诉的制裁提出书面申诉',
    'Applications to review.': '待审核的申请。',
    'Apply to a recruiters’ register, creating the applicant’s account and signing in':
      '申请列入招聘机构名册，同时创建申请人账户并登录',
    'Associated businesses, declared.': '申报的关联企业。',
    'Attempts left before the wait.': '等待期前剩余的作答次数。',
    'Charges candidates no fees.': '不向候选人收取任何费用。',
    'Commits to the destination’s code of practice.': '承诺遵守目的地国的行为守则。',
    'Complaints, the latest first.': '投诉，最新的在前。',
    'Correct answers needed to pass.': '通过所需的正确答案数。',
    'Correct answers.': '正确答案数。',
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands':
      '书面裁决申诉：申诉成立则恢复该机构，驳回则维持制裁',
    'Failed attempts allowed before the wait.': '等待期前允许的未通过次数。',
    'Failed attempts counted against the allowance.': '已计入的未通过次数。',
    'File a complaint against a listed organisation, with or without a name; answered with its reference':
      '对名单上的机构提出投诉，可署名也可匿名；答复中给出投诉编号',
    'Follow a complaint by its reference: its status and dated steps, not its content':
      '凭编号跟踪投诉：查看其状态和注明日期的步骤，不含内容',
    'How it is associated with the organisation.': '与该机构的关联方式。',
    'Investigate a complaint, then decide it: no action, warning, suspension or removal':
      '调查投诉，然后作出决定：不采取措施、警告、暂停或除名',
    'Its company registration number.': '公司注册号。',
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.':
      '其成员和名册审核人还可看到其申报、测试、投诉和申诉。',
    'Its website.': '其网站。',
    'Lacks the permission recruiters.review for the area, or the installation is read-only':
      '不具备该地区的recruiters.review权限，或本系统为只读',
    'List an organisation that passed the test, or reject its application':
      '将通过测试的机构列入名单，或拒绝其申请',
    'List the organisation, or reject its application.': '将该机构列入名单，或拒绝其申请。',
    'Listed organisations whose re-confirmation is due.': '到期须重新确认的名单机构。',
    'Months between two re-confirmations of compliance.': '两次重新确认合规之间的月数。',
    'Months to wait after the last failed attempt.': '最后一次未通过后须等待的月数。',
    'One organisation of the register, with its dated history': '名册中的一个机构及其注明日期的历史',
    'Open a destination’s recruiters’ register, or change its settings':
      '开设目的地国的招聘机构名册，或更改其设置',
    'Open the investigation, or decide.': '展开调查，或作出决定。',
    'Questions drawn for each test.': '每次测试抽取的题数。',
    'Questions drawn.': '抽取的题数。',
    'Questions in the question bank.': '题库中的题数。',
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.':
      '每次测试题数、及格分、等待前的作答次数、等待月数以及两次重新确认之间的月数；默认值为15、13、3、3和12。',
    'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees':
      '重新确认该机构遵守守则且不向候选人收费',
    'References.': '推荐人。',
    'Seen by reviewers only.': '仅审核人可见。',
    'Seen by the organisation’s members and the register’s reviewers only.': '仅该机构成员和名册审核人可见。',
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).':
      '已登录时，以该账户提出申请。来自同一地址的注册与登录失败一样受到限制（429及Retry-After）。',
    'Start a knowledge test attempt: questions drawn from the bank, without their answers':
      '开始一次知识测试作答：从题库抽取题目，不附答案',
    'Submit a test attempt’s answers; the score is computed on the server, once':
      '提交作答；分数在服务器上计算，仅计一次',
    'The applicant’s new account; omitted when signed in (the application is then made with it).':
      '申请人的新账户；已登录时省略（此时以当前账户提出申请）。',
    'The attempt started and not submitted.': '已开始但未提交的作答。',
    'The complaint’s reference, given when it was filed.': '投诉编号，在提交投诉时给出。',
    'The countries the organisation recruits in or from (ISO 3166 alpha-3).':
      '该机构在其境内或从其境内招聘的国家（ISO 3166 alpha-3）。',
    'The dated history of its status.': '其状态的历史，注明日期。',
    'The dated steps.': '注明日期的步骤。',
    'The destination country whose register is applied to (ISO 3166 alpha-3).':
      '所申请名册的目的地国（ISO 3166 alpha-3）。',
    'The destination country whose register it is on.': '其所在名册的目的地国。',
    'The legal entity.': '法律实体。',
    'The new account’s password.': '新账户的密码。',
    'The new account’s session, when one was created.': '新账户的会话（如已创建账户）。',
    'The option chosen (numbered from 0) for each question id.':
      '每道题（按题目标识）所选的选项（从0开始编号）。',
    'The options, numbered from 0.': '选项，从0开始编号。',
    'The organisations the signed-in user acts for': '已登录用户所代表的机构',
    'The organisation’s name.': '机构名称。',
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history':
      '公开的招聘机构名册：列入名单、受警告、被暂停或被除名的机构及其历史',
    'The question in the reader’s language.': '以读者语言显示的题目。',
    'The questions drawn, without their answers.': '抽取的题目，不附答案。',
    'The question’s id.': '题目标识。',
    'The recruiters’ registers and their test settings': '各招聘机构名册及其测试设置',
    'The referee’s organisation.': '推荐人所在机构。',
    'The step taken.': '所采取的步骤。',
    'The written appeal.': '书面申诉。',
    'Upheld: the sanction is lifted; dismissed: it stands.': '申诉成立：撤销制裁；驳回：维持制裁。',
    'What happened.': '发生了什么。',
    'Where the appeal stands.': '申诉的状态。',
    'Where the complaint stands.': '投诉的状态。',
    'Where the organisation stands on the register.': '该机构在名册中的状态。',
    'Whether a new attempt may start now.': '现在是否可以开始新的作答。',
    'Whether a re-confirmation is due.': '是否到期须重新确认。',
    'Whether the complainant leaves no name or contact.': '投诉人是否不留姓名和联系方式。',
    'Whether the reader acts for the organisation, or reviews its register.':
      '读者是否代表该机构，或审核其名册。',
    'Whether the test has been passed.': '是否已通过测试。',
    'While waiting: when an attempt is allowed again.': '等待期间：何时可再次作答。',
    'Who complains: health worker, employer, other …': '投诉人：卫生工作者、雇主、其他……',
    'Words of the name or legal entity.': '名称或法律实体中的词。',
    'Written reasons.': '书面理由。',
  },
};
