import type { Interval } from '../domain/availability.js';
import { merge } from '../domain/availability.js';
import {
  CalDavError,
  COLLECTION_QUERY,
  calendarObjects,
  calendarQuery,
  collectionFacts,
} from '../domain/caldav.js';
import { type BusyOptions, busyFromICalendar } from '../domain/calendar-busy.js';
import { guardedGet, OutboundError } from '../net/fetch-guarded.js';
import type { AddressRule } from '../net/guarded-lookup.js';

export interface ReadCalDavOptions {
  url: string;
  username: string;
  password: string;
  window: BusyOptions;
  allowAddress: AddressRule;
  timeoutMs?: number;
}

/**
 * A CalDAV calendar's busy times over the window: a PROPFIND checks the URL is a calendar
 * collection (not a principal or calendar home), then a calendar-query REPORT (RFC 4791 §7.8)
 * asks for the events overlapping the window; each event resource is read as a feed is and the
 * busy times merged. Both go through the outbound rule (every redirect hop checked), with Basic
 * authentication sent only to the calendar's own origin. Throws OutboundError (401 = sign-in
 * refused) or CalDavError.
 */
export async function readCalDav(options: ReadCalDavOptions): Promise<Interval[]> {
  const { window } = options;
  const ask = (method: string, depth: string, body: string) =>
    guardedGet(options.url, {
      allowAddress: options.allowAddress,
      timeoutMs: options.timeoutMs,
      method,
      body,
      headers: {
        authorization: basic(options.username, options.password),
        accept: 'application/xml, text/xml;q=0.9',
        'content-type': 'application/xml; charset=utf-8',
        depth,
      },
    });
  const collection = await ask('PROPFIND', '0', COLLECTION_QUERY);
  const facts = collection.notModified ? undefined : collectionFacts(collection.body);
  if (!facts?.isCalendar) {
    throw new CalDavError('not a calendar collection (give the address of one calendar)');
  }
  const events = await ask('REPORT', '1', calendarQuery(window.from, window.to));
  if (events.notModified) throw new OutboundError('HTTP 304');
  // The calendar's own zone places its all-day events, as a feed's X-WR-TIMEZONE does.
  const zoned = { ...window, timeZone: knownZone(facts.timeZone) ?? window.timeZone };
  return merge(calendarObjects(events.body).flatMap((text) => busyFromICalendar(text, zoned)));
}

function knownZone(zone: string | null): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
