import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkCodes } from '../observations/index.ts';
import { compareMirrorFlows, type MirrorReport } from './domain/index.ts';
import { flowText } from './domain/messages.ts';
import { type FlowRow, reportedFlows } from './repo.ts';
import type { MirrorQuery, MirrorStoredResult } from './schemas.ts';

/** Areas that can send or receive a reported flow; totals, unspecified partners and aggregates are left out. */
const PAIR_KINDS = ['country', 'subnational'];

/**
 * Mirror statistics of stored flows (flows.md §2.7): for each year, every origin → destination pair where the origin
 * reports an `outflow` to the destination or the destination an `inflow` from the origin, compared by
 * `compareMirrorFlows` (ratios, one-sided shares, two-way adjustment factors and their fit). Only current values of
 * the occupation, sex and age count; when a side holds one pair more than once (two sources or partner bases) the
 * request must choose, naming the field that does.
 */
export async function mirrorStoredFlows({ db }: Ctx, query: MirrorQuery): Promise<MirrorStoredResult> {
  await checkCodes(db, {
    ...(query.reference ? { area: [query.reference] } : {}),
    source: [query.inflowSource, query.outflowSource].filter((x): x is string => x !== undefined),
  });
  const rows = await reportedFlows(db, {
    occupation: query.occupation,
    sex: query.sex,
    age: query.age,
    from: query.year.from,
    to: query.year.to,
    pairKinds: PAIR_KINDS,
    inflow: { source: query.inflowSource, basis: query.inflowBasis },
    outflow: { source: query.outflowSource, basis: query.outflowBasis },
  });

  const byYear = new Map<number, { reports: Map<string, MirrorReport>; batches: Set<number> }>();
  const seen = new Map<string, FlowRow>();
  for (const r of rows) {
    const cell = `${r.measure} ${r.year} ${r.area} ${r.partner}`;
    const other = seen.get(cell);
    if (other) {
      const sameSource = other.source === r.source;
      const field = `${r.measure}${sameSource ? 'Basis' : 'Source'}`;
      throw new AppError(
        'invalid_input',
        flowText(sameSource ? 'mirror_bases' : 'mirror_sources', {
          measure: r.measure,
          area: r.area,
          partner: r.partner,
          year: r.year,
          a: sameSource ? other.partner_basis : other.source,
          b: sameSource ? r.partner_basis : r.source,
        }),
        { location: { field }, hint: flowText('choose_one_hint', { field }) },
      );
    }
    seen.set(cell, r);
    let year = byYear.get(r.year);
    if (!year) {
      year = { reports: new Map(), batches: new Set() };
      byYear.set(r.year, year);
    }
    year.batches.add(r.batch_id);
    const [origin, destination] = r.measure === 'outflow' ? [r.area, r.partner] : [r.partner, r.area];
    const key = `${origin} ${destination}`;
    const report = year.reports.get(key) ?? {
      origin,
      destination,
      sentByOrigin: null,
      receivedByDestination: null,
    };
    if (r.measure === 'outflow') report.sentByOrigin = r.value;
    else report.receivedByDestination = r.value;
    year.reports.set(key, report);
  }

  const years: MirrorStoredResult['years'] = [];
  for (const [year, { reports, batches }] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const list = [...reports.values()];
    const ref = query.reference;
    if (ref !== undefined && !list.some((r) => r.origin === ref || r.destination === ref)) {
      throw new AppError('invalid_input', flowText('mirror_reference', { ref, year }), {
        location: { field: 'reference' },
        hint: flowText('mirror_reference_hint'),
      });
    }
    years.push({
      year,
      inputBatches: [...batches].sort((a, b) => a - b),
      ...compareMirrorFlows(list, ref === undefined ? {} : { reference: ref }),
    });
  }
  return { occupation: query.occupation, years };
}
