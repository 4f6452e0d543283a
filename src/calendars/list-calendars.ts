import { AppError } from '../domain/errors.js';
import type { Calendar } from '../shapes/types.js';
import { assertCalendarOwner, type CalendarContext, toCalendar } from './calendar-view.js';

export type ListCalendarsOptions = Pick<CalendarContext, 'db' | 'actor'> & { userId: string };

/** A user's calendars, oldest first (the user themselves or an admin). */
export async function listCalendars(options: ListCalendarsOptions): Promise<Calendar[]> {
  const { db, actor, userId } = options;
  assertCalendarOwner(actor, userId);
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw new AppError('not_found', `No user with id ${userId}.`);
  const rows = await db
    .selectFrom('calendars')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCalendar);
}
