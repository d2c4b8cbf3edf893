import * as agreements from './agreements.ts';
import * as declarations from './declarations.ts';
import * as exportsRows from './exports.ts';
import * as planning from './planning.ts';
import * as progress from './progress.ts';
import * as questionnaires from './questionnaires.ts';
import * as recruiters from './recruiters.ts';
import * as recruitment from './recruitment.ts';
import * as reports from './reports.ts';
import * as rounds from './rounds.ts';
import type { MatrixFixtureMaker, MatrixRow } from './types.ts';
import * as wisn from './wisn.ts';

const MODULES = [
  questionnaires,
  rounds,
  reports,
  progress,
  exportsRows,
  recruitment,
  recruiters,
  agreements,
  declarations,
  wisn,
  planning,
];

/** The rows of the modules that keep theirs in test/permission-matrix/. */
export const MODULE_ROWS: Record<string, MatrixRow> = Object.assign({}, ...MODULES.map((m) => m.rows));

/** In this order: rounds need questionnaires, reports need rounds, the progress report needs reports; declarations need the recruiters' listed organisations and a published agreement. */
export const MATRIX_FIXTURE_MAKERS: readonly MatrixFixtureMaker[] = MODULES.map((m) => m.makeFixtures);
