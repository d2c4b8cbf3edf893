import { validateStudy } from './domain/validate.ts';
import { computeStudy } from './domain/wisn.ts';
import { refuseStudy } from './issues.ts';
import type { StudyInputs, StudyResults } from './schemas.ts';

/** The results of a study's inputs; refused (400) with every impossible input named by its field. */
export function computeWisn(inputs: StudyInputs): StudyResults {
  const issues = validateStudy(inputs);
  if (issues.length > 0) refuseStudy(issues);
  return computeStudy(inputs);
}
