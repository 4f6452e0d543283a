import ICAL from 'ical.js';
import { type AddressObject, simpleParser } from 'mailparser';
import { EMAIL_MARKUP, markupProblems } from './html-checks.js';

/**
 * Checks a delivered message and its .ics: one recipient, no header or part that user input
 * added, an inert HTML body, exactly the expected attendees, text values as plain text.
 */

/** Controls and line separators become one space, runs of spaces one: how a header reads. */
export function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * What a header shows for user text: one line, and "=?" broken by a zero-width space so text
 * shaped like an RFC 2047 encoded word is never decoded into line breaks (compose-message.ts).
 */
export function headerText(value: string): string {
  return oneLine(value).replace(/=\?/g, '=\u200b?');
}

/** A CN parameter cannot escape (RFC 5545 §3.2): a quote is written as ', a backslash dropped. */
export function parameterText(value: string): string {
  return oneLine(value.replace(/\\/g, '')).replace(/"/g, "'");
}

export interface ExpectedCalendar {
  method: 'REQUEST' | 'CANCEL';
  organizer: string;
  attendees: ReadonlyArray<{ email: string; name: string }>;
  summary: string;
  location: string | null;
}

export interface ExpectedMail {
  to: { email: string; name: string };
  from: string;
  /** The coordinator a typed reply goes to (invites, updates, cancellations). */
  replyTo?: { email: string; name: string };
  /** Mail Convene writes by itself (notices, reminders) says so, so nothing answers it. */
  automatic?: boolean;
  subject?: string;
  /** Absent for a notice: then the message must carry no calendar at all. */
  calendar?: ExpectedCalendar;
}

const HEADERS = new Set([
  'from',
  'to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
]);
const PART_TYPES = new Set([
  'multipart/mixed',
  'multipart/alternative',
  'text/plain',
  'text/html',
  'text/calendar',
  // nodemailer labels the invite.ics attachment so; the alternative is text/calendar.
  'application/ics',
]);
const ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

/** A delivered message: one recipient, no injected header or part, inert HTML, sound .ics. */
export async function mailProblems(raw: string, expected: ExpectedMail): Promise<string[]> {
  const problems: string[] = [];
  const [head = ''] = raw.split('\r\n\r\n', 1);
  const names = head
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
    .map((line) => line.slice(0, Math.max(0, line.indexOf(':'))).toLowerCase());
  const allowed = new Set([
    ...HEADERS,
    ...(expected.replyTo ? ['reply-to'] : []),
    ...(expected.automatic ? ['auto-submitted', 'x-auto-response-suppress'] : []),
  ]);
  const unexpected = names.filter((n) => !allowed.has(n));
  const missing = [...allowed].filter((n) => !HEADERS.has(n) && !names.includes(n));
  if (missing.length > 0) problems.push(`missing headers ${missing.join(', ')}`);
  if (unexpected.length > 0) problems.push(`headers ${unexpected.join(', ')}`);
  if (new Set(names).size !== names.length) problems.push(`repeated header in ${names}`);
  if (/\r(?!\n)|(?<!\r)\n/.test(head)) {
    problems.push('bare CR or LF in the header block');
  }
  for (const [, type = ''] of raw.matchAll(/^Content-Type:\s*([^;\r\n]+)/gim)) {
    if (!PART_TYPES.has(type.trim().toLowerCase())) problems.push(`part ${type}`);
  }

  const mail = await simpleParser(raw);
  const to = addresses(mail.to);
  if (to.length !== 1 || to[0]?.address !== expected.to.email) {
    problems.push(`To ${JSON.stringify(to)}`);
  } else if (to[0]?.name !== headerText(expected.to.name)) {
    problems.push(`To name ${JSON.stringify(to[0]?.name)} ≠ ${JSON.stringify(expected.to.name)}`);
  }
  const from = addresses(mail.from);
  if (from.length !== 1 || from[0]?.address !== expected.from) {
    problems.push(`From ${JSON.stringify(from)}`);
  }
  if (mail.cc || mail.bcc) problems.push('Cc or Bcc present');
  const replyTo = addresses(mail.replyTo);
  if (expected.replyTo) {
    if (replyTo.length !== 1 || replyTo[0]?.address !== expected.replyTo.email) {
      problems.push(`Reply-To ${JSON.stringify(replyTo)} ≠ ${expected.replyTo.email}`);
    } else if (replyTo[0]?.name !== headerText(expected.replyTo.name)) {
      problems.push(`Reply-To name ${JSON.stringify(replyTo[0]?.name)}`);
    }
  }
  if (expected.automatic) {
    if (mail.headers.get('auto-submitted') !== 'auto-generated') problems.push('Auto-Submitted');
    if (mail.headers.get('x-auto-response-suppress') !== 'All') {
      problems.push('X-Auto-Response-Suppress');
    }
  }
  const subject = mail.subject ?? '';
  if (ONE_LINE.test(subject)) problems.push(`subject not one line: ${JSON.stringify(subject)}`);
  if (expected.subject !== undefined && subject !== headerText(expected.subject)) {
    problems.push(`subject ${JSON.stringify(subject)} ≠ ${JSON.stringify(expected.subject)}`);
  }
  problems.push(...markupProblems(typeof mail.html === 'string' ? mail.html : '', EMAIL_MARKUP));

  const calendars = mail.attachments.filter((a) =>
    ['text/calendar', 'application/ics'].includes(a.contentType),
  );
  if (calendars.length !== mail.attachments.length) {
    problems.push(`attachments ${mail.attachments.map((a) => a.contentType)}`);
  }
  if (!expected.calendar) {
    if (calendars.length > 0 || /BEGIN:VCALENDAR/.test(raw)) problems.push('unexpected calendar');
    return problems;
  }
  if (!calendars.some((a) => a.filename === 'invite.ics')) problems.push('no invite.ics');
  const method = new RegExp(
    `text/calendar; charset=utf-8; method=${expected.calendar.method}`,
    'i',
  );
  if (!method.test(raw)) problems.push(`Content-Type method is not ${expected.calendar.method}`);
  for (const part of calendars) {
    problems.push(...calendarProblems(part.content.toString('utf8'), expected.calendar));
  }
  return problems;
}

function addresses(field: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value).map((a) => ({ address: a.address, name: a.name }));
}

