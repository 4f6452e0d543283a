import type { Calendar } from '../shapes/types.js';
import { assertCalendarUser, type CalendarContext, toCalendar } from './calendar-view.js';

export type ListCalendarsOptions = Pick<CalendarContext, 'db' | 'actor'> & { userId: string };

/** A user's calendars, oldest first (the user themselves or an admin). */
export async function listCalendars(options: ListCalendarsOptions): Promise<Calendar[]> {
  const { db, actor, userId } = options;
  await assertCalendarUser(db, actor, userId);
  const rows = await db
    .selectFrom('calendars')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCalendar);
}
