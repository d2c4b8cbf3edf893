import { fileURLToPath } from 'node:url';

/** Abel (2013) four-region example: place-of-birth (rows) by place-of-residence (columns) stocks at two dates. */
export const ABEL_S1 = [
  [1000, 100, 10, 0],
  [55, 555, 50, 5],
  [80, 40, 800, 40],
  [20, 25, 20, 200],
];
export const ABEL_S2 = [
  [950, 100, 60, 0],
  [80, 505, 75, 5],
  [90, 30, 800, 40],
  [40, 45, 0, 180],
];

/** The same stocks as stored observations (hwmo long CSV): regions A…D are GHA, KEN, NGA, ZAF, 2015 and 2020. */
export const ABEL_STOCKS_CSV = fileURLToPath(new URL('fixtures/flows/abel-2013-stocks.csv', import.meta.url));
export const ABEL_STORED_AREAS = ['GHA', 'KEN', 'NGA', 'ZAF'];
