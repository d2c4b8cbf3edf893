import { defineMessages, type Text } from '../../platform/i18n/messages.ts';
import type { Reason, StatusChange } from './domain/status.ts';

/**
 * The recruitment status module's messages in the six languages: the reasons of a verdict and the changes of a
 * timeline, by code, with statuses, activities and answers named by nesting (`$t(status_{{status}})`).
 */
const en = {
  bad_date: '"{{value}}" is not a date (YYYY-MM-DD)',
  bad_range: 'The period ends ({{to}}) before it starts ({{from}})',
  no_membership:
    'The members of the {{edition}} edition of the Support and Safeguards List are not available',
  no_membership_detail:
    'On {{on}} the destination follows the {{edition}} edition; give its official members or its recomputation.',
  status_red: 'red',
  status_amber: 'amber',
  status_green: 'green',
  may_yes: 'yes',
  may_no: 'no',
  may_only_on_terms: 'only on the terms of an agreement',
  membership_official: 'members as published by WHO',
  membership_recomputed: 'members recomputed from the data, not the official list',
  activity_advertising: 'advertising in any medium',
  activity_referral_bonus: 'a referral bonus',
  activity_agency: 'recruitment through an agency or a sub-contractor',
  activity_asking_staff_to_share_vacancies: 'asking staff to share vacancies with friends and family',
  activity_fee_based_referral: 'a fee-based referral',
  activity_direct_approach: 'approaching health workers directly',
  activity_unspecified: 'active recruitment',
  named_yes: 'named by the destination’s code',
  named_no: 'active recruitment even if the destination’s code does not name it',
  why_not_yet: 'not yet in force',
  why_expired: 'expired',
  why_terminated: 'terminated',
  why_dates_unknown: 'its dates are not known',
  reason_list_in_force:
    'The {{edition}} edition of the WHO health workforce support and safeguards list applies from {{from}}',
  reason_list_date_approximate: 'The date from which the {{edition}} edition applies is approximate',
  reason_list_membership_recomputed:
    'The official members of the {{edition}} edition are not loaded: its recomputation stands in',
  reason_no_list_in_force: 'No edition of the list applies on {{on}}',
  reason_on_list: '{{origin}} is on the {{edition}} edition of the list',
  reason_not_on_list: '{{origin}} is not on the {{edition}} edition of the list',
  reason_override: 'From {{from}} the destination classes {{origin}} as $t(status_{{status}})',
  reason_agreement_governs: 'Recruitment from this country is governed by {{agreement}}',
  reason_agreement_for_information:
    '{{agreement}} is in force; the country is not on the list, so the agreement does not restrict recruitment',
  reason_agreement_dated_by_override:
    'The dates of {{agreement}} are not recorded: the destination’s classification from {{from}} dates it',
  reason_agreement_not_in_force: '{{agreement}}: $t(why_{{why}})',
  reason_agreement_suspended: 'Recruitment under {{agreement}} is paused from {{from}}',
  reason_agreement_no_recruitment: '{{agreement}} does not provide for recruitment',
  reason_agreement_outside_window: 'The date is outside the recruitment period of {{agreement}}',
  reason_agreement_cadre_not_covered: '{{agreement}} does not cover {{occupation}}',
  reason_agreement_level_excluded: '{{agreement}} is not between governments, which the destination requires',
  reason_agreement_employer_not_named:
    '{{employer}} is not among the employers allowed to recruit under {{agreement}}: {{employers}}',
  reason_agreement_employers_restricted:
    'Under {{agreement}} only these employers may recruit: {{employers}}',
  reason_agreement_terms:
    'Recruitment must follow the terms of {{agreement}}: its employers, cadres, caps, period and channel',
  reason_agreement_terms_not_loaded: 'The terms of {{agreement}} are not loaded: read the agreement itself',
  reason_no_agreement: 'No agreement in force allows recruitment from {{origin}}',
  reason_cadre_not_covered_by_code:
    'The destination’s code does not name {{occupation}}; the WHO Global Code does',
  reason_active_recruitment_any:
    'The question is about active recruitment in any form: advertising, agencies, referral bonuses, asking staff to share vacancies or approaching health workers',
  reason_active_recruitment: 'This is active recruitment: $t(activity_{{activity}}), $t(named_{{named}})',
  reason_active_recruitment_not_allowed:
    'Active recruitment from a country classed as $t(status_{{status}}) is not allowed',
  reason_active_recruitment_on_terms_only: 'Active recruitment is allowed only on the terms of {{agreement}}',
  reason_active_recruitment_allowed:
    'Active recruitment is allowed, following the Code’s principles of ethical recruitment',
  reason_direct_application_allowed:
    'A health worker who applies on their own initiative may be employed, even from a country classed as $t(status_{{status}})',
  reason_candidate_fees_forbidden: 'Candidates must never be charged fees for finding them work',
  change_start: 'Status at the start of the period',
  change_list_edition_changed:
    'The list in force changed from the {{before}} edition to the {{after}} edition ($t(membership_{{membership}}))',
  change_list_edition_started:
    'The {{after}} edition of the list applies from now ($t(membership_{{membership}}))',
  change_list_membership_changed:
    'The members of the {{edition}} edition are now $t(membership_{{membership}})',
  change_added_to_list: 'The country is on the {{edition}} edition of the list',
  change_removed_from_list: 'The country is not on the {{edition}} edition of the list',
  change_override_started: 'The destination classes the country as $t(status_{{status}})',
  change_override_ended: 'The destination’s classification as $t(status_{{status}}) ended',
  change_agreement_in_force: '{{agreement}} entered into force',
  change_agreement_suspended: 'Recruitment under {{agreement}} was paused',
  change_agreement_resumed: 'Recruitment under {{agreement}} resumed',
  change_agreement_expired: '{{agreement}} expired',
  change_agreement_terminated: '{{agreement}} was terminated',
  change_agreement_window_opened: 'The recruitment period of {{agreement}} opened',
  change_agreement_window_closed: 'The recruitment period of {{agreement}} closed',
} as const;

