import { loadPersonTimes } from '../availability/busy-times.js';
import type { Queryable } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { findSlots } from '../domain/availability.js';
import { SCHEDULING_NOTICE_MINUTES, SCHEDULING_STEP_MINUTES } from '../domain/scheduling-rules.js';
import { interviewerIdsOf } from './scheduling-view.js';

/** At most this many slots on a candidate's page: the earliest. */
export const MAX_PAGE_SLOTS = 500;

/**
 * The start times (epoch ms) a request offers now: the slots in its window when every
 * interviewer is free (working hours, connected calendars, Convene interviews), on the
 * half hour and at least an hour ahead. Read again inside a booking's transaction, where it
 * decides whether the chosen time is still free.
 */
export async function requestSlots(
  db: Queryable,
  request: SchedulingRequestsTable,
  now: Date,
): Promise<number[]> {
  const from = new Date(request.window_from);
  const to = new Date(request.window_to);
  if (to.getTime() <= now.getTime()) return [];
  const people = await loadPersonTimes(db, { userIds: interviewerIdsOf(request), from, to });
  return findSlots({
    people,
    durationMinutes: request.duration_minutes,
    from: from.getTime(),
    to: to.getTime(),
    minNoticeMinutes: SCHEDULING_NOTICE_MINUTES,
    stepMinutes: SCHEDULING_STEP_MINUTES,
    now: now.getTime(),
    limit: MAX_PAGE_SLOTS,
  }).map((slot) => slot.start);
}
