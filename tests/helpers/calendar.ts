import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { TestApp } from './app.js';
import type { ReceivedMail } from './smtp-sink.js';

/** What a test checks of a meeting request's calendar (parsed by ical.js, not by Convene). */
export interface CalendarFacts {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  organizer: string;
  organizerName: string | null;
  /** `mailto:` addresses, lower-cased. */
  attendees: string[];
  /** The whole iCalendar text. */
  text: string;
}

/** The calendar of one iCalendar text. */
export function readCalendar(text: string): CalendarFacts {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  const organizer = event.getFirstProperty('organizer');
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    status: (event.getFirstPropertyValue('status') as string | null) ?? null,
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    organizer: String(organizer?.getFirstValue() ?? ''),
    organizerName: (organizer?.getParameter('cn') as string | undefined) ?? null,
    attendees: event
      .getAllProperties('attendee')
      .map((p) => String(p.getFirstValue()).toLowerCase()),
    text,
  };
}

/** The calendar a received meeting request carries (its invite.ics). */
export function calendarOf(mail: ReceivedMail): CalendarFacts {
  const part = mail.parsed.attachments.find((a) => a.filename === 'invite.ics');
  if (!part) throw new Error('no invite.ics');
  return readCalendar(part.content.toString('utf8'));
}

/** Each recipient's latest meeting request among these mails, by address. */
export function latestInvites(mails: ReceivedMail[]): Map<string, CalendarFacts> {
  const latest = new Map<string, CalendarFacts>();
  for (const mail of mails) {
    if (!mail.parsed.attachments.some((a) => a.filename === 'invite.ics')) continue;
    latest.set(String(mail.envelopeTo[0]).toLowerCase(), calendarOf(mail));
  }
  return latest;
}

/**
 * Each participant's latest meeting request still in the outbox (the development mailbox keeps
 * bodies), by address: what each of them holds when no SMTP server is set.
 */
export async function invitesInOutbox(
  t: TestApp,
  interviewId: string,
): Promise<Map<string, CalendarFacts>> {
  const rows = await t.database.db
    .selectFrom('messages')
    .select(['to_email', 'raw'])
    .where('interview_id', '=', interviewId)
    .where('calendar_method', 'is not', null)
    .orderBy('created_at')
    .execute();
  const latest = new Map<string, CalendarFacts>();
  for (const row of rows) {
    const parsed = await simpleParser(row.raw);
    const part = parsed.attachments.find((a) => a.filename === 'invite.ics');
    if (part) latest.set(row.to_email.toLowerCase(), readCalendar(part.content.toString('utf8')));
  }
  return latest;
}

/** A bare iTIP REPLY, as a calendar that writes only what RFC 5546 requires would send it. */
export function bareReply(values: {
  uid: string;
  attendee: string;
  partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  sequence?: number;
  comment?: string;
}): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Test//EN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    `UID:${values.uid}`,
    `SEQUENCE:${values.sequence ?? 0}`,
    'DTSTAMP:20291201T101500Z',
    `ATTENDEE;PARTSTAT=${values.partstat}:mailto:${values.attendee}`,
    ...(values.comment ? [`COMMENT:${values.comment}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** One mail carrying each of these calendars as its own text/calendar part. */
export function mailWithCalendars(from: string, calendars: string[]): string {
  const boundary = 'many-calendars';
  return [
    `From: <${from}>`,
    'To: interviews@example.com',
    'Subject: Re: Technical interview',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...calendars.flatMap((calendar) => [
      `--${boundary}`,
      'Content-Type: text/calendar; charset=utf-8; method=REPLY',
      '',
      calendar,
    ]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
