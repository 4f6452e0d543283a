import { randomUUID } from 'node:crypto';
import type { RootDb } from '../db/database.js';
import type { CalendarsTable } from '../db/schema.js';
import { nowDbTime } from '../db/time.js';
import { addressRule } from '../net/guarded-lookup.js';
import type { Calendar } from '../shapes/types.js';
import { assertCalendarInput, type CalendarInput } from './calendar-input.js';
import {
  assertCalendarOwner,
  assertCalendarUser,
  type CalendarContext,
  toCalendar,
} from './calendar-view.js';
import { syncCalendar } from './sync-calendar.js';

export type AddCalendarOptions = CalendarContext & {
  db: RootDb;
  userId: string;
  input: CalendarInput;
};

/**
 * Connects a calendar to a user (the user themselves or an admin) and reads it once at once: a
 * calendar that cannot be read is still saved, with its lastError, to be fixed or retried.
 */
export async function addCalendar(options: AddCalendarOptions): Promise<Calendar> {
  const { db, actor, userId, input } = options;
  assertCalendarOwner(actor, userId);
  const url = assertCalendarInput(input, options.allowPrivate);
  await assertCalendarUser(db, actor, userId);
  const now = nowDbTime();
  const caldav = input.kind === 'caldav';
  const row: CalendarsTable = {
    id: randomUUID(),
    user_id: userId,
    kind: caldav ? 'caldav' : 'ics',
    url,
    username: caldav ? (input.username ?? '').trim() : null,
    // Sealed as webhook secrets are: Convene must send it again, and the API never answers it.
    password_box: caldav ? options.box.seal(input.password ?? '') : null,
    label: input.label?.trim() || null,
    etag: null,
    last_modified: null,
    busy_read_at: null,
    last_sync_at: null,
    last_error: null,
    last_error_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('calendars').values(row).execute();
  const synced = await syncCalendar({
    db,
    calendarId: row.id,
    allowAddress: addressRule(options.allowPrivate),
    box: options.box,
  });
  return toCalendar(synced ?? row);
}
