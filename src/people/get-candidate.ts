import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Candidate } from '../shapes/types.js';
import { candidatesVisibleTo } from './candidate-scope.js';
import { toCandidate } from './views.js';

export interface GetCandidateOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** One candidate the actor may see, or 404 (also for one they may not: ids reveal nothing). */
export async function getCandidate({ db, actor, id }: GetCandidateOptions): Promise<Candidate> {
  assertCan(actor, 'candidates:read');
  let query = db.selectFrom('candidates').selectAll().where('id', '=', id);
  const visible = candidatesVisibleTo(actor);
  if (visible) query = query.where(visible);
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('not_found', `No candidate with id ${id}.`);
  return toCandidate(row);
}
