import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { questionnaireText as text } from './messages.ts';
import { findById } from './repo.ts';
import type { Questionnaire } from './schemas.ts';

/** A questionnaire version with its definition and its changes from the version it was derived from. */
export async function getQuestionnaire(db: Queryable, id: number): Promise<Questionnaire> {
  const found = await findById(db, id);
  if (!found)
    throw new AppError('not_found', text('not_found', { id }), {
      location: { field: 'id' },
      hint: text('not_found_hint'),
    });
  return found;
}
