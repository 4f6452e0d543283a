import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { HOSTILE_INPUTS } from './hostile-inputs.fixture.js';
import { buildMeetingRequest, type MeetingRequestInput } from './meeting-request.js';

function request(overrides: Partial<MeetingRequestInput> = {}): MeetingRequestInput {
  return {
    method: 'REQUEST',
    uid: 'interview-42@convene.example.com',
    sequence: 1,
    stamp: new Date('2026-03-01T08:15:30Z'),
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: new Date('2026-03-03T10:00:00Z'),
    summary: 'Interview',
    description: 'Details',
    location: 'Room 4',
    url: 'https://meet.example.com/abc',
    organizer: { name: 'Convene', email: 'invites@convene.example.com' },
    attendees: [{ name: 'Ada', email: 'ada@example.com', role: 'REQ-PARTICIPANT' }],
    ...overrides,
  };
}

function eventOf(text: string) {
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return events[0]!;
}

// Every property this module writes; a hostile value must never add a line outside them.
const WRITTEN =
  /^(BEGIN|END|VERSION|PRODID|METHOD|UID|SEQUENCE|DTSTAMP|DTSTART|DTEND|SUMMARY|LOCATION|DESCRIPTION|ORGANIZER|ATTENDEE|URL|STATUS)[;:]/;
const ICAL_HOSTILE = [
  'x\r\nATTENDEE:mailto:evil@example.com',
  'x\nATTENDEE;RSVP=TRUE:mailto:evil@example.com',
  'x\rORGANIZER:mailto:evil@example.com',
  'Eve"\r\nATTENDEE:mailto:x@y.z',
  'a"; ROLE=CHAIR; x="',
  'END:VEVENT\r\nBEGIN:VEVENT',
  'back\\slash; semi, comma: colon "quote"',
  '\u0000\u0007\u001b[31m\u007f\u0085\u2028\u2029',
];

function buildWith(value: string): string {
  return buildMeetingRequest(
    request({
      summary: `S ${value}`,
      description: value,
      location: value,
      organizer: { name: value, email: 'invites@convene.example.com' },
      attendees: [
        { name: value, email: 'ada@example.com', role: 'REQ-PARTICIPANT' },
        { name: `${value} 2`, email: 'grace@example.com', role: 'OPT-PARTICIPANT' },
      ],
    }),
  );
}

describe('buildMeetingRequest with hostile input', () => {
  it('keeps a CRLF in the summary from adding an ATTENDEE', () => {
    const text = buildMeetingRequest(request({ summary: 'x\r\nATTENDEE:mailto:evil@example.com' }));
    expect(text).not.toMatch(/\r\nATTENDEE:mailto:evil/i);
    const event = eventOf(text);
    expect(event.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual([
      'MAILTO:ada@example.com',
    ]);
    expect(event.getFirstPropertyValue('summary')).toBe('x ATTENDEE:mailto:evil@example.com');
  });

  it('keeps every hostile name, summary, location and description inside its own property', () => {
    for (const value of [...ICAL_HOSTILE, ...HOSTILE_INPUTS]) {
      const text = buildWith(value);
      for (const line of text
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .slice(0, -1)) {
        expect(line, JSON.stringify(value)).toMatch(WRITTEN);
      }
      const event = eventOf(text);
      const count = (name: string) => event.getAllProperties(name).length;
      expect([count('organizer'), count('attendee'), count('summary')]).toEqual([1, 2, 1]);
      expect([count('description'), count('url'), count('status')]).toEqual([1, 1, 1]);
      const addresses = event.getAllProperties('attendee').map((p) => p.getFirstValue());
      expect(addresses).toEqual(['MAILTO:ada@example.com', 'MAILTO:grace@example.com']);
      expect(event.getFirstPropertyValue('organizer')).toBe('mailto:invites@convene.example.com');
      expect(event.getFirstProperty('attendee')!.getParameter('role')).toBe('REQ-PARTICIPANT');
    }
  });

  it('turns a double quote in a CN into an apostrophe and drops backslashes, so the parameter stays whole', () => {
    const text = buildWith('Eve "The Hacker" \\ O\'Neil');
    const event = eventOf(text);
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe("Eve 'The Hacker' O'Neil");
    expect(event.getFirstProperty('attendee')!.getParameter('cn')).toBe("Eve 'The Hacker' O'Neil");
  });

  it('makes names, summary and location one line without control characters', () => {
    const event = eventOf(buildWith('Ada\r\nBcc:\tx\u0000\u2028y'));
    expect(event.getFirstProperty('attendee')!.getParameter('cn')).toBe('Ada Bcc: x y');
    expect(event.getFirstPropertyValue('summary')).toBe('S Ada Bcc: x y');
    expect(event.getFirstPropertyValue('location')).toBe('Ada Bcc: x y');
  });

  it('keeps line breaks and tabs in the description but drops other control characters', () => {
    const description = 'one\r\ntwo\rthree\u2028four\tfive\u0000\u001b\u0085six';
    const event = eventOf(buildMeetingRequest(request({ description, url: null })));
    expect(event.getFirstPropertyValue('description')).toBe('one\ntwo\nthree\nfour\tfivesix');
  });

  it('falls back to the address when the organizer name is only control characters', () => {
    const event = eventOf(buildWith('\r\n\u0000'));
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe(
      'invites@convene.example.com',
    );
  });
});

describe('buildMeetingRequest refuses', () => {
  const refused: Array<[string, Partial<MeetingRequestInput>]> = [
    ['a UID that would need escaping', { uid: 'a;b\r\nATTENDEE:mailto:x@y.z' }],
    ['an empty UID', { uid: '' }],
    ['a negative SEQUENCE', { sequence: -1 }],
    ['a fractional SEQUENCE', { sequence: 1.5 }],
    ['an invalid instant', { stamp: new Date('nope') }],
    ['an end before the start', { endsAt: new Date('2026-03-03T08:00:00Z') }],
    ['an empty summary', { summary: ' \r\n ' }],
    ['a PRODID that is not a formal public identifier', { productId: 'Convene\r\nX:1' }],
    ['an organizer that is no address', { organizer: { name: 'O', email: 'o@x\r\n.y' } }],
    [
      'a plus-address organizer',
      { organizer: { name: 'O', email: 'invites+x@convene.example.com' } },
    ],
    ['no attendee', { attendees: [] }],
    [
      'an attendee that is no address',
      { attendees: [{ name: 'E', email: 'e@example.com,x@y.z', role: 'REQ-PARTICIPANT' }] },
    ],
    [
      'the organizer as attendee',
      { attendees: [{ name: 'O', email: 'INVITES@convene.example.com', role: 'REQ-PARTICIPANT' }] },
    ],
    ['a meeting URL that is not http(s)', { url: 'javascript:alert(1)' }],
    ['a meeting URL that is no URL', { url: 'meet me there' }],
  ];

  it.each(refused)('%s, with a validation error', (_, overrides) => {
    expect(() => buildMeetingRequest(request(overrides))).toThrow(
      expect.objectContaining({ code: 'validation_error' }),
    );
    expect(() => buildMeetingRequest(request(overrides))).toThrow(AppError);
  });
});
