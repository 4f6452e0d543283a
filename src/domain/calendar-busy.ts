import ICAL from 'ical.js';
import { type Interval, merge } from './availability.js';
import { ZoneResolver } from './ical-zones.js';

export interface BusyOptions {
  /** The window read: busy times are clipped to [from, to). Epoch milliseconds. */
  from: number;
  to: number;
  /** The calendar owner's zone, for floating times and all-day events (the feed's own first). */
  timeZone: string;
}

/** A feed that is not iCalendar: the caller records it as the calendar's last error. */
export class CalendarFeedError extends Error {}

// A recurrence is followed at most this far from its start: a daily meeting since 1990 is
// about 13,000 occurrences, and a feed cannot make the server loop for ever.
const MAX_OCCURRENCES = 50_000;

/**
 * The busy times an iCalendar feed (an Outlook or Google "secret address", or the events of a
 * CalDAV calendar) holds in a window, merged and in order. Recurring events are expanded by
 * ical.js in the event's own wall time (so a weekly 09:00 stays 09:00 across a DST change) and
 * then placed in time by Temporal: TZIDs that are IANA names, Windows names (Outlook's
 * "W. Europe Standard Time") or a VTIMEZONE the feed defines. EXDATEs are left out, a
 * RECURRENCE-ID override replaces its occurrence, and transparent or cancelled events and
 * occurrences are free. An all-day event is busy for its whole days in the owner's zone unless
 * it is transparent (Google marks ordinary all-day events so).
 */
export function busyFromICalendar(text: string, options: BusyOptions): Interval[] {
  const calendar = parse(text);
  const zones = new ZoneResolver(calendar, options.timeZone);
  const events = calendar.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Component>();
  const overrides: ICAL.Component[] = [];
  for (const event of events) {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    if (event.hasProperty('recurrence-id')) overrides.push(event);
    else masters.set(uid, event);
  }
  const busy: Interval[] = [];
  const keep = (interval: Interval | null) => {
    if (!interval) return;
    const clipped = {
      start: Math.max(interval.start, options.from),
      end: Math.min(interval.end, options.to),
    };
    if (clipped.start < clipped.end) busy.push(clipped);
  };

  for (const [uid, component] of masters) {
    const event = new ICAL.Event(component);
    const own = overrides.filter((o) => String(o.getFirstPropertyValue('uid') ?? '') === uid);
    if (!event.isRecurring()) {
      if (isBusy(component)) keep(span(component, event.startDate, event.endDate, zones));
      continue;
    }
    for (const override of own) event.relateException(override);
    const iterator = event.iterator();
    for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n += 1) {
      const details = event.getOccurrenceDetails(next);
      const item = details.item.component;
      const occurrence = span(item, details.startDate, details.endDate, zones);
      // Occurrences come in order of their original start: stop once past the window (an
      // override moved later still counts, as it is kept when its own slot is reached).
      if (occurrence && occurrence.start >= options.to && item === component) break;
      if (isBusy(item)) keep(occurrence);
      next = iterator.next();
    }
  }
  // Overrides of a series the feed does not hold (Google sends these for shared series).
  for (const override of overrides) {
    const uid = String(override.getFirstPropertyValue('uid') ?? '');
    if (masters.has(uid) || !isBusy(override)) continue;
    const event = new ICAL.Event(override);
    keep(span(override, event.startDate, event.endDate, zones));
  }
  return merge(busy);
}

function parse(text: string): ICAL.Component {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new CalendarFeedError(`not an iCalendar feed: ${(error as Error).message}`);
  }
  // A file of several calendars is parsed as a list: read the first.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  const calendar = new ICAL.Component(first as unknown[]);
  if (calendar.name !== 'vcalendar') throw new CalendarFeedError('not an iCalendar feed');
  return calendar;
}

function isBusy(event: ICAL.Component): boolean {
  const status = String(event.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(event.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status !== 'CANCELLED' && transp !== 'TRANSPARENT';
}

// An occurrence as instants; null when it has no length (a DATE-TIME start without an end).
function span(
  event: ICAL.Component,
  start: ICAL.Time,
  end: ICAL.Time | null,
  zones: ZoneResolver,
): Interval | null {
  const startZone = event.getFirstProperty('dtstart')?.getParameter('tzid');
  const endZone = event.getFirstProperty('dtend')?.getParameter('tzid') ?? startZone;
  const from = zones.instant(start, typeof startZone === 'string' ? startZone : null);
  const until = end
    ? zones.instant(end, typeof endZone === 'string' ? endZone : null)
    : start.isDate
      ? from + 86_400_000
      : from;
  return until > from ? { start: from, end: until } : null;
}
