import type { LocatedProblem } from '../../platform/errors.ts';
import { unknownRenames } from './domain/versions.ts';
import { definitionProblems } from './domain/walk.ts';
import { questionnaireText as text } from './messages.ts';
import type { Questionnaire, QuestionnaireDefinition } from './schemas.ts';

/**
 * What is wrong in a definition beyond its shape, each named by its path under `prefix` ("definition.sections.2…"),
 * and, for a version derived from another, the renames naming questions the other does not have.
 */
export function definitionErrors(
  def: QuestionnaireDefinition,
  prefix: string,
  parent?: Questionnaire,
): LocatedProblem[] {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const out: LocatedProblem[] = definitionProblems(def).map((p) => ({
    field: at(p.path),
    message: text(`def_${p.code}`, p.params),
  }));
  if (parent)
    for (const [id, previous] of unknownRenames(parent.definition, def))
      out.push({
        field: at(`renamed.${id}`),
        message: text('renamed_previous', { previous, from: parent.id }),
      });
  return out;
}
