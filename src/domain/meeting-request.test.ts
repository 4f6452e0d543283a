import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendarFile,
  buildMeetingRequest,
  type MeetingRequestInput,
} from './meeting-request.js';

function request(overrides: Partial<MeetingRequestInput> = {}): MeetingRequestInput {
  return {
    method: 'REQUEST',
    uid: '7f0c2a9e-1b7d-4c1e-9a55-2f3c8e1d4b60@convene.example.com',
    sequence: 0,
    stamp: new Date('2026-03-01T08:15:30Z'),
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: new Date('2026-03-03T10:00:00Z'),
    summary: 'Interview: Backend Engineer',
    description: 'Your interview with Grace.',
    location: 'Room 4, Floor 2',
    url: 'https://meet.example.com/abc-defg-hij',
    organizer: { name: 'Convene Invites', email: 'invites@convene.example.com' },
    attendees: [
      { name: 'Ada Lovelace', email: 'ada@example.com', role: 'REQ-PARTICIPANT' },
      { name: 'Grace Hopper', email: 'grace@example.com', role: 'OPT-PARTICIPANT' },
    ],
    ...overrides,
  };
}

/** Parses with Mozilla's ical.js, an independent reader, and returns the one VEVENT. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, event: events[0]! };
}

/** The content lines with folding undone, for assertions on the exact text. */
function unfolded(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

function utcTime(value: unknown): Date {
  if (!(value instanceof ICAL.Time)) throw new Error('expected a date-time');
  expect(value.zone?.tzid).toBe('UTC');
  return value.toJSDate();
}

function attendeesOf(event: ReturnType<typeof parse>['event']) {
  return event.getAllProperties('attendee').map((p) => ({
    cn: p.getParameter('cn'),
    role: p.getParameter('role'),
    partstat: p.getParameter('partstat'),
    rsvp: p.getParameter('rsvp'),
    address: String(p.getFirstValue()).toLowerCase(),
  }));
}

describe('buildCalendarFile', () => {
  it('publishes the participant’s own event, same UID and SEQUENCE, with no one to answer', () => {
    const { method: _, attendees: __, ...event } = request({ sequence: 3 });
    const text = buildCalendarFile(event);
    const { calendar, event: vevent } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getAllProperties('attendee')).toHaveLength(0);
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:invites@convene.example.com');
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2026-03-03T09:00:00Z');
  });
});

