import type { Queryable } from '../db/database.js';
import { findSlots } from '../domain/availability.js';
import { assertPeople, parseWindow } from '../domain/availability-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { SlotList } from '../shapes/types.js';
import { loadPersonTimes } from './busy-times.js';
import { iso } from './get-availability.js';

export interface FindSlotsOptions {
  db: Queryable;
  actor: Actor;
  interviewerIds: string[];
  durationMinutes: number;
  from: string;
  to: string;
  bufferMinutes?: number | undefined;
  minNoticeMinutes?: number | undefined;
  stepMinutes?: number | undefined;
  now?: Date;
}

/** At most this many slots in one answer: the earliest. */
export const MAX_SLOTS = 500;

/**
 * The times in a window when every interviewer is inside their working hours and free in their
 * calendars and their Convene interviews, earliest first (DESIGN §9).
 */
export async function findInterviewSlots(options: FindSlotsOptions): Promise<SlotList> {
  const { db, actor, interviewerIds, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  assertPeople('interviewerIds', interviewerIds);
  const { from, to } = parseWindow(options.from, options.to);
  // Busy times just outside the window still need their buffer kept.
  const margin = (options.bufferMinutes ?? 0) * 60_000;
  const people = await loadPersonTimes(
    db,
    {
      userIds: interviewerIds,
      from: new Date(from.getTime() - margin),
      to: new Date(to.getTime() + margin),
    },
    'interviewerIds',
  );
  const slots = findSlots({
    people,
    durationMinutes: options.durationMinutes,
    from: from.getTime(),
    to: to.getTime(),
    bufferMinutes: options.bufferMinutes,
    minNoticeMinutes: options.minNoticeMinutes,
    stepMinutes: options.stepMinutes,
    now: now.getTime(),
    limit: MAX_SLOTS,
  });
  return { slots: slots.map((s) => ({ startsAt: iso(s.start), endsAt: iso(s.end) })) };
}
