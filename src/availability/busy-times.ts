import { calendarBusy } from '../calendars/calendar-busy.js';
import type { Queryable } from '../db/database.js';
import { toDbTime } from '../db/time.js';
import {
  type Interval,
  merge,
  subtract,
  workingIntervals,
  zonedHours,
} from '../domain/availability.js';
import type { BusySource } from '../domain/availability-rules.js';
import { invalid } from '../domain/errors.js';
import { parseWorkingHours } from '../people/views.js';

export interface BusyTime extends Interval {
  source: BusySource;
}

/** One person's time in a window, as the slot finder and conflict checks read it. */
export interface PersonTime {
  userId: string;
  /** Their working hours as instants in the window. */
  working: Interval[];
  /** Busy times from their calendars and their Convene interviews, each merged per source. */
  busy: BusyTime[];
}

export interface BusyTimesOptions {
  userIds: readonly string[];
  from: Date;
  to: Date;
  /** An interview left out (the one being moved or changed: it does not conflict with itself). */
  exceptInterviewId?: string | undefined;
}

/**
 * Everyone's time in [from, to) (DESIGN §9): working hours in their own zone, busy times from
 * the calendars they connected, and the Convene interviews they sit on (not cancelled). 400
 * naming `field` for an unknown user.
 */
export async function loadPersonTimes(
  db: Queryable,
  options: BusyTimesOptions,
  field = 'userIds',
): Promise<PersonTime[]> {
  const { userIds, from, to } = options;
  const users = await db
    .selectFrom('users')
    .select(['id', 'time_zone', 'working_hours'])
    .where('id', 'in', [...userIds])
    .execute();
  const missing = userIds.filter((id) => !users.some((u) => u.id === id));
  if (missing.length > 0) {
    invalid(missing.map((id) => ({ field, message: `no user with id ${id}` })));
  }
  let seats = db
    .selectFrom('participants')
    .innerJoin('interviews', 'interviews.id', 'participants.interview_id')
    .select(['participants.user_id', 'interviews.starts_at', 'interviews.ends_at'])
    .where('participants.user_id', 'in', [...userIds])
    .where('interviews.cancelled_at', 'is', null)
    .where('interviews.starts_at', '<', toDbTime(to))
    .where('interviews.ends_at', '>', toDbTime(from));
  if (options.exceptInterviewId)
    seats = seats.where('interviews.id', '!=', options.exceptInterviewId);
  const interviews = await seats.execute();
  const calendars = await calendarBusy(db, userIds, from, to);
  const window = { start: from.getTime(), end: to.getTime() };
  return userIds.map((userId) => {
    const user = users.find((u) => u.id === userId);
    const hours = zonedHours(
      parseWorkingHours(user?.working_hours ?? null),
      user?.time_zone ?? 'UTC',
    );
    const working = workingIntervals(hours, window.start, window.end);
    const own = merge(
      interviews
        .filter((i) => i.user_id === userId)
        .map((i) => ({
          start: Math.max(Date.parse(i.starts_at), window.start),
          end: Math.min(Date.parse(i.ends_at), window.end),
        })),
    );
    const tag = (source: BusySource) => (i: Interval) => ({ ...i, source });
    return {
      userId,
      working,
      busy: [
        ...(calendars.get(userId) ?? []).map(tag('calendar')),
        ...own.map(tag('interview')),
      ].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}

/** What GET /availability shows of a person: every busy time, outside their hours included. */
export function busyOf(person: PersonTime, from: Date, to: Date): BusyTime[] {
  const outside = subtract([{ start: from.getTime(), end: to.getTime() }], person.working).map(
    (i) => ({ ...i, source: 'outside_working_hours' as const }),
  );
  return [...person.busy, ...outside].sort((a, b) => a.start - b.start || a.end - b.end);
}
