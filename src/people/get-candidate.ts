import type { Transaction } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import { type Candidate, toCandidate } from './views.js';

export interface GetCandidateOptions {
  db: Transaction;
  actor: Actor;
  id: string;
}

/** One candidate, or 404. */
export async function getCandidate({ db, actor, id }: GetCandidateOptions): Promise<Candidate> {
  assertCan(actor, 'candidates:read');
  const row = await db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No candidate with id ${id}.`);
  return toCandidate(row);
}
