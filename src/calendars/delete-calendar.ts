import { type CalendarContext, loadOwnCalendar } from './calendar-view.js';

export type DeleteCalendarOptions = Pick<CalendarContext, 'db' | 'actor'> & { id: string };

/** Forgets a calendar and the busy times read from it. */
export async function deleteCalendar(options: DeleteCalendarOptions): Promise<void> {
  const row = await loadOwnCalendar(options.db, options.actor, options.id);
  // calendar_busy rows go with it (ON DELETE CASCADE).
  await options.db.deleteFrom('calendars').where('id', '=', row.id).execute();
}
