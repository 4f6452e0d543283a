import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/permissions.js';
import { mayManageAccessOf } from './whose-access.js';

export interface RevokeSessionOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/**
 * Ends a session at once (its cookie stops working): one's own, or (admins) anyone's.
 * Another's session is a 404 to everyone else, so ids reveal nothing.
 */
export async function revokeSession({ db, actor, id }: RevokeSessionOptions): Promise<void> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !mayManageAccessOf(actor, row.user_id)) {
    throw new AppError('not_found', `No session with id ${id}.`);
  }
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}
