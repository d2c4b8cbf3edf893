// Imports types only: the web reads the editions from here without the indicators module's code.
import type { YearSelection } from '../../indicators/index.ts';

/** A published edition of the WHO Health Workforce Support and Safeguards List and the rule behind it. */
export interface SslEdition {
  edition: number;
  title: string;
  reference: string;
  /** A country is on the list when its UHC service coverage index is below this… */
  sciBelow: number;
  /** …and its density of doctors, nurses and midwives per 10 000 is below this (the global median). */
  densityBelow: number;
  cadres: readonly string[];
  publishedCount: number;
  /** The data vintages a recomputation uses unless the user chooses others. */
  defaults: {
    sci: YearSelection;
    sciSources: readonly string[];
    density: YearSelection;
  };
  notes: string;
}

export const SSL_EDITIONS: readonly SslEdition[] = [
  {
    edition: 2020,
    title: 'WHO Health Workforce Support and Safeguards List 2020',
    reference: 'World Health Organization, 2020',
    sciBelow: 50,
    densityBelow: 49,
    cadres: ['medical-doctors', 'nursing-and-midwifery'],
    publishedCount: 47,
    defaults: {
      sci: { kind: 'latest', upTo: 2017, window: 2 },
      sciSources: ['WHO.GHO', 'OWID', 'WB.WDI'],
      density: { kind: 'latest', upTo: 2018, window: 10 },
    },
    notes:
      'UHC service coverage index below 50 and density of medical doctors, nursing and midwifery personnel below the global median of 49 per 10 000.',
  },
  {
    edition: 2023,
    title: 'WHO Health Workforce Support and Safeguards List 2023',
    reference: 'World Health Organization, 2023, ISBN 9789240069787',
    sciBelow: 55,
    densityBelow: 49,
    cadres: ['medical-doctors', 'nursing-and-midwifery'],
    publishedCount: 55,
    defaults: {
      sci: { kind: 'latest', upTo: 2019, window: 2 },
      sciSources: ['OWID', 'WB.WDI', 'WHO.GHO'],
      density: { kind: 'latest', upTo: 2021, window: 10 },
    },
    notes:
      'The same indicators as 2020; the UHC service coverage index threshold was raised from 50 to 55 to allow for COVID-19 disruption of services. Both inequalities are strict: a value exactly at the threshold is not below it.',
  },
];

export function findEdition(edition: number): SslEdition | undefined {
  return SSL_EDITIONS.find((e) => e.edition === edition);
}
