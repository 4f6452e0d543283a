/**
 * Wall-clock date and time in an IANA zone <-> UTC instants, computed with Intl only: the
 * browser's own zone never enters (a coordinator in Berlin books 10:00 in New York).
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(instant: number, zone: string): WallTime {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24, // some engines print midnight as 24
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes east of UTC that `zone` uses at `instant` (Europe/Berlin in January: 60). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const w = wallTimeAt(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc - whole) / MINUTE);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * The UTC instant at which the wall clock in `zone` shows `date` ("2026-03-03") and `time`
 * ("10:00"). A time that occurs twice (clocks go back) gives the earlier instant; a time that
 * does not exist (clocks go forward) is moved forward by the gap, as calendars do.
 * Throws on a malformed date or time.
 */
export function zonedToUtc(date: string, time: string, zone: string): Date {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) throw new RangeError(`not a date and time: "${date}" "${time}"`);
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Offsets in force around that wall time: a day either side is past any transition near it.
  const before = zoneOffsetMinutes(wall - DAY, zone);
  const offsets = new Set([
    before,
    zoneOffsetMinutes(wall, zone),
    zoneOffsetMinutes(wall + DAY, zone),
  ]);
  const exact = [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => zoneOffsetMinutes(instant, zone) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
  return new Date(exact[0] ?? wall - before * MINUTE);
}

/** The wall-clock date ("2026-03-03") and time ("10:00") of an instant in `zone`. */
export function utcToZoned(
  iso: string | number | Date,
  zone: string,
): { date: string; time: string } {
  const w = wallTimeAt(new Date(iso).getTime(), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}`,
    time: `${two(w.hour)}:${two(w.minute)}`,
  };
}

/** Today's date in `zone`, "YYYY-MM-DD". */
export function todayIn(zone: string, now: Date = new Date()): string {
  return utcToZoned(now, zone).date;
}

/** A calendar date `days` later (or earlier), "YYYY-MM-DD"; no zone involved. */
export function addDays(date: string, days: number): string {
  const d = DATE.exec(date);
  if (!d) throw new RangeError(`not a date: "${date}"`);
  const at = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return at.toISOString().slice(0, 10);
}
