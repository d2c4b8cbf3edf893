import type { Ctx } from '../../platform/context.ts';
import type { Block } from '../../platform/documents/index.ts';
import { render } from '../../platform/i18n/messages.ts';
import { countryNameIn, findOccupation } from '../reference/index.ts';
import { isoDay, statusOn } from './domain/agreement.ts';
import { reportText as t } from './messages-report.ts';
import { loadAgreements } from './repo.ts';

/**
 * The published agreements to which the area is party, as blocks of a document in the context's language (for the
 * export of the country's Code report): a heading, then a table of them, or a line saying there is none.
 */
export async function agreementsForReport(ctx: Ctx, area: string): Promise<Block[]> {
  const say = (name: Parameters<typeof t>[0], params: Record<string, string> = {}) =>
    render(t(name, params), ctx.lang);
  const country = (code: string) => countryNameIn(code, ctx.lang) ?? code;
  const today = isoDay(ctx.now());
  const agreements = (await loadAgreements(ctx.db))
    .filter((a) => a.published && a.parties.some((p) => p.area === area))
    .sort(
      (a, b) =>
        (b.inForceOn ?? b.signedOn ?? '').localeCompare(a.inForceOn ?? a.signedOn ?? '') ||
        a.title.localeCompare(b.title) ||
        a.id - b.id,
    );
  const heading: Block = { kind: 'heading', level: 1, text: say('heading') };
  if (agreements.length === 0)
    return [heading, { kind: 'paragraph', text: say('none', { area: country(area) }) }];
  return [
    heading,
    {
      kind: 'table',
      caption: say('caption', { area: country(area) }),
      header: [
        say('col_title'),
        say('col_type'),
        say('col_parties'),
        say('col_signed'),
        say('col_in_force'),
        say('col_expires'),
        say('col_status'),
        say('col_cadres'),
        say('col_text'),
      ],
      rows: agreements.map((a) => [
        a.title,
        say(`type_${a.type}`),
        a.parties
          .map((p) => (p.organisation ? `${country(p.area)} (${p.organisation})` : country(p.area)))
          .join('; '),
        a.signedOn ?? '',
        a.inForceOn ?? '',
        a.expiresOn ?? '',
        say(`status_${statusOn(a, today)}`),
        a.cadres.length === 0
          ? say('all_cadres')
          : a.cadres.map((c) => findOccupation(c)?.name ?? c).join('; '),
        a.textUrl ?? '',
      ]),
    },
  ];
}
