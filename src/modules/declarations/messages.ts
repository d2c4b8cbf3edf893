import { defineMessages } from '../../platform/i18n/messages.ts';

const en = {
  not_declarable:
    '{{name}} is not listed on the register of {{destination}} (it is {{status}}): only a listed organisation declares its placements',
  not_declarable_hint: 'An organisation is listed once it has passed the knowledge test and been reviewed.',
  lines_invalid: '{{count}} line(s) of the declaration are wrong; nothing was stored',
  future_month: '{{month}} is after this month',
  unknown_origin: 'not a country code known here',
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
};

/** The declarations module's messages in the six languages. */
export const text = defineMessages('declarations', {
  en,
  fr: en,
  es: en,
  ar: en,
  ru: en,
  zh: en,
});