describe('buildMeetingRequest', () => {
  it('asks Outlook not to offer Propose new time only when no one reads it, and only on a request', () => {
    const disallow = 'X-MICROSOFT-DISALLOW-COUNTER:TRUE';
    expect(unfolded(buildMeetingRequest(request({ counter: false })))).toContain(disallow);
    expect(unfolded(buildMeetingRequest(request()))).not.toContain(disallow);
    expect(unfolded(buildMeetingRequest(request({ counter: true })))).not.toContain(disallow);
    const cancel = buildMeetingRequest(request({ method: 'CANCEL', counter: false }));
    expect(unfolded(cancel)).not.toContain(disallow);
  });

  it('writes a DECLINECOUNTER restating the event at the SEQUENCE it is given', () => {
    const text = buildMeetingRequest(request({ method: 'DECLINECOUNTER', sequence: 2 }));
    const { calendar, event } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('DECLINECOUNTER');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(utcTime(event.getFirstPropertyValue('dtstart'))).toEqual(
      new Date('2026-03-03T09:00:00Z'),
    );
  });

  it('writes PRODID, VERSION 2.0 and METHOD:REQUEST around exactly one event', () => {
    const { calendar } = parse(buildMeetingRequest(request()));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Convene//Convene//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  });

  it('takes a PRODID given to it as it is, without the doubled dash ical-generator would add', () => {
    const text = buildMeetingRequest(request({ productId: '-//Acme//Hiring//DE' }));
    expect(unfolded(text)).toContain('PRODID:-//Acme//Hiring//DE');
  });

  it('keeps the UID and SEQUENCE it is given and stamps DTSTAMP in UTC', () => {
    const { event } = parse(buildMeetingRequest(request({ sequence: 3 })));
    expect(event.getFirstPropertyValue('uid')).toBe(request().uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(utcTime(event.getFirstPropertyValue('dtstamp'))).toEqual(request().stamp);
  });

  it('writes DTSTART and DTEND as UTC instants with Z: never floating, no TZID, no DURATION', () => {
    const text = buildMeetingRequest(request());
    const lines = unfolded(text);
    expect(lines).toContain('DTSTAMP:20260301T081530Z');
    expect(lines).toContain('DTSTART:20260303T090000Z');
    expect(lines).toContain('DTEND:20260303T100000Z');
    expect(text).not.toMatch(/TZID|DURATION|VTIMEZONE/);
    const { event } = parse(text);
    expect(utcTime(event.getFirstPropertyValue('dtstart'))).toEqual(request().startsAt);
    expect(utcTime(event.getFirstPropertyValue('dtend'))).toEqual(request().endsAt);
  });

  it('names the sending mailbox as ORGANIZER with CN and mailto, and no SENT-BY', () => {
    const text = buildMeetingRequest(request());
    expect(unfolded(text)).toContain(
      'ORGANIZER;CN="Convene Invites":mailto:invites@convene.example.com',
    );
    expect(text).not.toContain('SENT-BY');
    const organizer = parse(text).event.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).toBe('Convene Invites');
    expect(organizer.getFirstValue()).toBe('mailto:invites@convene.example.com');
  });

  it('asks every attendee for an answer: ROLE, PARTSTAT=NEEDS-ACTION, RSVP=TRUE, CN and mailto', () => {
    const text = buildMeetingRequest(request());
    expect(unfolded(text)).toContain(
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ada Lovelace":MAILTO:ada@example.com',
    );
    expect(attendeesOf(parse(text).event)).toEqual([
      {
        cn: 'Ada Lovelace',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
        address: 'mailto:ada@example.com',
      },
      {
        cn: 'Grace Hopper',
        role: 'OPT-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
        address: 'mailto:grace@example.com',
      },
    ]);
  });

  it('quotes a CN that holds a comma, a semicolon or a colon', () => {
    const name = 'Lovelace, Ada; Countess: of Lovelace';
    const text = buildMeetingRequest(
      request({ attendees: [{ name, email: 'ada@example.com', role: 'REQ-PARTICIPANT' }] }),
    );
    expect(unfolded(text).join('\n')).toContain(`CN="${name}":MAILTO:ada@example.com`);
    const [attendee, ...others] = attendeesOf(parse(text).event);
    expect(others).toEqual([]);
    expect(attendee).toMatchObject({ cn: name, address: 'mailto:ada@example.com' });
  });

  it('writes SUMMARY, LOCATION, and the meeting URL both as URL and in the description', () => {
    const { event } = parse(buildMeetingRequest(request()));
    expect(event.getFirstPropertyValue('summary')).toBe('Interview: Backend Engineer');
    expect(event.getFirstPropertyValue('location')).toBe('Room 4, Floor 2');
    expect(event.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc-defg-hij');
    expect(event.getFirstPropertyValue('description')).toBe(
      'Your interview with Grace.\n\nhttps://meet.example.com/abc-defg-hij',
    );
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('does not repeat a meeting URL the description already holds, and leaves out what is absent', () => {
    const url = 'https://meet.example.com/abc-defg-hij';
    const { event } = parse(buildMeetingRequest(request({ description: `Join: ${url}` })));
    expect(event.getFirstPropertyValue('description')).toBe(`Join: ${url}`);
    const bare = parse(buildMeetingRequest(request({ url: null, location: null }))).event;
    expect(bare.getFirstProperty('url')).toBeNull();
    expect(bare.getFirstProperty('location')).toBeNull();
    expect(bare.getFirstPropertyValue('description')).toBe('Your interview with Grace.');
  });

  it('percent-encodes ; and , in the meeting URL, since a URI value has no escapes', () => {
    const text = buildMeetingRequest(request({ url: 'https://meet.example.com/j/1?a=b;c,d' }));
    expect(unfolded(text)).toContain('URL;VALUE=URI:https://meet.example.com/j/1?a=b%3Bc%2Cd');
    expect(parse(text).event.getFirstPropertyValue('url')).toBe(
      'https://meet.example.com/j/1?a=b%3Bc%2Cd',
    );
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID, the organizer and every attendee', () => {
    const text = buildMeetingRequest(request({ method: 'CANCEL', sequence: 2 }));
    const { calendar, event } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(request().uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:invites@convene.example.com');
    expect(attendeesOf(event).map((a) => a.address)).toEqual([
      'mailto:ada@example.com',
      'mailto:grace@example.com',
    ]);
  });

  it('never writes X-MICROSOFT-CDO-APPT-SEQUENCE, which Outlook would prefer to SEQUENCE', () => {
    for (const method of ['REQUEST', 'CANCEL'] as const) {
      expect(buildMeetingRequest(request({ method, sequence: 5 }))).not.toContain('X-MICROSOFT');
    }
  });

  it('writes the same bytes whatever time zone the server runs in', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = buildMeetingRequest(request());
      process.env.TZ = 'America/Los_Angeles';
      // proves the zone took effect, or the comparison below would prove nothing
      expect(request().startsAt.getTimezoneOffset()).toBe(480);
      expect(buildMeetingRequest(request())).toBe(utc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('buildMeetingRequest text rules', () => {
  const long = {
    summary: `面接のご案内 🎉 ${'日本語の長い件名と絵文字👩‍💻'.repeat(6)}`,
    description: `こんにちは 👋\n${'面接は三十分です。😀🙏 '.repeat(20)}`,
  };

  it('ends every line with CRLF and leaves no bare CR or LF', () => {
    const text = buildMeetingRequest(request(long));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const bytes = Buffer.from(buildMeetingRequest(request(long)), 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines = bytes.toString('latin1').split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75); // latin1: one char per octet
      expect(() => decoder.decode(Buffer.from(line, 'latin1'))).not.toThrow();
    }
    const { event } = parse(bytes.toString('utf8'));
    expect(event.getFirstPropertyValue('summary')).toBe(long.summary);
    expect(event.getFirstPropertyValue('description')).toBe(
      `${long.description.trim()}\n\nhttps://meet.example.com/abc-defg-hij`,
    );
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    const text = buildMeetingRequest(
      request({
        summary: 'a\\b;c,d',
        description: 'one\r\ntwo\nthree; four, five\\six',
        url: null,
      }),
    );
    const lines = unfolded(text);
    expect(lines).toContain('SUMMARY:a\\\\b\\;c\\,d');
    expect(lines).toContain('DESCRIPTION:one\\ntwo\\nthree\\; four\\, five\\\\six');
    const { event } = parse(text);
    expect(event.getFirstPropertyValue('summary')).toBe('a\\b;c,d');
    expect(event.getFirstPropertyValue('description')).toBe('one\ntwo\nthree; four, five\\six');
  });
});
