import { afterCursor, decodeCursor } from '../db/pagination.js';
import { invalid } from '../domain/errors.js';
import { type Actor, assertCan, can } from '../domain/permissions.js';

/**
 * Whose sessions or keys a request may see: one's own always; anyone's with `access:manage`
 * (admins), who see everyone's when `everyoneByDefault` and no user is named. Returns the
 * user id to filter on, or undefined for everyone.
 */
export function whoseAccess(
  actor: Actor,
  userId: string | undefined,
  everyoneByDefault: boolean,
): string | undefined {
  if (userId !== undefined && userId !== actor.userId) assertCan(actor, 'access:manage');
  if (userId !== undefined) return userId;
  return everyoneByDefault && can(actor.role, 'access:manage') ? undefined : actor.userId;
}

/** True when the actor may act on a session or key of this owner. */
export function mayManageAccessOf(actor: Actor, ownerId: string): boolean {
  return ownerId === actor.userId || can(actor.role, 'access:manage');
}

/** The keyset condition for a newest-first list after `cursor`, or a 400 naming cursor. */
export function newestFirstAfter(table: 'sessions' | 'api_keys', cursor: string) {
  const key = decodeCursor(cursor, 2);
  if (!key) invalid([{ field: 'cursor', message: 'is not a cursor this list returned' }]);
  const [createdAt, id] = key as [string, string];
  return afterCursor([`${table}.created_at`, `${table}.id`], [createdAt, id], 'desc');
}
