import type { SecretBox } from '../crypto/secret-box.js';
import type { Queryable } from '../db/database.js';
import type { CalendarsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Calendar } from '../shapes/types.js';

/** What every calendar use case is called with. */
export interface CalendarContext {
  db: Queryable;
  actor: Actor;
  box: SecretBox;
  /** ALLOW_PRIVATE_NETWORK: read calendars on loopback and private networks (on-premise, tests). */
  allowPrivate: boolean;
}

/** A calendar as the API shows it: never its password. */
export function toCalendar(row: CalendarsTable): Calendar {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    url: row.url,
    username: row.username,
    label: row.label,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A user's calendars are theirs: they and admins see and change them, no one else (403). */
export function assertCalendarOwner(actor: Actor, userId: string): void {
  if (actor.userId !== userId) assertCan(actor, 'users:write');
}

/** The actor may see and change `userId`'s calendars (403), and that user exists (404). */
export async function assertCalendarUser(db: Queryable, actor: Actor, userId: string) {
  assertCalendarOwner(actor, userId);
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError('not_found', `No user with id ${userId}.`);
}

/** The calendar's row if the actor may see it, else 403 (or 404 when there is none). */
export async function loadOwnCalendar(
  db: Queryable,
  actor: Actor,
  id: string,
): Promise<CalendarsTable> {
  const row = await db.selectFrom('calendars').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `No calendar with id ${id}.`);
  assertCalendarOwner(actor, row.user_id);
  return row;
}