// Every property buildMeetingRequest writes; anything else was smuggled in.
const WRITTEN = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'METHOD',
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'LOCATION',
  'DESCRIPTION',
  'ORGANIZER',
  'ATTENDEE',
  'URL',
  'STATUS',
  // Written when no one reads calendar replies, so Outlook does not offer Propose new time.
  'X-MICROSOFT-DISALLOW-COUNTER',
]);
const ATTENDEE_PARAMETERS = new Set(['cn', 'role', 'partstat', 'rsvp']);

/** The .ics: exactly the expected attendees, no injected line, text values as plain text. */
export function calendarProblems(ics: string, expected: ExpectedCalendar): string[] {
  const problems: string[] = [];
  const physical = ics.split('\r\n');
  if (physical.at(-1) !== '' || /(?<!\r)\n/.test(ics)) problems.push('lines not ended by CRLF');
  const long = physical.filter((line) => Buffer.byteLength(line) > 75);
  if (long.length > 0) problems.push(`${long.length} lines over 75 octets`);
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const names = lines.map((line) => /^[A-Za-z0-9-]+/.exec(line)?.[0]?.toUpperCase() ?? line);
  const foreign = names.filter((n) => !WRITTEN.has(n));
  if (foreign.length > 0) problems.push(`properties ${foreign.map((n) => n.slice(0, 40))}`);
  const blocks = lines.filter((l) => /^(BEGIN|END):/i.test(l)).join(',');
  if (blocks !== 'BEGIN:VCALENDAR,BEGIN:VEVENT,END:VEVENT,END:VCALENDAR') {
    problems.push(`components ${blocks}`);
  }
  for (const single of ['METHOD', 'UID', 'SEQUENCE', 'SUMMARY', 'ORGANIZER', 'STATUS', 'DTSTART']) {
    const count = names.filter((n) => n === single).length;
    if (count !== 1) problems.push(`${count} ${single}`);
  }
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    return [...problems, `ical.js cannot parse it: ${(error as Error).message}`];
  }
  if (calendar.getFirstPropertyValue('method') !== expected.method) problems.push('METHOD');
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) return [...problems, 'no VEVENT'];
  const summary = event.getFirstPropertyValue('summary');
  if (summary !== expected.summary) {
    problems.push(`SUMMARY ${JSON.stringify(summary)} ≠ ${JSON.stringify(expected.summary)}`);
  }
  const location = event.getFirstPropertyValue('location') ?? null;
  if (location !== expected.location) {
    problems.push(`LOCATION ${JSON.stringify(location)} ≠ ${JSON.stringify(expected.location)}`);
  }
  const organizer = String(event.getFirstPropertyValue('organizer')).toLowerCase();
  if (organizer !== `mailto:${expected.organizer}`) problems.push(`ORGANIZER ${organizer}`);
  const attendees = event.getAllProperties('attendee').map((p) => ({
    email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
    cn: p.getParameter('cn'),
    parameters: Object.keys(p.toJSON()[1] as object),
  }));
  const want = expected.attendees.map((a) => ({ email: a.email, cn: parameterText(a.name) }));
  const got = attendees.map(({ email, cn }) => ({ email, cn }));
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    problems.push(`ATTENDEEs ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  for (const attendee of attendees) {
    const extra = attendee.parameters.filter((p) => !ATTENDEE_PARAMETERS.has(p));
    if (extra.length > 0) problems.push(`ATTENDEE parameters ${extra}`);
  }
  return problems;
}
