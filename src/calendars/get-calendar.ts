import type { Calendar } from '../shapes/types.js';
import { type CalendarContext, loadOwnCalendar, toCalendar } from './calendar-view.js';

export type GetCalendarOptions = Pick<CalendarContext, 'db' | 'actor'> & { id: string };

/** One calendar with when it was last read and what went wrong, if anything. */
export async function getCalendar(options: GetCalendarOptions): Promise<Calendar> {
  return toCalendar(await loadOwnCalendar(options.db, options.actor, options.id));
}
