import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { type FieldIssue, invalid } from './errors.js';
import type { CalendarMethod } from './messages.js';
import { isEmailAddress } from './text-rules.js';

/** One iMIP meeting request (its cancellation, or a refused proposal) for one interview, all times as UTC instants. */
export interface MeetingRequestInput {
  method: CalendarMethod;
  /** One per interview for its whole life, e.g. `${interviewId}@convene.example.com`. */
  uid: string;
  /** Rises with every update, resend and cancel. */
  sequence: number;
  /** DTSTAMP: the send time. */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  /** Plain text; the meeting URL is appended when it is not already in it. */
  description: string;
  location?: string | null;
  /** The meeting URL, written as URL and in DESCRIPTION. */
  url?: string | null;
  /** The sending mailbox, where replies come back. */
  organizer: { name: string; email: string };
  attendees: Array<{
    name: string;
    email: string;
    role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';
  }>;
  productId?: string;
  /**
   * Whether the organizer reads an attendee's Propose new time (a COUNTER). False writes
   * X-MICROSOFT-DISALLOW-COUNTER:TRUE on a REQUEST, so Outlook does not offer what no one
   * would read. Default true.
   */
  counter?: boolean;
}

const DEFAULT_PRODUCT_ID = '-//Convene//Convene//EN';
const METHODS: Record<CalendarMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  // Refuses an attendee's proposed time; the event is restated as it stands (RFC 5546 §3.2.8).
  DECLINECOUNTER: ICalCalendarMethod.DECLINECOUNTER,
};
// ical-generator writes the UID unescaped, so only characters that need no escaping get through.
const UID = /^[A-Za-z0-9._~+@-]{1,255}$/;
// ical-generator writes PRODID unescaped and prepends the leading '-' itself.
const PRODUCT_ID = /^-\/\/[\x20-\x7e]+$/;

/**
 * Builds the iCalendar text (RFC 5545/5546) of a meeting request or cancel. ical-generator runs in
 * UTC mode only: with a time zone set, version 10 writes floating and server-local times.
 */
export function buildMeetingRequest(input: MeetingRequestInput): string {
  assertMeetingRequest(input);
  return writeCalendar(METHODS[input.method], input, {
    attendees: input.attendees.map((attendee) => ({
      name: paramText(attendee.name) || null,
      email: attendee.email,
      role: attendee.role === 'OPT-PARTICIPANT' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      // Outlook ignores a pre-set PARTSTAT and RSVP defaults to FALSE: ask for an answer.
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    x:
      input.method === 'REQUEST' && input.counter === false
        ? [['X-MICROSOFT-DISALLOW-COUNTER', 'TRUE']]
        : [],
  });
}

/** What an "Add to calendar" file needs: a meeting request's event, without its attendees. */
export type CalendarFileInput = Omit<MeetingRequestInput, 'method' | 'attendees' | 'counter'>;

/**
 * The event as a file to add to a calendar by hand (METHOD:PUBLISH, RFC 5546 §3.2.1): the same
 * UID and SEQUENCE as the participant's own invite, so a calendar that holds the invite updates
 * it rather than adding a copy. No attendees: the file answers nothing.
 */
export function buildCalendarFile(input: CalendarFileInput): string {
  assertMeetingRequest({ ...input, method: 'REQUEST', attendees: [] }, false);
  return writeCalendar(ICalCalendarMethod.PUBLISH, input, { status: ICalEventStatus.CONFIRMED });
}

/** The event's own fields, cleaned as every calendar message writes them. */
type EventExtras = Pick<ICalEventData, 'attendees' | 'status' | 'x'>;

// One calendar around one event: what a meeting request and a calendar file share.
function writeCalendar(
  method: ICalCalendarMethod,
  input: CalendarFileInput,
  extras: EventExtras,
): string {
  const url = input.url ? meetingUrl(input.url) : null;
  const calendar = ical({ prodId: (input.productId ?? DEFAULT_PRODUCT_ID).slice(1), method });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.startsAt,
    end: input.endsAt,
    summary: oneLine(input.summary),
    description: withUrl(multiLine(input.description), url),
    location: input.location ? oneLine(input.location) || null : null,
    url,
    organizer: {
      name: paramText(input.organizer.name) || input.organizer.email,
      email: input.organizer.email,
    },
    ...extras,
  });
  // ical-generator leaves the last line without its CRLF; RFC 5545 ends every content line so.
  return `${calendar.toString()}\r\n`;
}

function assertMeetingRequest(input: MeetingRequestInput, withAttendees = true): void {
  const issues: FieldIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  if (!UID.test(input.uid)) issue('uid', 'must be 1-255 letters, digits or ._~+@-');
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    issue('sequence', 'must be a whole number, 0 or more');
  }
  for (const field of ['stamp', 'startsAt', 'endsAt'] as const) {
    if (Number.isNaN(input[field].getTime())) issue(field, 'must be a valid instant');
  }
  // ical-generator would silently swap a reversed pair.
  if (!(input.endsAt.getTime() > input.startsAt.getTime())) issue('endsAt', 'must be after start');
  if (!oneLine(input.summary)) issue('summary', 'must not be empty');
  if (input.productId !== undefined && !PRODUCT_ID.test(input.productId)) {
    issue('productId', 'must look like -//Company//Product//EN');
  }
  const organizer = input.organizer.email;
  if (!isEmailAddress(organizer)) issue('organizer.email', 'must be an email address');
  // Office 365 strips the '+', so replies to a plus-address go astray.
  if (organizer.split('@')[0]?.includes('+')) issue('organizer.email', 'must not be a +address');
  if (withAttendees && input.attendees.length === 0) {
    issue('attendees', 'must name at least one attendee');
  }
  input.attendees.forEach((attendee, i) => {
    if (!isEmailAddress(attendee.email)) issue(`attendees.${i}.email`, 'must be an email address');
    // Outlook tells an attendee who is also the organizer "you are the organizer".
    if (attendee.email.toLowerCase() === organizer.toLowerCase()) {
      issue(`attendees.${i}.email`, 'must not be the organizer');
    }
  });
  if (issues.length > 0) invalid(issues);
}

// Control characters (CR and LF above all) and Unicode line separators become one space.
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// Line breaks survive (ical-generator escapes them as \n); TAB is legal TEXT; other controls go.
function multiLine(value: string): string {
  return value
    .replace(/\r\n|[\r\u2028\u2029]/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim();
}

// A parameter value cannot escape anything: ical-generator's \" ends the quoted CN early and
// parsers differ on a backslash, so a quote becomes an apostrophe and a backslash goes.
function paramText(value: string): string {
  return oneLine(value.replace(/\\/g, '')).replace(/"/g, "'");
}

// ical-generator text-escapes the URI value (`;` → `\;`), which parsers keep literally, so
// those characters are percent-encoded first; only http(s) links are meeting links.
function meetingUrl(value: string): string {
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    invalid([{ field: 'url', message: 'must be an http(s) URL' }]);
  }
  return url.href.replace(/;/g, '%3B').replace(/,/g, '%2C');
}

function withUrl(description: string, url: string | null): string {
  if (!url || description.includes(url)) return description;
  return description ? `${description}\n\n${url}` : url;
}
