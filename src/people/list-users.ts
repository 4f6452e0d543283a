import type { Queryable } from '../db/database.js';
import { afterCursor, decodeCursor, encodeCursor } from '../db/pagination.js';
import { containsText } from '../db/search.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan, type Role } from '../domain/permissions.js';
import type { Page, User } from '../shapes/types.js';
import { toUser } from './views.js';

export interface ListUsersOptions {
  db: Queryable;
  actor: Actor;
  q?: string | undefined;
  role?: Role | undefined;
  /** true: only users who may sign in; false: only deactivated ones. */
  active?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Users ordered by name, filtered by role, active state and a case-insensitive name/email search. */
export async function listUsers(options: ListUsersOptions): Promise<Page<User>> {
  const { db, actor, q, role, active, cursor, limit } = options;
  assertCan(actor, 'users:read');
  let query = db
    .selectFrom('users')
    .selectAll()
    .orderBy('name')
    .orderBy('id')
    .limit(limit + 1);
  if (role) query = query.where('role', '=', role);
  if (active !== undefined) {
    query = query.where('deactivated_at', active ? 'is' : 'is not', null);
  }
  if (q?.trim()) {
    query = query.where(containsText(['name', 'email'], q));
  }
  if (cursor) {
    const key = decodeCursor(cursor, 2);
    if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
    const [name, id] = key as [string, string];
    query = query.where(afterCursor(['name', 'id'], [name, id]));
  }
  const rows = await query.execute();
  const items = rows.slice(0, limit).map(toUser);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.name, last.id]) : null };
}
