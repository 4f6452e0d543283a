/** Everyone's busy time in a week, day by day in the viewer's zone: what Find a time shows. */
import type { Availability } from './types.js';
import { addDays, utcToZoned, zonedToUtc } from './zoned-time.js';

/** One person's line under a day: when they are busy, or that they do not work that day. */
export interface BusyLine {
  userId: string;
  name: string;
  /** "09:00–10:30, 14:00–15:00", or null when they are not working that day at all. */
  busy: string | null;
}

/**
 * For each of `days` (dates in `zone`), a line per person with calendar events or interviews
 * that day, and a "not working" line for a person whose working hours leave out the whole day.
 * A busy time across midnight is shown on each day it touches.
 */
export function busyByDay(
  availability: Availability,
  names: ReadonlyMap<string, string>,
  days: string[],
  zone: string,
): Map<string, BusyLine[]> {
  const result = new Map<string, BusyLine[]>();
  const time = (ms: number) => utcToZoned(new Date(ms).toISOString(), zone).time;
  for (const day of days) {
    const start = zonedToUtc(day, '00:00', zone).getTime();
    const end = zonedToUtc(addDays(day, 1), '00:00', zone).getTime();
    const lines: BusyLine[] = [];
    availability.users.forEach((user, i) => {
      const name = names.get(user.userId) ?? `Interviewer ${i + 1}`;
      const spans = user.busy.map((b) => ({
        source: b.source,
        start: Date.parse(b.start),
        end: Date.parse(b.end),
      }));
      const off = spans.some(
        (s) => s.source === 'outside_working_hours' && s.start <= start && s.end >= end,
      );
      if (off) {
        lines.push({ userId: user.userId, name, busy: null });
        return;
      }
      const busy = spans
        .filter((s) => s.source !== 'outside_working_hours' && s.start < end && s.end > start)
        .sort((a, b) => a.start - b.start)
        .map((s) => {
          const from = s.start < start ? '00:00' : time(s.start);
          const to = s.end >= end ? '24:00' : time(s.end);
          return `${from}–${to}`;
        });
      if (busy.length > 0) lines.push({ userId: user.userId, name, busy: busy.join(', ') });
    });
    result.set(day, lines);
  }
  return result;
}
