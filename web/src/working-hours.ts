import { weekdayName } from './i18n/date-locale.js';
import type { time } from './i18n/en/time.js';
import type { Translate } from './i18n/translate.js';
import type { DateOff, WorkingHours, WorkingRange } from './types.js';

/**
 * Working hours as Convene assumes them until people set their own (a user's `workingHours:
 * null`, and every candidate): Monday to Friday, 09:00 to 18:00 in the person's zone. The
 * server keeps the same default and rule in src/domain/working-hours.ts; the app may share only
 * types with it, so both are written here again. An interview that starts or ends outside them
 * is flagged before anything is sent ("01:00 for Kenji Sato, Asia/Tokyo — outside working
 * hours").
 */
export const DEFAULT_WEEKLY: WorkingRange[] = [1, 2, 3, 4, 5].map((day) => ({
  day,
  start: '09:00',
  end: '18:00',
}));

/** When an interview falls for one person: their local start, and whether it is out of hours. */
export interface LocalTime {
  /** "Tue 10:00". */
  start: string;
  /** "11:30", or "Wed 00:30" when it ends on another day. */
  end: string;
  zone: string;
  outside: boolean;
  /** Outside because of the day (a weekend, a day they do not work, time off), not the hour. */
  offDay: boolean;
  /** On a day of their time off. */
  timeOff: boolean;
}

/** Working hours as the rule reads them; dates off may be left out (none). */
export type Hours = Omit<WorkingHours, 'datesOff'> & { datesOff?: DateOff[] };

// A local date in one of the ranges ("YYYY-MM-DD" compares as a string in calendar order).
const isOff = (date: string, datesOff: DateOff[]) =>
  datesOff.some((off) => off.from <= date && date <= off.to);

// How Intl names the days in en-US, the locale `local` reads a wall clock's parts in.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY = 24 * 60;

interface Wall {
  /** 1 Monday … 7 Sunday, as working hours count days. */
  day: number;
  minutes: number;
  date: string;
}

function local(at: Date, zone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAYS.indexOf(get('weekday')) || 7,
    minutes: (Number(get('hour')) % 24) * 60 + Number(get('minute')),
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const dayCount = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

// True when one weekday's ranges, touching ones joined (12:00–13:00, 13:00–18:00), cover [from, to].
function covers(weekly: WorkingRange[], day: number, from: number, to: number): boolean {
  const ranges = weekly
    .filter((r) => r.day === day)
    .map((r) => [minutesOf(r.start), minutesOf(r.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let blockStart = -1;
  let blockEnd = -1;
  for (const [start, end] of ranges) {
    if (start > blockEnd) blockStart = start;
    blockEnd = Math.max(blockEnd, end);
    if (blockStart <= from && to <= blockEnd) return true;
  }
  return false;
}

// The interval [start, end) on the wall clock of the hours' zone, day by day, against the hours.
function inside(weekly: WorkingRange[], from: Wall, to: Wall): boolean {
  if (from.date === to.date) return covers(weekly, from.day, from.minutes, to.minutes);
  if (!covers(weekly, from.day, from.minutes, DAY)) return false;
  const days = dayCount(to.date) - dayCount(from.date);
  for (let d = 1; d < days; d++) {
    if (!covers(weekly, ((from.day - 1 + d) % 7) + 1, 0, DAY)) return false;
  }
  return to.minutes === 0 || covers(weekly, to.day, 0, to.minutes);
}

/**
 * The interview in one person's zone, flagged when it leaves their working hours: their own
 * when known (`hours`, read in `hours.timeZone` or else their zone), else the default. A day
 * of their time off has no hours at all.
 */
export function localTime(
  startsAt: Date,
  durationMinutes: number,
  zone: string,
  hours: Hours | null = null,
): LocalTime {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const start = local(startsAt, zone);
  const end = local(endsAt, zone);
  const sameDay = start.date === end.date;
  const weekly = hours?.weekly ?? DEFAULT_WEEKLY;
  const hoursZone = hours?.timeZone ?? zone;
  const from = hoursZone === zone ? start : local(startsAt, hoursZone);
  const to = hoursZone === zone ? end : local(endsAt, hoursZone);
  const datesOff = hours?.datesOff ?? [];
  // The days it touches: the start's, and the end's unless it ends at that day's midnight.
  const timeOff =
    isOff(from.date, datesOff) ||
    (to.date !== from.date && to.minutes > 0 && isOff(to.date, datesOff));
  const offDay = timeOff || !weekly.some((r) => r.day === from.day);
  // The day in the app's language: "Tue 10:00" in English.
  const dayAndClock = (wall: Wall) => `${weekdayName(wall.day, 'short')} ${clock(wall.minutes)}`;
  return {
    start: dayAndClock(start),
    end: sameDay ? clock(end.minutes) : dayAndClock(end),
    zone,
    outside: offDay || !inside(weekly, from, to),
    offDay,
    timeOff,
  };
}

/**
 * "01:00 for Kenji Sato, Asia/Tokyo — outside working hours" ("Sun 11:00 …" on a day off;
 * "… — on time off" on a day of their time off), in the time area's words.
 */
export function outOfHoursWarning(
  name: string,
  local: LocalTime,
  t: Translate<typeof time>,
): string {
  // The start ends with its clock ("HH:MM"); the day before it is said only on a day off.
  const when = local.offDay ? local.start : local.start.slice(-5);
  const values = { when, name, zone: local.zone };
  return local.timeOff ? t('hours.timeOff', values) : t('hours.outside', values);
}

/**
 * A week in one line, runs of days with the same hours joined: "Mon–Fri 09:00–18:00",
 * "Mon 08:00–12:00, 13:00–17:00 · Sat 10:00–14:00"; the default says so (the time area's words,
 * the days in the app's language).
 */
export function hoursSummary(hours: Hours | null, t: Translate<typeof time>): string {
  const weekly = hours?.weekly ?? DEFAULT_WEEKLY;
  const dayText = (day: number) =>
    weekly
      .filter((r) => r.day === day)
      .map((r) => `${r.start}–${r.end}`)
      .join(', ');
  const runs: Array<{ from: number; to: number; text: string }> = [];
  for (let day = 1; day <= 7; day++) {
    const text = dayText(day);
    const last = runs.at(-1);
    if (!text) continue;
    if (last && last.to === day - 1 && last.text === text) last.to = day;
    else runs.push({ from: day, to: day, text });
  }
  const line = runs
    .map(({ from, to, text }) => {
      const first = weekdayName(from, 'short');
      const days = from === to ? first : `${first}–${weekdayName(to, 'short')}`;
      return `${days} ${text}`;
    })
    .join(' · ');
  const zone = hours?.timeZone ? ` (${hours.timeZone})` : '';
  return hours ? `${line}${zone}` : t('hours.usual', { week: line });
}
