/** The calendar week (Monday to Sunday) in a zone, as dates and as the instants that bound it. */
import { dateLocale } from './i18n/date-locale.js';
import { addDays, todayIn, utcToZoned, zonedToUtc } from './zoned-time.js';

/** The Monday ("YYYY-MM-DD") of the week that holds `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** This week's Monday in `zone`. */
export function thisMonday(zone: string, now: Date = new Date()): string {
  return mondayOf(todayIn(zone, now));
}

/** The seven dates of the week starting `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The week's bounds as UTC instants: from its Monday's midnight in `zone` to the next one's. */
export function weekRange(monday: string, zone: string): { from: string; to: string } {
  return {
    from: zonedToUtc(monday, '00:00', zone).toISOString(),
    to: zonedToUtc(addDays(monday, 7), '00:00', zone).toISOString(),
  };
}

/** Items grouped by the date (in `zone`) their start falls on. */
export function byDay<T extends { startsAt: string }>(items: T[], zone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = utcToZoned(item.startsAt, zone).date;
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}

/** "Mon 12 Jan" (in the app's language): a day's heading. Dates are calendar dates, formatted without a zone shift. */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat(dateLocale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "12 – 18 Jan 2026" (or across months and years: "29 Dec 2025 – 4 Jan 2026"). */
export function weekLabel(monday: string): string {
  const f = new Intl.DateTimeFormat(dateLocale(), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return f.formatRange(
    new Date(`${monday}T00:00:00Z`),
    new Date(`${addDays(monday, 6)}T00:00:00Z`),
  );
}
