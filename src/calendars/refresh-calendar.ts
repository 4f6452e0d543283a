import type { RootDb } from '../db/database.js';
import { AppError } from '../domain/errors.js';
import { addressRule } from '../net/guarded-lookup.js';
import type { Calendar } from '../shapes/types.js';
import { type CalendarContext, loadOwnCalendar, toCalendar } from './calendar-view.js';
import { syncCalendar } from './sync-calendar.js';

export type RefreshCalendarOptions = CalendarContext & { db: RootDb; id: string };

/** Reads a calendar now, whatever its schedule; answers it with its new lastSyncAt / lastError. */
export async function refreshCalendar(options: RefreshCalendarOptions): Promise<Calendar> {
  const { db, actor, id } = options;
  await loadOwnCalendar(db, actor, id);
  const synced = await syncCalendar({
    db,
    calendarId: id,
    allowAddress: addressRule(options.allowPrivate),
    box: options.box,
  });
  if (!synced) throw new AppError('not_found', `No calendar with id ${id}.`);
  return toCalendar(synced);
}
