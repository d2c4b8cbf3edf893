export {
  type Array3,
  array3FromNested,
  array3Get,
  array3Index,
  array3ToNested,
  createArray3,
} from './array3.ts';
export type { BirthplaceTotalsMethod } from './birthplace-totals.ts';
export { type Cm2Options, type Cm2Result, cm2 } from './cm.ts';
export {
  type FfsDemoInput,
  type FfsDemoOptions,
  type FfsDemoResult,
  ffsDemo,
  type MatchGlobal,
} from './ffs-demo.ts';
export { type FfsDiffOptions, ffsDiff, type StockTables } from './ffs-diff.ts';
export { type FfsRatesInput, type FfsRatesOptions, type FfsRatesResult, ffsRates } from './ffs-rates.ts';
export {
  IPF_DEFAULTS,
  type Ipf2Options,
  type Ipf3Options,
  type IpfCommonOptions,
  type IpfResult,
  ipf2,
  ipf3,
  type MarginOrder,
} from './ipf.ts';
export {
  compareMirrorFlows,
  type MirrorAreaFactors,
  type MirrorComparison,
  type MirrorCounts,
  type MirrorExclusion,
  type MirrorFit,
  type MirrorOptions,
  type MirrorReport,
  type MirrorReportedBy,
  type MirrorResult,
} from './mirror.ts';
export { type NetMatrixIpfOptions, type NetMatrixResult, netMatrixIpf } from './net-matrix.ts';
export { type FlowSummary, type RegionFlows, type SummariseOptions, summariseFlows } from './summary.ts';
export type {
  FitInfo,
  FlowWarning,
  FlowWarningCode,
  Matrix,
  MatrixInput,
  StoppingRule,
  UnreachableMargin,
} from './types.ts';
