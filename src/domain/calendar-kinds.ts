/** The calendars Convene reads: an iCalendar feed URL, or a CalDAV collection. */
export const CALENDAR_KINDS = ['ics', 'caldav'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
