import { type DateOffDraft, datesOffToSend } from './dates-off-draft.js';
import { weekdayName } from './i18n/date-locale.js';
import type { people } from './i18n/en/people.js';
import type { Translate } from './i18n/translate.js';
import type { WorkingHours, WorkingHoursInput, WorkingRange } from './types.js';
import { DEFAULT_WEEKLY } from './working-hours.js';

/** One weekday as the weekly editor shows it: worked or not, and its ranges ("09:00"–"18:00"). */
export interface DayDraft {
  on: boolean;
  ranges: Array<{ start: string; end: string }>;
}

/** Monday to Sunday, in that order. */
export type WeekDraft = DayDraft[];

/** The days of a week draft, 1 Monday … 7 Sunday, as working hours count them. */
export const WEEK_DAYS = [1, 2, 3, 4, 5, 6, 7];

/** "Monday" for the draft's first day, in the app's language (Intl names it). */
export function dayName(index: number): string {
  return weekdayName(index + 1, 'long');
}

/** The server's limit (domain/working-hours.ts): a split day every day. */
export const MAX_RANGES = 14;

const TYPICAL = { start: '09:00', end: '18:00' };
// A time input cannot show 24:00: the end of a day is shown as 00:00, which as an end can only
// mean midnight at the end of the day (an end must come after its start).
const shownEnd = (end: string) => (end === '24:00' ? '00:00' : end);
const sentEnd = (end: string) => (end === '00:00' ? '24:00' : end);

/** A user's hours (null: the default) as the editor shows them. */
export function draftOf(hours: WorkingHours | null): WeekDraft {
  const weekly = hours?.weekly ?? DEFAULT_WEEKLY;
  return WEEK_DAYS.map((weekday) => {
    const ranges = weekly
      .filter((r) => r.day === weekday)
      .map((r) => ({ start: r.start, end: shownEnd(r.end) }));
    return { on: ranges.length > 0, ranges: ranges.length > 0 ? ranges : [{ ...TYPICAL }] };
  });
}

/** The ranges of the days that are on, as the API takes them. */
export function weeklyOf(draft: WeekDraft): WorkingRange[] {
  return draft.flatMap((day, index) =>
    day.on ? day.ranges.map((r) => ({ day: index + 1, start: r.start, end: sentEnd(r.end) })) : [],
  );
}

/**
 * What PATCH /users/:id is sent: null when the week is the default one in the user's own zone
 * and there is no time off (so it keeps following the default), else the hours, in the zone
 * they were read in, with the time off.
 */
export function hoursToSend(
  draft: WeekDraft,
  zone: string | null,
  datesOff: DateOffDraft[] = [],
): WorkingHoursInput | null {
  const weekly = weeklyOf(draft);
  const same =
    zone === null &&
    datesOff.length === 0 &&
    weekly.length === DEFAULT_WEEKLY.length &&
    weekly.every((r, i) => JSON.stringify(r) === JSON.stringify(DEFAULT_WEEKLY[i]));
  return same ? null : { timeZone: zone, weekly, datesOff: datesOffToSend(datesOff) };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The first thing the server would refuse, as a sentence in the people area's words; undefined
 * when there is none.
 */
export function checkWeek(draft: WeekDraft, t: Translate<typeof people>): string | undefined {
  const weekly = weeklyOf(draft);
  if (weekly.length === 0) return t('hours.checkNoDay');
  if (weekly.length > MAX_RANGES) return t('hours.checkTooMany', { max: MAX_RANGES });
  for (const [index, day] of draft.entries()) {
    if (!day.on) continue;
    const values = { day: dayName(index) };
    const ranges = day.ranges.map((r) => ({ start: r.start, end: sentEnd(r.end) }));
    for (const r of ranges) {
      if (!CLOCK.test(r.start) || !(CLOCK.test(r.end) || r.end === '24:00')) {
        return t('hours.checkTimes', values);
      }
      if (r.start >= r.end) return t('hours.checkOrder', values);
    }
    const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
    if (sorted.some((r, i) => i > 0 && r.start < (sorted[i - 1]?.end ?? ''))) {
      return t('hours.checkOverlap', values);
    }
  }
  return undefined;
}
