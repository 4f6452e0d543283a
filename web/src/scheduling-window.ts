/**
 * A scheduling request's window as the coordinator picks it: whole days in their own zone, sent
 * as UTC instants (`to` exclusive, the start of the day after the last), and shown back as days.
 */
import { formatWhen } from './format.js';
import { dateLocale } from './i18n/date-locale.js';
import type { scheduling } from './i18n/en/scheduling.js';
import type { Translate } from './i18n/text.js';
import { addDays, utcToZoned, zonedToUtc } from './zoned-time.js';

/** The longest window the API takes (MAX_WINDOW_DAYS on the server). */
export const MAX_WINDOW_DAYS = 62;

/** The first and last day a candidate may pick, "YYYY-MM-DD", as the form holds them. */
export interface WindowDays {
  fromDate: string | null;
  toDate: string | null;
}

/** From the start of the first day to the end of the last, in `zone`; null while incomplete. */
export function windowToIso(days: WindowDays, zone: string): { from: string; to: string } | null {
  if (!days.fromDate || !days.toDate || days.toDate < days.fromDate) return null;
  return {
    from: zonedToUtc(days.fromDate, '00:00', zone).toISOString(),
    to: zonedToUtc(addDays(days.toDate, 1), '00:00', zone).toISOString(),
  };
}

/** What the server would refuse of the days, said before a round trip. */
export function checkWindow(
  days: WindowDays,
  today: string,
  t: Translate<typeof scheduling>,
): Partial<Record<keyof WindowDays, string>> {
  if (!days.fromDate) return { fromDate: t('check.firstDay') };
  if (!days.toDate) return { toDate: t('check.lastDay') };
  if (days.toDate < days.fromDate) return { toDate: t('check.inOrder') };
  if (days.toDate < today) return { toDate: t('check.notOver') };
  if (days.toDate > addDays(days.fromDate, MAX_WINDOW_DAYS - 1)) {
    return { toDate: t('check.atMost', { max: MAX_WINDOW_DAYS }) };
  }
  return {};
}

// Made per call: it follows the app's language.
const dayFormat = () =>
  new Intl.DateTimeFormat(dateLocale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * "Tue, 3 Mar – Fri, 6 Mar 2026" when the window is whole days in `zone` (as the form makes
 * them), else its two instants: a window made through the API may start at any time.
 */
export function formatWindow(fromIso: string, toIso: string, zone: string): string {
  const from = utcToZoned(fromIso, zone);
  const to = utcToZoned(toIso, zone);
  if (from.time !== '00:00' || to.time !== '00:00') {
    return `${formatWhen(fromIso, zone)} – ${formatWhen(toIso, zone)}`;
  }
  const last = addDays(to.date, -1);
  if (last <= from.date) return dayFormat().format(day(from.date));
  return dayFormat().formatRange(day(from.date), day(last));
}
