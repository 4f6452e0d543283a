import { Temporal } from 'temporal-polyfill';

/**
 * Scheduling requests (DESIGN §9) as pure rules: the status a request shows, and its free slots
 * grouped by day in the viewer's zone for the candidate's page.
 */
export const SCHEDULING_STATUSES = ['sent', 'opened', 'booked', 'expired', 'cancelled'] as const;
export type SchedulingStatus = (typeof SCHEDULING_STATUSES)[number];

/** What is stored; `expired` is never stored but read from the clock. */
export type StoredSchedulingStatus = Exclude<SchedulingStatus, 'expired'>;

/**
 * The status shown: a request still open (sent or opened) whose window has ended is `expired`;
 * booked and cancelled stay what they are.
 */
export function schedulingStatus(
  stored: StoredSchedulingStatus,
  expiresAt: string,
  now: Date,
): SchedulingStatus {
  if ((stored === 'sent' || stored === 'opened') && Date.parse(expiresAt) <= now.getTime()) {
    return 'expired';
  }
  return stored;
}

/** A request can still be booked: neither booked, cancelled nor expired. */
export function isBookable(status: SchedulingStatus): boolean {
  return status === 'sent' || status === 'opened';
}

/** A request's slot step unless it sets its own: candidates pick on the half hour. */
export const SCHEDULING_STEP_MINUTES = 30;
/** A request's minimum notice unless it sets its own: interviewers need some warning. */
export const SCHEDULING_NOTICE_MINUTES = 60;
/** A request's buffer around busy times unless it sets its own: none. */
export const SCHEDULING_BUFFER_MINUTES = 0;

/**
 * A reminder needs at least this much of the window left after the minimum notice: with less,
 * the candidate could hardly act on it, and a late nudge reads as pressure.
 */
export const SCHEDULING_REMINDER_MIN_LEFT_HOURS = 12;

export interface RemindableRequest {
  status: StoredSchedulingStatus;
  createdAt: string;
  expiresAt: string;
  remindedAt: string | null;
  /** The request's minimum notice: times sooner than this are never offered. */
  minNoticeMinutes: number;
}

/**
 * Whether a request's one reminder is due now: reminders are on (`afterHours` not null), it has
 * not been reminded, it can still be booked, `afterHours` have passed since it was sent, and
 * enough of its window is left (SCHEDULING_REMINDER_MIN_LEFT_HOURS after the notice).
 */
export function schedulingReminderDue(
  request: RemindableRequest,
  afterHours: number | null,
  now: Date,
): boolean {
  if (afterHours === null || request.remindedAt !== null) return false;
  if (!isBookable(schedulingStatus(request.status, request.expiresAt, now))) return false;
  const at = now.getTime();
  if (at < Date.parse(request.createdAt) + afterHours * HOUR) return false;
  const earliest = at + request.minNoticeMinutes * 60_000;
  return Date.parse(request.expiresAt) - earliest >= SCHEDULING_REMINDER_MIN_LEFT_HOURS * HOUR;
}

const HOUR = 3_600_000;

export interface DaySlots {
  /** The local date, e.g. "2026-03-03". */
  date: string;
  /** The slots' start instants (epoch ms) on that local date, in order. */
  starts: number[];
}

/** Slots (epoch ms, in order) grouped by their local start date in `timeZone`. */
export function groupSlotsByDay(starts: readonly number[], timeZone: string): DaySlots[] {
  const days: DaySlots[] = [];
  for (const start of starts) {
    const date = Temporal.Instant.fromEpochMilliseconds(start)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString();
    const last = days[days.length - 1];
    if (last && last.date === date) last.starts.push(start);
    else days.push({ date, starts: [start] });
  }
  return days;
}

/** At most this many free times on one page (the scheduling and reschedule pages): ≤ 30 KB. */
export const PAGE_TIMES = 100;

/** One page of free times, and where it stands among them all. */
export interface TimesPage {
  slots: number[];
  /** More free times follow this page's ("Later times"). */
  more: boolean;
  /** This page starts after the earliest free time ("Earliest times" goes back). */
  paged: boolean;
}

/**
 * The page of `free` (earliest first) that follows `after` (a `?after=` instant, ISO 8601; absent
 * or unreadable: from the first), at most `size` long.
 */
export function pageOfTimes(
  free: readonly number[],
  after: string | undefined,
  size = PAGE_TIMES,
): TimesPage {
  const from = after ? Date.parse(after) : Number.NaN;
  const rest = Number.isNaN(from) ? free : free.filter((start) => start > from);
  return { slots: rest.slice(0, size), more: rest.length > size, paged: rest.length < free.length };
}

/** A page's short zone list: the zone shown first, then the others and UTC, each once. */
export function shortZoneList(shown: string, ...others: string[]): string[] {
  return [...new Set([shown, ...others, 'UTC'])];
}
