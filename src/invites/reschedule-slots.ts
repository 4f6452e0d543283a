import { loadPersonTimes } from '../availability/busy-times.js';
import type { Queryable } from '../db/database.js';
import type { InterviewsTable } from '../db/schema.js';
import { findSlots } from '../domain/availability.js';
import type { CandidateChangePolicy } from '../domain/candidate-changes.js';
import { SCHEDULING_NOTICE_MINUTES, SCHEDULING_STEP_MINUTES } from '../domain/scheduling-rules.js';

/** A candidate may move an interview by at most this many days either way (unless requested). */
export const RESCHEDULE_DAYS = 14;
/** At most this many times in all: the earliest. */
export const MAX_RESCHEDULE_SLOTS = 500;

const DAY = 86_400_000;

/** The user ids of an interview's interviewers, in panel order. */
export async function panelOf(db: Queryable, interviewId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('participants')
    .select('user_id')
    .where('interview_id', '=', interviewId)
    .where('role', '=', 'interviewer')
    .orderBy('position')
    .execute();
  return rows.flatMap((r) => (r.user_id ? [r.user_id] : []));
}

export interface RescheduleSlotsOptions {
  interview: Pick<InterviewsTable, 'id' | 'starts_at' | 'duration_minutes'>;
  interviewerIds: readonly string[];
  policy: CandidateChangePolicy;
  now: Date;
}

/**
 * The start times (epoch ms) a candidate may move their interview to now (ADR 016): the same
 * length, when every interviewer is free (working hours, connected calendars, other Convene
 * interviews; this one's own time left out), on the half hour, no sooner than the cut-off (at
 * least an hour) from now. The window is the scheduling request's, when the interview was
 * booked through one; else two weeks either side of the current start. The current start is
 * not offered: it is no move. Read again inside the reschedule's transaction.
 */
export async function rescheduleSlots(
  db: Queryable,
  options: RescheduleSlotsOptions,
): Promise<number[]> {
  const { interview, interviewerIds, policy, now } = options;
  if (interviewerIds.length === 0) return [];
  const notice = Math.max(SCHEDULING_NOTICE_MINUTES, policy.cutoffHours * 60);
  const window = await windowOf(db, interview);
  const from = Math.max(window.from, now.getTime());
  if (window.to <= from) return [];
  const people = await loadPersonTimes(db, {
    userIds: interviewerIds,
    from: new Date(from),
    to: new Date(window.to),
    exceptInterviewId: interview.id,
  });
  const current = Date.parse(interview.starts_at);
  return findSlots({
    people,
    durationMinutes: interview.duration_minutes,
    from,
    to: window.to,
    minNoticeMinutes: notice,
    stepMinutes: SCHEDULING_STEP_MINUTES,
    now: now.getTime(),
    // One more than shown, as the current start may be among them.
    limit: MAX_RESCHEDULE_SLOTS + 1,
  })
    .map((slot) => slot.start)
    .filter((start) => start !== current)
    .slice(0, MAX_RESCHEDULE_SLOTS);
}

async function windowOf(
  db: Queryable,
  interview: RescheduleSlotsOptions['interview'],
): Promise<{ from: number; to: number }> {
  const request = await db
    .selectFrom('scheduling_requests')
    .select(['window_from', 'window_to'])
    .where('interview_id', '=', interview.id)
    .executeTakeFirst();
  if (request) return { from: Date.parse(request.window_from), to: Date.parse(request.window_to) };
  const start = Date.parse(interview.starts_at);
  return { from: start - RESCHEDULE_DAYS * DAY, to: start + RESCHEDULE_DAYS * DAY };
}
