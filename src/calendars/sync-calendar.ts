import type { SecretBox } from '../crypto/secret-box.js';
import type { RootDb, Transaction } from '../db/database.js';
import type { CalendarsTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import type { Interval } from '../domain/availability.js';
import { CalDavError } from '../domain/caldav.js';
import { busyFromICalendar, CalendarFeedError } from '../domain/calendar-busy.js';
import { guardedGet, OutboundError } from '../net/fetch-guarded.js';
import type { AddressRule } from '../net/guarded-lookup.js';
import { feedUrl } from './calendar-input.js';
import { readCalDav } from './read-caldav.js';

export interface SyncCalendarOptions {
  db: RootDb;
  calendarId: string;
  allowAddress: AddressRule;
  /** Opens a CalDAV calendar's sealed password. */
  box: SecretBox;
  now?: Date;
  /** For the whole fetch (default 10 s). */
  timeoutMs?: number;
}

const DAY_MS = 86_400_000;
/** The window read: a day back (what is happening now), two months ahead. */
export const SYNC_WINDOW = { backMs: DAY_MS, aheadMs: 60 * DAY_MS };

/**
 * Reads a calendar once and stores its busy times over the window around `now`, in the owner's
 * zone. An unchanged feed (304 to the stored ETag / Last-Modified) keeps the busy times read
 * before, for a day; after that the feed is read in full, as the window has moved. A failure
 * never throws: it is recorded as the calendar's lastError, in a few words, and the busy times
 * read before are kept. Resolves with the row as it now is (undefined when the calendar was
 * deleted meanwhile).
 */
export async function syncCalendar(
  options: SyncCalendarOptions,
): Promise<CalendarsTable | undefined> {
  const { db, calendarId } = options;
  const now = options.now ?? new Date();
  const row = await db
    .selectFrom('calendars')
    .innerJoin('users', 'users.id', 'calendars.user_id')
    .selectAll('calendars')
    .select('users.time_zone')
    .where('calendars.id', '=', calendarId)
    .executeTakeFirst();
  if (!row) return undefined;
  const outcome = await readBusy(row, options, now);
  return db.transaction().execute(async (trx) => {
    const stamp = toDbTime(now);
    const set: Partial<CalendarsTable> =
      'error' in outcome
        ? { last_error: outcome.error, last_error_at: stamp }
        : { last_sync_at: stamp, last_error: null, last_error_at: null };
    if ('busy' in outcome) {
      set.etag = outcome.etag;
      set.last_modified = outcome.lastModified;
      set.busy_read_at = stamp;
    }
    const updated = await trx
      .updateTable('calendars')
      .set(set)
      .where('id', '=', calendarId)
      .returningAll()
      .executeTakeFirst();
    if (updated && 'busy' in outcome) await replaceBusy(trx, calendarId, outcome.busy);
    return updated;
  });
}

type Outcome =
  | { error: string }
  | { notModified: true }
  | { busy: Interval[]; etag: string | null; lastModified: string | null };

async function readBusy(
  row: CalendarsTable & { time_zone: string },
  options: SyncCalendarOptions,
  now: Date,
): Promise<Outcome> {
  const window = {
    from: now.getTime() - SYNC_WINDOW.backMs,
    to: now.getTime() + SYNC_WINDOW.aheadMs,
    timeZone: row.time_zone,
  };
  if (row.kind === 'caldav') return readCalDavBusy(row, options, window);
  try {
    const answer = await guardedGet(feedUrl(row.url), {
      allowAddress: options.allowAddress,
      ...(windowStillCovered(row.busy_read_at, now)
        ? { etag: row.etag, lastModified: row.last_modified }
        : {}),
      timeoutMs: options.timeoutMs,
    });
    if (answer.notModified) return { notModified: true };
    const busy = busyFromICalendar(answer.body, window);
    return { busy, etag: answer.etag, lastModified: answer.lastModified };
  } catch (caught) {
    if (caught instanceof OutboundError) return { error: caught.message };
    if (caught instanceof CalendarFeedError) return { error: 'not an iCalendar feed' };
    // A feed ical.js reads but cannot follow (a broken RRULE…): still the feed's fault.
    return { error: 'the feed could not be read as iCalendar' };
  }
}

async function readCalDavBusy(
  row: CalendarsTable,
  options: SyncCalendarOptions,
  window: { from: number; to: number; timeZone: string },
): Promise<Outcome> {
  let password: string;
  try {
    password = options.box.open(row.password_box ?? '');
  } catch {
    return { error: 'the saved password cannot be read (connect the calendar again)' };
  }
  try {
    const busy = await readCalDav({
      url: row.url,
      username: row.username ?? '',
      password,
      window,
      allowAddress: options.allowAddress,
      timeoutMs: options.timeoutMs,
    });
    return { busy, etag: null, lastModified: null };
  } catch (caught) {
    if (caught instanceof OutboundError && caught.status === 401) {
      return { error: 'sign-in refused (check the user name and app password)' };
    }
    if (caught instanceof OutboundError || caught instanceof CalDavError) {
      return { error: caught.message };
    }
    if (caught instanceof CalendarFeedError) return { error: 'an event is not iCalendar' };
    return { error: 'an event could not be read as iCalendar' };
  }
}

// The busy times stored cover the window around when they were worked out; within a day of that,
// they still cover all but the last day of a window around now, so an unchanged feed may answer
// 304. Later (or when they were worked out at a time after `now`), the feed is read in full.
function windowStillCovered(busyReadAt: string | null, now: Date): boolean {
  if (!busyReadAt) return false;
  const age = now.getTime() - Date.parse(busyReadAt);
  return age >= 0 && age < DAY_MS;
}

// SQLite takes at most 32,766 parameters in one statement: well under that per insert.
const ROWS_PER_INSERT = 500;

async function replaceBusy(trx: Transaction, calendarId: string, busy: Interval[]) {
  await trx.deleteFrom('calendar_busy').where('calendar_id', '=', calendarId).execute();
  for (let i = 0; i < busy.length; i += ROWS_PER_INSERT) {
    const rows = busy.slice(i, i + ROWS_PER_INSERT).map((interval) => ({
      calendar_id: calendarId,
      starts_at: toDbTime(new Date(interval.start)),
      ends_at: toDbTime(new Date(interval.end)),
    }));
    await trx.insertInto('calendar_busy').values(rows).execute();
  }
}
