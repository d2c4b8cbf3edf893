export interface SourceInfo {
  code: string;
  name: string;
  publisher: string;
  url: string | null;
  licence: string | null;
}

/** Datasets hwmo knows how to credit; files naming another source get a row with the code as its name. */
export const KNOWN_SOURCES: readonly SourceInfo[] = [
  {
    code: 'WHO.GHO',
    name: 'WHO Global Health Observatory (National Health Workforce Accounts)',
    publisher: 'World Health Organization',
    url: 'https://www.who.int/data/gho',
    licence: 'CC BY-NC-SA 3.0 IGO',
  },
  {
    code: 'WHO.NRI',
    name: 'WHO Global Code of Practice: national reports (National Reporting Instrument)',
    publisher: 'World Health Organization',
    url: 'https://www.who.int/teams/health-workforce/migration/code-nri',
    licence: null,
  },
  {
    code: 'DECLARATIONS',
    name: 'Declarations of recruitment by listed recruiters and employers',
    publisher: 'this installation',
    url: null,
    licence: null,
  },
  {
    code: 'OECD.HEALTH_WFMI',
    name: 'OECD Health Statistics: Health Workforce Migration',
    publisher: 'OECD',
    url: 'https://www.oecd.org/health/health-data.htm',
    licence: 'OECD terms and conditions (reuse with attribution)',
  },
  {
    code: 'WB.WDI',
    name: 'World Development Indicators',
    publisher: 'World Bank',
    url: 'https://data.worldbank.org',
    licence: 'CC BY 4.0',
  },
  {
    code: 'OWID',
    name: 'Our World in Data (grapher export of WHO data)',
    publisher: 'Our World in Data; underlying data WHO',
    url: 'https://ourworldindata.org',
    licence: 'CC BY 4.0 (charts); underlying data under the publisher terms',
  },
  {
    code: 'HWMO',
    name: 'hwmo SDMX-CSV export',
    publisher: 'hwmo',
    url: null,
    licence: null,
  },
  {
    code: 'USER',
    name: 'Data entered by this installation',
    publisher: 'this installation',
    url: null,
    licence: null,
  },
  {
    code: 'EXAMPLE',
    name: 'made-up example figures shipped with hwmo to try it, not statistics',
    publisher: 'hwmo',
    url: null,
    licence: null,
  },
];

const byCode = new Map(KNOWN_SOURCES.map((s) => [s.code, s]));

export function describeSource(code: string): SourceInfo {
  return byCode.get(code) ?? { code, name: code, publisher: 'unknown', url: null, licence: null };
}
