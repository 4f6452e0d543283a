import { loadPersonTimes } from '../availability/busy-times.js';
import type { Queryable } from '../db/database.js';
import type { SchedulingRequestsTable } from '../db/schema.js';
import { findSlots } from '../domain/availability.js';
import { interviewerIdsOf } from './scheduling-view.js';

/** At most this many slots on a candidate's page: the earliest. */
export const MAX_PAGE_SLOTS = 500;

/**
 * The start times (epoch ms) a request offers now: the slots in its window when every
 * interviewer is free (working hours, connected calendars, Convene interviews) by the request's
 * buffer, on its step and no sooner than its notice. Read again inside a booking's transaction,
 * where it decides by the same rules whether the chosen time is still free.
 */
export async function requestSlots(
  db: Queryable,
  request: SchedulingRequestsTable,
  now: Date,
): Promise<number[]> {
  const from = new Date(request.window_from);
  const to = new Date(request.window_to);
  if (to.getTime() <= now.getTime()) return [];
  // Busy times just outside the window still need their buffer kept.
  const margin = request.buffer_minutes * 60_000;
  const people = await loadPersonTimes(db, {
    userIds: interviewerIdsOf(request),
    from: new Date(from.getTime() - margin),
    to: new Date(to.getTime() + margin),
  });
  return findSlots({
    people,
    durationMinutes: request.duration_minutes,
    from: from.getTime(),
    to: to.getTime(),
    bufferMinutes: request.buffer_minutes,
    minNoticeMinutes: request.min_notice_minutes,
    stepMinutes: request.step_minutes,
    now: now.getTime(),
    limit: MAX_PAGE_SLOTS,
  }).map((slot) => slot.start);
}
