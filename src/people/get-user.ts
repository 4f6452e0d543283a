import type { Queryable } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { User } from '../shapes/types.js';
import { toUser } from './views.js';

export interface GetUserOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** One user, or 404; everyone may read themselves. */
export async function getUser({ db, actor, id }: GetUserOptions): Promise<User> {
  if (id !== actor.userId) assertCan(actor, 'users:read');
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No user with id ${id}.`);
  return toUser(row);
}
