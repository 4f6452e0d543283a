import { invalid } from './errors.js';

/**
 * Used when a recipient's locale is unknown. British English is the DESIGN §3 example:
 * "Tuesday, 3 March 2026, 10:00", day before month and a 24-hour clock, which no English
 * reader misreads (plain "en" would give "March 3" and "10:00 AM").
 */
export const DEFAULT_LOCALE = 'en-GB';

/** How date and time tokens are shown to one recipient. */
export interface Presentation {
  timeZone: string;
  locale: string;
}

/**
 * The recipient's zone when it is a valid IANA name, else the interview's (DESIGN §3); the
 * locale when Intl accepts it, else DEFAULT_LOCALE, so bad profile data never stops a send.
 */
export function choosePresentation(
  interviewZone: string,
  recipientZone?: string | null,
  locale?: string | null,
): Presentation {
  const timeZone = [recipientZone, interviewZone].find((z) => z && isKnownZone(z));
  if (!timeZone) {
    invalid([{ field: 'timeZone', message: `"${interviewZone}" is not an IANA time zone` }]);
  }
  return { timeZone, locale: isKnownLocale(locale) ? locale : DEFAULT_LOCALE };
}

/** "Tuesday, 3 March 2026" (en-GB): the long weekday and date in the recipient's zone. */
export function formatDate(instant: Date, { timeZone, locale }: Presentation): string {
  const format = cached(
    `date|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
  );
  return plainSpaces(format.format(assertInstant(instant)));
}

/**
 * "09:00 (Europe/Berlin)": the locale's own clock, then the zone named. 24-hour locales get two
 * digit hours ("09:00"), 12-hour ones do not ("9:00 AM"), as each is usually written.
 */
export function formatTime(instant: Date, { timeZone, locale }: Presentation): string {
  const format = cached(`time|${locale}|${timeZone}`, () => {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const hour = cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit';
    return new Intl.DateTimeFormat(locale, { timeZone, hour, minute: '2-digit' });
  });
  return `${plainSpaces(format.format(assertInstant(instant)))} (${timeZone})`;
}

/** "1 hour 30 minutes", "45 minutes", "2 hours", with unit words in the recipient's locale. */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    cached(
      `${name}|${locale}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }),
    ).format(value);
  const parts = [
    hours > 0 ? unit(hours, 'hour') : '',
    rest > 0 || hours === 0 ? unit(rest, 'minute') : '',
  ];
  return plainSpaces(parts.filter(Boolean).join(' '));
}

/** A conjunction list ("A, B and C") in the recipient's locale. */
export function formatList(items: string[], locale: string): string {
  return cached(
    `list|${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  ).format(items);
}

function isKnownZone(zone: string): boolean {
  // Intl rather than a fixed list: it also accepts current aliases such as Asia/Kolkata and
  // Europe/Kyiv, which Intl.supportedValuesOf('timeZone') leaves out on Node 20.
  return cached(`zone?|${zone}`, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });
}

function isKnownLocale(locale: string | null | undefined): locale is string {
  if (!locale) return false;
  return cached(`locale?|${locale}`, () => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    } catch {
      return false;
    }
  });
}

// Building an Intl formatter costs about a hundred times more than using one, and a bulk send
// formats the same few zones and locales thousands of times. Keys come from profile data, so
// the cache is bounded: when full it starts over.
const formatters = new Map<string, unknown>();
const MAX_FORMATTERS = 2_000;

function cached<T>(key: string, build: () => T): T {
  if (formatters.has(key)) return formatters.get(key) as T;
  const value = build();
  if (formatters.size >= MAX_FORMATTERS) formatters.clear();
  formatters.set(key, value);
  return value;
}

function assertInstant(instant: Date): Date {
  if (Number.isNaN(instant.getTime())) {
    invalid([{ field: 'startsAt', message: 'is not a valid date and time' }]);
  }
  return instant;
}

// ICU puts narrow and non-breaking spaces in times ("10:00\u202fAM"); plain spaces keep subject
// lines and text parts predictable for every mail client and for tests.
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
