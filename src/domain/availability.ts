import { Temporal } from 'temporal-polyfill';
import { type DateOff, isDateOff } from './dates-off.js';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.js';

/**
 * Finding a time (DESIGN §9), as pure rules: working hours turned into instants, and the slots
 * in which every required interviewer is free. Times are epoch milliseconds, intervals half-open
 * [start, end). Zone arithmetic (a weekly 09:00 in Asia/Kolkata, a DST change) is Temporal's.
 */
export interface Interval {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Working hours placed in a zone: the user's own when the hours follow them (null). */
export interface ZonedHours {
  timeZone: string;
  weekly: WorkingHours['weekly'];
  /** Local dates in `timeZone` with no working hours at all; none when left out. */
  datesOff?: readonly DateOff[];
}

/** A user's hours as the finder reads them: null is the default, a null zone is theirs. */
export function zonedHours(hours: WorkingHours | null, userZone: string): ZonedHours {
  const used = hours ?? DEFAULT_WORKING_HOURS;
  return { timeZone: used.timeZone ?? userZone, weekly: used.weekly, datesOff: used.datesOff };
}

/**
 * True when the whole of [start, end) lies inside the working hours (an instant when `end` is
 * left out). `hours` null means the default, read in `userZone`. An interval crossing midnight
 * needs hours on both days that meet there (…–24:00, then 00:00–…).
 */
export function withinWorkingHours(
  hours: WorkingHours | null,
  userZone: string,
  start: Date,
  end: Date = start,
): boolean {
  const from = start.getTime();
  const to = Math.max(end.getTime(), from + 1);
  return workingIntervals(zonedHours(hours, userZone), from - DAY, to + DAY).some(
    (interval) => interval.start <= from && to <= interval.end,
  );
}

/**
 * The instants inside [from, to) that fall in a person's working hours, merged and in order.
 * A date off removes every range of that local date (a range until 24:00 the day before still
 * ends at midnight). A local time a DST change skips moves forward (09:00 that does not exist
 * starts at the first instant after the gap), one that repeats takes the earlier instant.
 */
export function workingIntervals(hours: ZonedHours, from: number, to: number): Interval[] {
  if (to <= from || hours.weekly.length === 0) return [];
  // Local dates from a day before `from` to a day after `to`: every range that can overlap.
  const first = Temporal.Instant.fromEpochMilliseconds(from - DAY)
    .toZonedDateTimeISO(hours.timeZone)
    .toPlainDate();
  const last = Temporal.Instant.fromEpochMilliseconds(to + DAY)
    .toZonedDateTimeISO(hours.timeZone)
    .toPlainDate();
  const off = hours.datesOff ?? [];
  const found: Interval[] = [];
  for (
    let date = first;
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ days: 1 })
  ) {
    if (off.length > 0 && isDateOff(date.toString(), off)) continue;
    for (const range of hours.weekly) {
      if (range.day !== date.dayOfWeek) continue;
      const start = instantAt(date, range.start, hours.timeZone);
      const end = instantAt(date, range.end, hours.timeZone);
      const clipped = { start: Math.max(start, from), end: Math.min(end, to) };
      if (clipped.start < clipped.end) found.push(clipped);
    }
  }
  return merge(found);
}

function instantAt(date: Temporal.PlainDate, hhmm: string, timeZone: string): number {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  const day = hour === 24 ? date.add({ days: 1 }) : date;
  return day
    .toZonedDateTime({
      timeZone,
      plainTime: new Temporal.PlainTime(hour === 24 ? 0 : hour, minute),
    })
    .toInstant().epochMilliseconds;
}

/** Sorts intervals and joins those that overlap or touch. */
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.start < i.end).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && interval.start <= previous.end) {
      previous.end = Math.max(previous.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** What each required person offers: when they work, and when they are busy. */
export interface PersonAvailability {
  working: readonly Interval[];
  busy: readonly Interval[];
}

export interface SlotQuery {
  people: readonly PersonAvailability[];
  durationMinutes: number;
  /** The window: every slot starts and ends inside it. */
  from: number;
  to: number;
  /** Free time each person keeps before and after any busy time (0 by default). */
  bufferMinutes?: number;
  /** No slot starts sooner than this after `now` (0 by default). */
  minNoticeMinutes?: number;
  /** Slots start on multiples of this many minutes from the hour, in UTC (30 by default). */
  stepMinutes?: number;
  now: number;
  /** At most this many slots (the earliest); 500 by default. */
  limit?: number;
}

/**
 * The slots in which every person is inside their working hours and clear of their busy
 * times by the buffer, earliest first. A slot must fit entirely in one of each person's working
 * intervals: an interview does not run across the end of someone's day.
 */
export function findSlots(query: SlotQuery): Interval[] {
  const duration = query.durationMinutes * MINUTE;
  const buffer = (query.bufferMinutes ?? 0) * MINUTE;
  const step = (query.stepMinutes ?? 30) * MINUTE;
  const limit = query.limit ?? 500;
  if (duration <= 0 || step <= 0 || query.people.length === 0) return [];
  const earliest = Math.max(query.from, query.now + (query.minNoticeMinutes ?? 0) * MINUTE);
  // Each person's free time: working intervals minus busy times widened by the buffer.
  const free = query.people.map((person) =>
    subtract(
      merge(person.working),
      merge(person.busy.map((b) => ({ start: b.start - buffer, end: b.end + buffer }))),
    ),
  );
  // Everyone's common free time, then the step grid inside it.
  const common = free.reduce(intersect);
  const slots: Interval[] = [];
  for (const span of common) {
    const lo = Math.max(span.start, earliest);
    const hi = Math.min(span.end, query.to);
    for (let start = Math.ceil(lo / step) * step; start + duration <= hi; start += step) {
      slots.push({ start, end: start + duration });
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}

/** The parts of sorted, merged `a` that no interval of sorted, merged `b` covers. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    let start = interval.start;
    while (j < b.length && (b[j] as Interval).end <= start) j += 1;
    let k = j;
    while (k < b.length && (b[k] as Interval).start < interval.end) {
      const cut = b[k] as Interval;
      if (cut.start > start) out.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      k += 1;
    }
    if (start < interval.end) out.push({ start, end: interval.end });
  }
  return out;
}

/** Where two sorted, merged lists of intervals overlap. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return out;
}
