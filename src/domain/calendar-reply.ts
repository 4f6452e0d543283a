import ICAL from 'ical.js';
import type { Interval } from './availability.js';
import { ZoneResolver } from './ical-zones.js';

/** The answers a calendar can send (RFC 5545 PARTSTAT); anything else is not an answer. */
export type ReplyAnswer = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

/**
 * What Convene takes from one iTIP REPLY or COUNTER: whose answer, to which event, at which
 * revision. A COUNTER ("Propose new time") is a "not then": its answer is DECLINED whatever
 * PARTSTAT it carries, and `proposed` is the time it asks for instead.
 */
export interface CalendarReply {
  method: 'REPLY' | 'COUNTER';
  uid: string;
  /** The SEQUENCE the attendee answered (0 when absent, as RFC 5545 says). */
  sequence: number;
  /** The attendee's address, lower-cased, without `mailto:`. */
  attendee: string;
  answer: ReplyAnswer;
  /** Google's X-RESPONSE-COMMENT, else the event's COMMENT (Exchange, Thunderbird). */
  comment: string | null;
  /** A COUNTER's proposed time (its DTSTART/DTEND as instants); null for a REPLY. */
  proposed: Interval | null;
}

export type ParsedReply = { ok: true; reply: CalendarReply } | { ok: false; reason: string };

const ANSWERS = new Set<string>(['ACCEPTED', 'DECLINED', 'TENTATIVE']);
// Far more than any real reply (a few kilobytes); a bigger body is not parsed at all.
const MAX_LENGTH = 64 * 1024;

/**
 * Reads an iTIP REPLY (RFC 5546 §3.2.3) or COUNTER (§3.2.7) as Google Calendar, Exchange/Outlook, Apple Calendar and
 * Thunderbird send it. `method` is the MIME part's `method=` parameter, used when the body has no
 * METHOD line. Exchange sends no ORGANIZER and Windows zone names in TZID: neither is needed, since
 * a reply is matched on UID and the ATTENDEE address alone (CALENDAR.md). Anything else is
 * refused with a reason for the log, never thrown.
 */
export function parseCalendarReply(text: string, method?: string): ParsedReply {
  if (text.length > MAX_LENGTH) return refuse('calendar is too large');
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch {
    return refuse('not a readable iCalendar object');
  }
  if (calendar.name !== 'vcalendar') return refuse('not a VCALENDAR');
  const declared = String(calendar.getFirstPropertyValue('method') ?? method ?? '').toUpperCase();
  if (declared !== 'REPLY' && declared !== 'COUNTER') {
    return refuse(`METHOD is ${declared || 'missing'}, not REPLY or COUNTER`);
  }
  const events = calendar.getAllSubcomponents('vevent');
  // Convene sends single events: a reply answers one, and one mail answers once.
  if (events.length !== 1) return refuse(`${events.length} VEVENTs, expected one`);
  const event = events[0] as ICAL.Component;
  const uid = String(event.getFirstPropertyValue('uid') ?? '').trim();
  if (!uid) return refuse('no UID');
  const attendees = event.getAllProperties('attendee');
  // RFC 5546: a REPLY carries exactly the replying attendee.
  if (attendees.length !== 1) return refuse(`${attendees.length} ATTENDEEs, expected one`);
  const property = attendees[0] as ICAL.Property;
  const attendee = mailAddress(String(property.getFirstValue() ?? ''));
  if (!attendee) return refuse('ATTENDEE is not a mailto: address');
  const partstat = String(property.getParameter('partstat') ?? '').toUpperCase();
  const counter = declared === 'COUNTER';
  if (!counter && !ANSWERS.has(partstat)) {
    return refuse(`PARTSTAT ${partstat || 'missing'} is not an answer`);
  }
  const proposed = counter ? proposedTime(calendar, event) : null;
  if (counter && !proposed) return refuse('COUNTER without a proposed DTSTART and DTEND');
  const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
  if (!Number.isInteger(sequence) || sequence < 0) return refuse('SEQUENCE is not a whole number');
  const comment =
    text1(property.getParameter('x-response-comment')) ??
    text1(event.getFirstPropertyValue('comment'));
  const answer = counter ? 'DECLINED' : (partstat as ReplyAnswer);
  return {
    ok: true,
    reply: { method: declared, uid, sequence, attendee, answer, comment, proposed },
  };
}

// The proposed time as instants: UTC, an IANA or Windows TZID (Outlook), or a VTIMEZONE the
// COUNTER defines. A floating or all-day time proposes nothing Convene can book.
function proposedTime(calendar: ICAL.Component, event: ICAL.Component): Interval | null {
  const start = event.getFirstPropertyValue('dtstart');
  const end = event.getFirstPropertyValue('dtend');
  if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) return null;
  if (start.isDate || end.isDate) return null;
  const zones = new ZoneResolver(calendar, 'UTC');
  const tzid = (name: string) => {
    const value = event.getFirstProperty(name)?.getParameter('tzid');
    return typeof value === 'string' ? value : null;
  };
  const floating = (time: ICAL.Time, zone: string | null) =>
    time.zone !== ICAL.Timezone.utcTimezone && zone === null;
  if (floating(start, tzid('dtstart')) || floating(end, tzid('dtend'))) return null;
  const interval = {
    start: zones.instant(start, tzid('dtstart')),
    end: zones.instant(end, tzid('dtend') ?? tzid('dtstart')),
  };
  return interval.end > interval.start ? interval : null;
}

function refuse(reason: string): ParsedReply {
  return { ok: false, reason };
}

// "mailto:Ada@Example.com" and "MAILTO:ada@example.com" are the same person.
function mailAddress(value: string): string | null {
  const match = /^mailto:(.+)$/i.exec(value.trim());
  const address = match?.[1]?.trim().toLowerCase() ?? '';
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(address) ? address : null;
}

// A comment as one clean line of at most 1,000 characters, or null when there is none.
function text1(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = (Array.isArray(value) ? value.join(', ') : String(value))
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return text ? text.slice(0, 1000) : null;
}
