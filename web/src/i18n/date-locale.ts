/**
 * The locale dates and times are written in: the language the app is shown in, with English
 * written as en-GB ("Tue 3 Mar 2026, 10:00"). A module value rather than a parameter: dates are
 * formatted in many plain helpers (format.ts, week.ts, working-hours.ts…) called from everywhere,
 * and the app shows one language at a time, so `TextProvider` sets it when the language changes
 * and the formatters read it, with no signature carrying a locale through every caller.
 */
import { FALLBACK_LOCALE } from './locales.js';

const ENGLISH_DATES = 'en-GB';

let current = ENGLISH_DATES;

/** The BCP 47 tag dates are formatted in, e.g. `new Intl.DateTimeFormat(dateLocale(), …)`. */
export function dateLocale(): string {
  return current;
}

/** Dates follow the app's language `locale` from now on (English, and no language: en-GB). */
export function setDateLocale(locale: string | null | undefined): void {
  const language = locale?.split('-')[0]?.toLowerCase();
  current = !locale || language === FALLBACK_LOCALE ? ENGLISH_DATES : locale;
}

// 2024-01-01 was a Monday: day 1 … 7 of working hours are that week's days.
const MONDAY = Date.UTC(2024, 0, 1);

/**
 * A weekday's name in the app's language, days counted as working hours count them (1 Monday …
 * 7 Sunday): "Mon", "Monday" in English. Every language's Intl has them, so no catalog does.
 */
export function weekdayName(day: number, width: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(current, { timeZone: 'UTC', weekday: width }).format(
    MONDAY + (day - 1) * 86_400_000,
  );
}
