import type { Queryable } from '../db/database.js';
import type { BusySource } from '../domain/availability-rules.js';
import { busyOf, loadPersonTimes } from './busy-times.js';
import { iso } from './get-availability.js';

/** Something in an interviewer's time that the interview would run into (DESIGN §9). */
export interface Conflict {
  userId: string;
  start: string;
  end: string;
  reason: BusySource;
}

export interface FindConflictsOptions {
  interviewerIds: readonly string[];
  startsAt: Date;
  endsAt: Date;
  /** The interview being changed: it does not conflict with itself. */
  exceptInterviewId?: string | undefined;
}

/**
 * What stands in the way of an interview at [startsAt, endsAt), per interviewer: their calendars'
 * busy times, their other Convene interviews and the part outside their working hours, each
 * clipped to the interview. An empty list: nothing in the way.
 */
export async function findConflicts(
  db: Queryable,
  options: FindConflictsOptions,
): Promise<Conflict[]> {
  const { startsAt, endsAt } = options;
  if (options.interviewerIds.length === 0 || endsAt <= startsAt) return [];
  const people = await loadPersonTimes(
    db,
    {
      userIds: [...new Set(options.interviewerIds)],
      from: startsAt,
      to: endsAt,
      exceptInterviewId: options.exceptInterviewId,
    },
    'interviewerIds',
  );
  return people.flatMap((person) =>
    busyOf(person, startsAt, endsAt).map((busy) => ({
      userId: person.userId,
      start: iso(busy.start),
      end: iso(busy.end),
      reason: busy.source,
    })),
  );
}