export const text = defineMessages('recruitment', {
  en,
  fr: {
    bad_date: '« {{value}} » n’est pas une date (AAAA-MM-JJ)',
    bad_range: 'La période se termine ({{to}}) avant de commencer ({{from}})',
    no_membership:
      'Les pays de l’édition {{edition}} de la liste d’appui et de sauvegarde ne sont pas disponibles',
    no_membership_detail:
      'Le {{on}}, la destination suit l’édition {{edition}} ; fournissez ses pays officiels ou son recalcul.',
    status_red: 'rouge',
    status_amber: 'orange',
    status_green: 'vert',
    may_yes: 'oui',
    may_no: 'non',
    may_only_on_terms: 'seulement aux conditions d’un accord',
    membership_official: 'pays tels que publiés par l’OMS',
    membership_recomputed: 'pays recalculés à partir des données, non la liste officielle',
    activity_advertising: 'une annonce, quel qu’en soit le support',
    activity_referral_bonus: 'une prime de parrainage',
    activity_agency: 'un recrutement par une agence ou un sous-traitant',
    activity_asking_staff_to_share_vacancies:
      'demander au personnel de diffuser les offres auprès de leurs proches',
    activity_fee_based_referral: 'une recommandation rémunérée',
    activity_direct_approach: 'une approche directe des personnels de santé',
    activity_unspecified: 'un recrutement actif',
    named_yes: 'cité par le code de la destination',
    named_no: 'recrutement actif même si le code de la destination ne le cite pas',
    why_not_yet: 'pas encore en vigueur',
    why_expired: 'expiré',
    why_terminated: 'dénoncé',
    why_dates_unknown: 'ses dates ne sont pas connues',
    reason_list_in_force:
      'L’édition {{edition}} de la liste OMS d’appui et de sauvegarde pour les personnels de santé s’applique depuis le {{from}}',
    reason_list_date_approximate:
      'La date à partir de laquelle l’édition {{edition}} s’applique est approximative',
    reason_list_membership_recomputed:
      'Les pays officiels de l’édition {{edition}} ne sont pas chargés : son recalcul en tient lieu',
    reason_no_list_in_force: 'Aucune édition de la liste ne s’applique le {{on}}',
    reason_on_list: '{{origin}} figure dans l’édition {{edition}} de la liste',
    reason_not_on_list: '{{origin}} ne figure pas dans l’édition {{edition}} de la liste',
    reason_override: 'Depuis le {{from}}, la destination classe {{origin}} en $t(status_{{status}})',
    reason_agreement_governs: 'Le recrutement dans ce pays est régi par {{agreement}}',
    reason_agreement_for_information:
      '{{agreement}} est en vigueur ; le pays ne figure pas dans la liste, l’accord ne restreint donc pas le recrutement',
    reason_agreement_dated_by_override:
      'Les dates de {{agreement}} ne sont pas enregistrées : le classement de la destination depuis le {{from}} en tient lieu',
    reason_agreement_not_in_force: '{{agreement}} : $t(why_{{why}})',
    reason_agreement_suspended: 'Le recrutement au titre de {{agreement}} est suspendu depuis le {{from}}',
    reason_agreement_no_recruitment: '{{agreement}} ne prévoit pas de recrutement',
    reason_agreement_outside_window: 'La date est hors de la période de recrutement de {{agreement}}',
    reason_agreement_cadre_not_covered: '{{agreement}} ne couvre pas {{occupation}}',
    reason_agreement_level_excluded:
      '{{agreement}} n’est pas un accord entre gouvernements, ce qu’exige la destination',
    reason_agreement_employer_not_named:
      '{{employer}} ne fait pas partie des employeurs autorisés à recruter au titre de {{agreement}} : {{employers}}',
    reason_agreement_employers_restricted:
      'Au titre de {{agreement}}, seuls ces employeurs peuvent recruter : {{employers}}',
    reason_agreement_terms:
      'Le recrutement doit respecter les conditions de {{agreement}} : employeurs, catégories, plafonds, période et filière',
    reason_agreement_terms_not_loaded:
      'Les conditions de {{agreement}} ne sont pas chargées : lisez l’accord lui-même',
    reason_no_agreement: 'Aucun accord en vigueur ne permet de recruter dans le pays {{origin}}',
    reason_cadre_not_covered_by_code:
      'Le code de la destination ne cite pas {{occupation}} ; le Code de pratique mondial de l’OMS, si',
    reason_active_recruitment_any:
      'La question porte sur le recrutement actif sous toutes ses formes : annonces, agences, primes de recommandation, demande au personnel de relayer les offres ou démarchage des personnels de santé',
    reason_active_recruitment:
      'Il s’agit de recrutement actif : $t(activity_{{activity}}), $t(named_{{named}})',
    reason_active_recruitment_not_allowed:
      'Le recrutement actif dans un pays classé $t(status_{{status}}) n’est pas autorisé',
    reason_active_recruitment_on_terms_only:
      'Le recrutement actif n’est autorisé qu’aux conditions de {{agreement}}',
    reason_active_recruitment_allowed:
      'Le recrutement actif est autorisé, dans le respect des principes de recrutement éthique du Code',
    reason_direct_application_allowed:
      'Un personnel de santé qui se porte candidat de sa propre initiative peut être recruté, même d’un pays classé $t(status_{{status}})',
    reason_candidate_fees_forbidden:
      'Aucun frais ne doit jamais être facturé aux candidats pour leur trouver un emploi',
    change_start: 'Statut au début de la période',
    change_list_edition_changed:
      'La liste en vigueur est passée de l’édition {{before}} à l’édition {{after}} ($t(membership_{{membership}}))',
    change_list_edition_started:
      'L’édition {{after}} de la liste s’applique désormais ($t(membership_{{membership}}))',
    change_list_membership_changed:
      'Les pays de l’édition {{edition}} sont désormais des $t(membership_{{membership}})',
    change_added_to_list: 'Le pays figure dans l’édition {{edition}} de la liste',
    change_removed_from_list: 'Le pays ne figure pas dans l’édition {{edition}} de la liste',
    change_override_started: 'La destination classe le pays en $t(status_{{status}})',
    change_override_ended: 'Le classement du pays en $t(status_{{status}}) par la destination a pris fin',
    change_agreement_in_force: '{{agreement}} est entré en vigueur',
    change_agreement_suspended: 'Le recrutement au titre de {{agreement}} a été suspendu',
    change_agreement_resumed: 'Le recrutement au titre de {{agreement}} a repris',
    change_agreement_expired: '{{agreement}} a expiré',
    change_agreement_terminated: '{{agreement}} a été dénoncé',
    change_agreement_window_opened: 'La période de recrutement de {{agreement}} s’est ouverte',
    change_agreement_window_closed: 'La période de recrutement de {{agreement}} s’est close',
  },
  es: {
    bad_date: '«{{value}}» no es una fecha (AAAA-MM-DD)',
    bad_range: 'El período termina ({{to}}) antes de empezar ({{from}})',
    no_membership:
      'No se dispone de los países de la edición {{edition}} de la lista de apoyo y salvaguardias',
    no_membership_detail:
      'El {{on}} el destino sigue la edición {{edition}}; indique sus países oficiales o su recálculo.',
    status_red: 'rojo',
    status_amber: 'ámbar',
    status_green: 'verde',
    may_yes: 'sí',
    may_no: 'no',
    may_only_on_terms: 'solo en las condiciones de un acuerdo',
    membership_official: 'países según los publicó la OMS',
    membership_recomputed: 'países recalculados a partir de los datos, no la lista oficial',
    activity_advertising: 'anuncios en cualquier medio',
    activity_referral_bonus: 'una prima por recomendación',
    activity_agency: 'contratación a través de una agencia o un subcontratista',
    activity_asking_staff_to_share_vacancies:
      'pedir al personal que difunda las vacantes entre amigos y familiares',
    activity_fee_based_referral: 'una recomendación remunerada',
    activity_direct_approach: 'dirigirse directamente al personal de salud',
    activity_unspecified: 'contratación activa',
    named_yes: 'citada en el código del destino',
    named_no: 'contratación activa aunque el código del destino no la cite',
    why_not_yet: 'aún no está en vigor',
    why_expired: 'ha vencido',
    why_terminated: 'se ha dado por terminado',
    why_dates_unknown: 'no se conocen sus fechas',
    reason_list_in_force:
      'La edición {{edition}} de la lista de apoyo y salvaguardias de la OMS en materia de personal de salud se aplica desde el {{from}}',
    reason_list_date_approximate: 'La fecha desde la que se aplica la edición {{edition}} es aproximada',
    reason_list_membership_recomputed:
      'Los países oficiales de la edición {{edition}} no están cargados: su recálculo los sustituye',
    reason_no_list_in_force: 'Ninguna edición de la lista se aplica el {{on}}',
    reason_on_list: '{{origin}} figura en la edición {{edition}} de la lista',
    reason_not_on_list: '{{origin}} no figura en la edición {{edition}} de la lista',
    reason_override: 'Desde el {{from}} el destino clasifica a {{origin}} como $t(status_{{status}})',
    reason_agreement_governs: 'La contratación en este país se rige por {{agreement}}',
    reason_agreement_for_information:
      '{{agreement}} está en vigor; el país no figura en la lista, así que el acuerdo no restringe la contratación',
    reason_agreement_dated_by_override:
      'Las fechas de {{agreement}} no constan: la clasificación del destino desde el {{from}} las sustituye',
    reason_agreement_not_in_force: '{{agreement}}: $t(why_{{why}})',
    reason_agreement_suspended:
      'La contratación en virtud de {{agreement}} está suspendida desde el {{from}}',
    reason_agreement_no_recruitment: '{{agreement}} no prevé contratación',
    reason_agreement_outside_window: 'La fecha está fuera del período de contratación de {{agreement}}',
    reason_agreement_cadre_not_covered: '{{agreement}} no abarca {{occupation}}',
    reason_agreement_level_excluded: '{{agreement}} no es un acuerdo entre gobiernos, como exige el destino',
    reason_agreement_employer_not_named:
      '{{employer}} no figura entre los empleadores autorizados a contratar en virtud de {{agreement}}: {{employers}}',
    reason_agreement_employers_restricted:
      'En virtud de {{agreement}} solo pueden contratar estos empleadores: {{employers}}',
    reason_agreement_terms:
      'La contratación debe seguir las condiciones de {{agreement}}: empleadores, categorías, límites, período y cauce',
    reason_agreement_terms_not_loaded:
      'Las condiciones de {{agreement}} no están cargadas: consulte el acuerdo',
    reason_no_agreement: 'Ningún acuerdo en vigor permite contratar en {{origin}}',
    reason_cadre_not_covered_by_code:
      'El código del destino no cita {{occupation}}; el Código de prácticas mundial de la OMS sí',
    reason_active_recruitment_any:
      'La pregunta se refiere a la contratación activa en cualquier forma: anuncios, agencias, primas por recomendación, pedir al personal que difunda las vacantes o abordar a los trabajadores de la salud',
    reason_active_recruitment:
      'Se trata de contratación activa: $t(activity_{{activity}}), $t(named_{{named}})',
    reason_active_recruitment_not_allowed:
      'No se permite la contratación activa en un país $t(status_{{status}})',
    reason_active_recruitment_on_terms_only:
      'La contratación activa solo se permite en las condiciones de {{agreement}}',
    reason_active_recruitment_allowed:
      'Se permite la contratación activa, con arreglo a los principios de contratación ética del Código',
    reason_direct_application_allowed:
      'Un trabajador de salud que se postula por iniciativa propia puede ser contratado, incluso desde un país $t(status_{{status}})',
    reason_candidate_fees_forbidden: 'Nunca se debe cobrar a los candidatos por encontrarles empleo',
    change_start: 'Situación al comienzo del período',
    change_list_edition_changed:
      'La lista en vigor pasó de la edición {{before}} a la edición {{after}} ($t(membership_{{membership}}))',
    change_list_edition_started:
      'Desde ahora se aplica la edición {{after}} de la lista ($t(membership_{{membership}}))',
    change_list_membership_changed:
      'Los países de la edición {{edition}} son ahora $t(membership_{{membership}})',
    change_added_to_list: 'El país figura en la edición {{edition}} de la lista',
    change_removed_from_list: 'El país no figura en la edición {{edition}} de la lista',
    change_override_started: 'El destino clasifica al país como $t(status_{{status}})',
    change_override_ended: 'Terminó la clasificación del país como $t(status_{{status}}) por el destino',
    change_agreement_in_force: '{{agreement}} entró en vigor',
    change_agreement_suspended: 'Se suspendió la contratación en virtud de {{agreement}}',
    change_agreement_resumed: 'Se reanudó la contratación en virtud de {{agreement}}',
    change_agreement_expired: '{{agreement}} venció',
    change_agreement_terminated: 'Se dio por terminado {{agreement}}',
    change_agreement_window_opened: 'Se abrió el período de contratación de {{agreement}}',
    change_agreement_window_closed: 'Se cerró el período de contratación de {{agreement}}',
  },
  ar: {
    bad_date: '"{{value}}" ليس تاريخًا (سنة-شهر-يوم)',
    bad_range: 'تنتهي الفترة ({{to}}) قبل أن تبدأ ({{from}})',
    no_membership: 'بلدان الطبعة {{edition}} من قائمة الدعم والضمانات غير متاحة',
    no_membership_detail:
      'في {{on}} تتبع جهة المقصد الطبعة {{edition}}؛ قدّم بلدانها الرسمية أو إعادة حسابها.',
    status_red: 'أحمر',
    status_amber: 'كهرماني',
    status_green: 'أخضر',
    may_yes: 'نعم',
    may_no: 'لا',
    may_only_on_terms: 'فقط وفق شروط اتفاق',
    membership_official: 'البلدان كما نشرتها منظمة الصحة العالمية',
    membership_recomputed: 'بلدان أعيد حسابها من البيانات، لا القائمة الرسمية',
    activity_advertising: 'الإعلان في أي وسيلة',
    activity_referral_bonus: 'مكافأة إحالة',
    activity_agency: 'التوظيف عن طريق وكالة أو متعاقد من الباطن',
    activity_asking_staff_to_share_vacancies: 'مطالبة الموظفين بنشر الوظائف الشاغرة بين الأصدقاء والأسرة',
    activity_fee_based_referral: 'إحالة مدفوعة الأجر',
    activity_direct_approach: 'التواصل المباشر مع العاملين الصحيين',
    activity_unspecified: 'التوظيف النشط',
    named_yes: 'منصوص عليه في مدونة جهة المقصد',
    named_no: 'توظيف نشط وإن لم تنص عليه مدونة جهة المقصد',
    why_not_yet: 'لم يدخل حيز النفاذ بعد',
    why_expired: 'انتهت مدته',
    why_terminated: 'أُنهي',
    why_dates_unknown: 'تواريخه غير معروفة',
    reason_list_in_force:
      'تنطبق الطبعة {{edition}} من قائمة منظمة الصحة العالمية للدعم والضمانات الخاصة بالقوى العاملة الصحية منذ {{from}}',
    reason_list_date_approximate: 'تاريخ بدء انطباق الطبعة {{edition}} تقريبي',
    reason_list_membership_recomputed: 'البلدان الرسمية للطبعة {{edition}} غير محمّلة: تحل محلها إعادة حسابها',
    reason_no_list_in_force: 'لا تنطبق أي طبعة من القائمة في {{on}}',
    reason_on_list: '{{origin}} مدرج في الطبعة {{edition}} من القائمة',
    reason_not_on_list: '{{origin}} غير مدرج في الطبعة {{edition}} من القائمة',
    reason_override: 'منذ {{from}} تصنّف جهة المقصد {{origin}} بأنه $t(status_{{status}})',
    reason_agreement_governs: 'يخضع التوظيف من هذا البلد لـ {{agreement}}',
    reason_agreement_for_information:
      '{{agreement}} نافذ؛ البلد غير مدرج في القائمة، فلا يقيّد الاتفاق التوظيف',
    reason_agreement_dated_by_override:
      'تواريخ {{agreement}} غير مسجلة: يحددها تصنيف جهة المقصد منذ {{from}}',
    reason_agreement_not_in_force: '{{agreement}}: $t(why_{{why}})',
    reason_agreement_suspended: 'التوظيف بموجب {{agreement}} معلّق منذ {{from}}',
    reason_agreement_no_recruitment: 'لا ينص {{agreement}} على التوظيف',
    reason_agreement_outside_window: 'التاريخ خارج فترة التوظيف في {{agreement}}',
    reason_agreement_cadre_not_covered: 'لا يشمل {{agreement}} فئة {{occupation}}',
    reason_agreement_level_excluded: '{{agreement}} ليس اتفاقًا بين حكومات، وهو ما تشترطه جهة المقصد',
    reason_agreement_employer_not_named:
      '{{employer}} ليس من أصحاب العمل المسموح لهم بالتوظيف بموجب {{agreement}}: {{employers}}',
    reason_agreement_employers_restricted:
      'بموجب {{agreement}} لا يجوز التوظيف إلا لأصحاب العمل هؤلاء: {{employers}}',
    reason_agreement_terms:
      'يجب أن يتبع التوظيف شروط {{agreement}}: أصحاب العمل والفئات والحدود القصوى والفترة والقناة',
    reason_agreement_terms_not_loaded: 'شروط {{agreement}} غير محمّلة: راجع نص الاتفاق',
    reason_no_agreement: 'لا يوجد اتفاق نافذ يسمح بالتوظيف من {{origin}}',
    reason_cadre_not_covered_by_code:
      'لا تذكر مدونة جهة المقصد فئة {{occupation}}؛ أما مدونة قواعد الممارسة العالمية لمنظمة الصحة العالمية فتشملها',
    reason_active_recruitment_any:
      'يتعلق السؤال بالتوظيف النشط بأي شكل: الإعلان أو الوكالات أو مكافآت الإحالة أو مطالبة الموظفين بنشر الوظائف الشاغرة أو التواصل المباشر مع العاملين الصحيين',
    reason_active_recruitment: 'هذا توظيف نشط: $t(activity_{{activity}})، $t(named_{{named}})',
    reason_active_recruitment_not_allowed: 'التوظيف النشط من بلد $t(status_{{status}}) غير مسموح به',
    reason_active_recruitment_on_terms_only: 'لا يُسمح بالتوظيف النشط إلا وفق شروط {{agreement}}',
    reason_active_recruitment_allowed: 'التوظيف النشط مسموح به، وفق مبادئ التوظيف الأخلاقي في المدونة',
    reason_direct_application_allowed:
      'يجوز توظيف العامل الصحي الذي يتقدم بطلب بمبادرة منه، حتى من بلد $t(status_{{status}})',
    reason_candidate_fees_forbidden: 'لا يجوز أبدًا تحصيل رسوم من المرشحين مقابل إيجاد عمل لهم',
    change_start: 'الوضع في بداية الفترة',
    change_list_edition_changed:
      'تغيّرت القائمة النافذة من الطبعة {{before}} إلى الطبعة {{after}} ($t(membership_{{membership}}))',
    change_list_edition_started: 'تنطبق الطبعة {{after}} من القائمة من الآن ($t(membership_{{membership}}))',
    change_list_membership_changed: 'بلدان الطبعة {{edition}} الآن: $t(membership_{{membership}})',
    change_added_to_list: 'البلد مدرج في الطبعة {{edition}} من القائمة',
    change_removed_from_list: 'البلد غير مدرج في الطبعة {{edition}} من القائمة',
    change_override_started: 'تصنّف جهة المقصد البلد بأنه $t(status_{{status}})',
    change_override_ended: 'انتهى تصنيف جهة المقصد للبلد بأنه $t(status_{{status}})',
    change_agreement_in_force: 'دخل {{agreement}} حيز النفاذ',
    change_agreement_suspended: 'عُلّق التوظيف بموجب {{agreement}}',
    change_agreement_resumed: 'استؤنف التوظيف بموجب {{agreement}}',
    change_agreement_expired: 'انتهت مدة {{agreement}}',
    change_agreement_terminated: 'أُنهي {{agreement}}',
    change_agreement_window_opened: 'بدأت فترة التوظيف في {{agreement}}',
    change_agreement_window_closed: 'انتهت فترة التوظيف في {{agreement}}',
  },
  ru: {
    bad_date: '«{{value}}» — не дата (ГГГГ-ММ-ДД)',
    bad_range: 'Период заканчивается ({{to}}) раньше, чем начинается ({{from}})',
    no_membership: 'Страны издания {{edition}} перечня мер по поддержке и защите недоступны',
    no_membership_detail:
      'На {{on}} страна назначения следует изданию {{edition}}; укажите его официальные страны или их пересчёт.',
    status_red: 'красный',
    status_amber: 'жёлтый',
    status_green: 'зелёный',
    may_yes: 'да',
    may_no: 'нет',
    may_only_on_terms: 'только на условиях соглашения',
    membership_official: 'страны, как их опубликовала ВОЗ',
    membership_recomputed: 'страны, пересчитанные по данным, а не официальный перечень',
    activity_advertising: 'объявления в любых средствах',
    activity_referral_bonus: 'премия за рекомендацию',
    activity_agency: 'наем через агентство или субподрядчика',
    activity_asking_staff_to_share_vacancies:
      'просьба к сотрудникам распространять вакансии среди друзей и родных',
    activity_fee_based_referral: 'платная рекомендация',
    activity_direct_approach: 'прямое обращение к работникам здравоохранения',
    activity_unspecified: 'активный наем',
    named_yes: 'назван в кодексе страны назначения',
    named_no: 'активный наем, даже если кодекс страны назначения его не называет',
    why_not_yet: 'ещё не вступило в силу',
    why_expired: 'срок истёк',
    why_terminated: 'прекращено',
    why_dates_unknown: 'его даты неизвестны',
    reason_list_in_force:
      'Издание {{edition}} перечня ВОЗ мер по поддержке и защите кадровых ресурсов здравоохранения применяется с {{from}}',
    reason_list_date_approximate: 'Дата, с которой применяется издание {{edition}}, приблизительна',
    reason_list_membership_recomputed:
      'Официальные страны издания {{edition}} не загружены: вместо них используется пересчёт',
    reason_no_list_in_force: 'На {{on}} не применяется ни одно издание перечня',
    reason_on_list: '{{origin}} входит в издание {{edition}} перечня',
    reason_not_on_list: '{{origin}} не входит в издание {{edition}} перечня',
    reason_override: 'С {{from}} страна назначения относит {{origin}} к категории «$t(status_{{status}})»',
    reason_agreement_governs: 'Наем из этой страны регулируется документом «{{agreement}}»',
    reason_agreement_for_information:
      '«{{agreement}}» действует; страна не входит в перечень, поэтому соглашение не ограничивает наем',
    reason_agreement_dated_by_override:
      'Даты «{{agreement}}» не записаны: их заменяет классификация страны назначения с {{from}}',
    reason_agreement_not_in_force: '«{{agreement}}»: $t(why_{{why}})',
    reason_agreement_suspended: 'Наем по «{{agreement}}» приостановлен с {{from}}',
    reason_agreement_no_recruitment: '«{{agreement}}» не предусматривает наем',
    reason_agreement_outside_window: 'Дата вне периода найма по «{{agreement}}»',
    reason_agreement_cadre_not_covered: '«{{agreement}}» не охватывает {{occupation}}',
    reason_agreement_level_excluded:
      '«{{agreement}}» — не межправительственное соглашение, а страна назначения требует именно его',
    reason_agreement_employer_not_named:
      '{{employer}} нет среди работодателей, которым разрешен наем по «{{agreement}}»: {{employers}}',
    reason_agreement_employers_restricted:
      'По «{{agreement}}» нанимать могут только эти работодатели: {{employers}}',
    reason_agreement_terms:
      'Наем должен соответствовать условиям «{{agreement}}»: работодатели, категории, квоты, период и канал',
    reason_agreement_terms_not_loaded: 'Условия «{{agreement}}» не загружены: см. текст соглашения',
    reason_no_agreement: 'Ни одно действующее соглашение не разрешает наем из {{origin}}',
    reason_cadre_not_covered_by_code:
      'Кодекс страны назначения не называет {{occupation}}; Глобальный кодекс ВОЗ по практике международного найма персонала здравоохранения охватывает',
    reason_active_recruitment_any:
      'Вопрос касается активного найма в любой форме: объявлений, агентств, вознаграждений за рекомендацию, просьб к персоналу распространять вакансии или прямого обращения к медицинским работникам',
    reason_active_recruitment: 'Это активный наем: $t(activity_{{activity}}), $t(named_{{named}})',
    reason_active_recruitment_not_allowed:
      'Активный наем из страны категории «$t(status_{{status}})» не разрешен',
    reason_active_recruitment_on_terms_only: 'Активный наем разрешен только на условиях «{{agreement}}»',
    reason_active_recruitment_allowed:
      'Активный наем разрешен при соблюдении принципов этичного найма, изложенных в Кодексе',
    reason_direct_application_allowed:
      'Работника здравоохранения, который обращается по собственной инициативе, можно нанять даже из страны категории «$t(status_{{status}})»',
    reason_candidate_fees_forbidden: 'С кандидатов никогда нельзя взимать плату за поиск работы',
    change_start: 'Статус в начале периода',
    change_list_edition_changed:
      'Действующий перечень сменился с издания {{before}} на издание {{after}} ($t(membership_{{membership}}))',
    change_list_edition_started:
      'С этого момента применяется издание {{after}} перечня ($t(membership_{{membership}}))',
    change_list_membership_changed: 'Страны издания {{edition}} теперь: $t(membership_{{membership}})',
    change_added_to_list: 'Страна входит в издание {{edition}} перечня',
    change_removed_from_list: 'Страна не входит в издание {{edition}} перечня',
    change_override_started: 'Страна назначения относит страну к категории «$t(status_{{status}})»',
    change_override_ended:
      'Отнесение страны к категории «$t(status_{{status}})» страной назначения прекращено',
    change_agreement_in_force: '«{{agreement}}» вступило в силу',
    change_agreement_suspended: 'Наем по «{{agreement}}» приостановлен',
    change_agreement_resumed: 'Наем по «{{agreement}}» возобновлен',
    change_agreement_expired: 'Срок «{{agreement}}» истёк',
    change_agreement_terminated: '«{{agreement}}» прекращено',
    change_agreement_window_opened: 'Открылся период найма по «{{agreement}}»',
    change_agreement_window_closed: 'Закрылся период найма по «{{agreement}}»',
  },
  zh: {
    bad_date: '"{{value}}" 不是日期（年-月-日）',
    bad_range: '期间的结束日期（{{to}}）早于开始日期（{{from}}）',
    no_membership: '无法获得支持和保障清单 {{edition}} 年版的国家',
    no_membership_detail: '{{on}} 目的地遵循 {{edition}} 年版；请提供其官方国家或重新计算结果。',
    status_red: '红色',
    status_amber: '琥珀色',
    status_green: '绿色',
    may_yes: '是',
    may_no: '否',
    may_only_on_terms: '仅按协议条款',
    membership_official: '世卫组织公布的国家',
    membership_recomputed: '根据数据重新计算的国家，而非官方清单',
    activity_advertising: '通过任何媒介发布招聘广告',
    activity_referral_bonus: '推荐奖金',
    activity_agency: '通过中介机构或分包商招聘',
    activity_asking_staff_to_share_vacancies: '请员工向亲友转发空缺职位',
    activity_fee_based_referral: '收费推荐',
    activity_direct_approach: '直接联系卫生工作者',
    activity_unspecified: '积极招聘',
    named_yes: '目的地守则列明',
    named_no: '即使目的地守则未列明，也属积极招聘',
    why_not_yet: '尚未生效',
    why_expired: '已到期',
    why_terminated: '已终止',
    why_dates_unknown: '日期不详',
    reason_list_in_force: '世卫组织卫生人力支持和保障清单 {{edition}} 年版自 {{from}} 起适用',
    reason_list_date_approximate: '{{edition}} 年版的适用起始日期为近似值',
    reason_list_membership_recomputed: '{{edition}} 年版的官方国家未加载：以重新计算结果代替',
    reason_no_list_in_force: '{{on}} 没有适用的清单版本',
    reason_on_list: '{{origin}} 列入清单 {{edition}} 年版',
    reason_not_on_list: '{{origin}} 未列入清单 {{edition}} 年版',
    reason_override: '自 {{from}} 起，目的地将 {{origin}} 列为$t(status_{{status}})',
    reason_agreement_governs: '从该国招聘受 {{agreement}} 管辖',
    reason_agreement_for_information: '{{agreement}} 有效；该国未列入清单，协议不限制招聘',
    reason_agreement_dated_by_override: '{{agreement}} 的日期未记录：以目的地自 {{from}} 起的分类为准',
    reason_agreement_not_in_force: '{{agreement}}：$t(why_{{why}})',
    reason_agreement_suspended: '根据 {{agreement}} 的招聘自 {{from}} 起暂停',
    reason_agreement_no_recruitment: '{{agreement}} 未规定招聘',
    reason_agreement_outside_window: '该日期不在 {{agreement}} 的招聘期内',
    reason_agreement_cadre_not_covered: '{{agreement}} 不涵盖 {{occupation}}',
    reason_agreement_level_excluded: '{{agreement}} 不是政府间协议，而目的地要求政府间协议',
    reason_agreement_employer_not_named: '{{employer}} 不在 {{agreement}} 允许招聘的雇主之列：{{employers}}',
    reason_agreement_employers_restricted: '根据 {{agreement}}，只有以下雇主可以招聘：{{employers}}',
    reason_agreement_terms: '招聘必须遵守 {{agreement}} 的条款：雇主、类别、上限、期间和渠道',
    reason_agreement_terms_not_loaded: '{{agreement}} 的条款未加载：请查阅协议本身',
    reason_no_agreement: '没有有效协议允许从 {{origin}} 招聘',
    reason_cadre_not_covered_by_code:
      '目的地守则未列明 {{occupation}}；世卫组织全球卫生人员国际招聘行为守则涵盖该类别',
    reason_active_recruitment_any:
      '该问题涉及任何形式的积极招聘：广告、中介机构、推荐奖金、请员工转发职位空缺或直接接触卫生工作者',
    reason_active_recruitment: '这属于积极招聘：$t(activity_{{activity}})，$t(named_{{named}})',
    reason_active_recruitment_not_allowed: '不允许从$t(status_{{status}})国家积极招聘',
    reason_active_recruitment_on_terms_only: '仅允许按 {{agreement}} 的条款积极招聘',
    reason_active_recruitment_allowed: '允许积极招聘，但须遵守守则的道德招聘原则',
    reason_direct_application_allowed: '卫生工作者主动申请的，即使来自$t(status_{{status}})国家，也可以聘用',
    reason_candidate_fees_forbidden: '绝不得向求职者收取介绍工作的费用',
    change_start: '期间开始时的状态',
    change_list_edition_changed:
      '适用清单由 {{before}} 年版改为 {{after}} 年版（$t(membership_{{membership}})）',
    change_list_edition_started: '自此适用清单 {{after}} 年版（$t(membership_{{membership}})）',
    change_list_membership_changed: '{{edition}} 年版的国家现为：$t(membership_{{membership}})',
    change_added_to_list: '该国列入清单 {{edition}} 年版',
    change_removed_from_list: '该国未列入清单 {{edition}} 年版',
    change_override_started: '目的地将该国列为$t(status_{{status}})',
    change_override_ended: '目的地将该国列为$t(status_{{status}})的分类已结束',
    change_agreement_in_force: '{{agreement}} 生效',
    change_agreement_suspended: '根据 {{agreement}} 的招聘已暂停',
    change_agreement_resumed: '根据 {{agreement}} 的招聘已恢复',
    change_agreement_expired: '{{agreement}} 已到期',
    change_agreement_terminated: '{{agreement}} 已终止',
    change_agreement_window_opened: '{{agreement}} 的招聘期开始',
    change_agreement_window_closed: '{{agreement}} 的招聘期结束',
  },
});

/** A verdict's reason in words (rendered in the reader's language at the edge). */
export function reasonText(reason: Reason): Text {
  if (reason.code === 'active_recruitment' && reason.params.activity === 'unspecified')
    return text('reason_active_recruitment_any', reason.params);
  return text(`reason_${reason.code}`, reason.params);
}

/** A timeline change in words. */
export function changeText(change: StatusChange): Text {
  if (change.code === 'list_edition_changed' && change.params.before === '')
    return text('change_list_edition_started', change.params);
  return text(`change_${change.code}`, change.params);
}
