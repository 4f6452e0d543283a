import type { Queryable } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import { type Interval, merge } from '../domain/availability.js';

/**
 * The busy times in [from, to) of each of `userIds`, from their calendars as last read: merged
 * across a user's calendars, clipped to the window, in order. Every user asked about has an
 * entry (an empty list when nothing is known). Epoch milliseconds, like domain/availability.ts.
 */
export async function calendarBusy(
  db: Queryable,
  userIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, Interval[]>> {
  const busy = new Map<string, Interval[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0 || from >= to) return busy;
  // Stored times are ISO text of one format, so they compare as text on both engines.
  const rows = await db
    .selectFrom('calendar_busy')
    .innerJoin('calendars', 'calendars.id', 'calendar_busy.calendar_id')
    .select(['calendars.user_id', 'calendar_busy.starts_at', 'calendar_busy.ends_at'])
    .where('calendars.user_id', 'in', [...new Set(userIds)])
    .where('calendar_busy.starts_at', '<', toDbTime(to))
    .where('calendar_busy.ends_at', '>', toDbTime(from))
    .execute();
  const start = from.getTime();
  const end = to.getTime();
  for (const row of rows) {
    busy.get(row.user_id)?.push({
      start: Math.max(Date.parse(row.starts_at), start),
      end: Math.min(Date.parse(row.ends_at), end),
    });
  }
  for (const [userId, list] of busy) busy.set(userId, merge(list));
  return busy;
}
