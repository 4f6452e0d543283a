import { describe, expect, it } from 'vitest';
import { parseCalendarReply } from './calendar-reply.js';

function calendar(lines: { method?: string | null; attendees?: string[]; extra?: string[] } = {}) {
  const method = lines.method === undefined ? 'REPLY' : lines.method;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Test//EN',
    ...(method ? [`METHOD:${method}`] : []),
    'BEGIN:VEVENT',
    'UID:abc@convene.test',
    'SEQUENCE:2',
    'DTSTAMP:20300101T000000Z',
    ...(lines.attendees ?? ['ATTENDEE;PARTSTAT=ACCEPTED:mailto:Ada@Example.com']),
    ...(lines.extra ?? []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('parseCalendarReply', () => {
  it('reads UID, SEQUENCE, the attendee (lower-cased) and the answer', () => {
    expect(parseCalendarReply(calendar())).toEqual({
      ok: true,
      reply: {
        method: 'REPLY',
        uid: 'abc@convene.test',
        sequence: 2,
        attendee: 'ada@example.com',
        answer: 'ACCEPTED',
        comment: null,
        proposed: null,
      },
    });
  });

  it('takes the method from the MIME part when the body has no METHOD line', () => {
    expect(parseCalendarReply(calendar({ method: null }), 'reply').ok).toBe(true);
    expect(parseCalendarReply(calendar({ method: null }))).toEqual({
      ok: false,
      reason: 'METHOD is missing, not REPLY or COUNTER',
    });
  });

  it('prefers X-RESPONSE-COMMENT, then COMMENT, as one clean line', () => {
    const google = calendar({
      attendees: ['ATTENDEE;PARTSTAT=DECLINED;X-RESPONSE-COMMENT="Busy, sorry":mailto:a@b.example'],
      extra: ['COMMENT:ignored'],
    });
    const parsed = parseCalendarReply(google);
    expect(parsed.ok && parsed.reply.comment).toBe('Busy, sorry');
    const exchange = calendar({
      attendees: ['ATTENDEE;PARTSTAT=DECLINED:MAILTO:A@B.EXAMPLE'],
      extra: ['COMMENT:Line one\\nline two\\, really'],
    });
    const other = parseCalendarReply(exchange);
    expect(other.ok && other.reply).toMatchObject({
      attendee: 'a@b.example',
      answer: 'DECLINED',
      comment: 'Line one line two, really',
    });
  });

  it.each([
    ['a REQUEST', calendar({ method: 'REQUEST' }), 'METHOD is REQUEST, not REPLY or COUNTER'],
    ['a CANCEL', calendar({ method: 'CANCEL' }), 'METHOD is CANCEL, not REPLY or COUNTER'],
    ['no attendee', calendar({ attendees: [] }), '0 ATTENDEEs, expected one'],
    [
      'two attendees',
      calendar({
        attendees: [
          'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example',
          'ATTENDEE;PARTSTAT=ACCEPTED:mailto:c@d.example',
        ],
      }),
      '2 ATTENDEEs, expected one',
    ],
    [
      'no answer',
      calendar({ attendees: ['ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:a@b.example'] }),
      'PARTSTAT NEEDS-ACTION is not an answer',
    ],
    [
      'a DELEGATED',
      calendar({ attendees: ['ATTENDEE;PARTSTAT=DELEGATED:mailto:a@b.example'] }),
      'PARTSTAT DELEGATED is not an answer',
    ],
    [
      'a non-mail address',
      calendar({ attendees: ['ATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:1234'] }),
      'ATTENDEE is not a mailto: address',
    ],
    ['garbage', 'hello, this is not a calendar', 'not a readable iCalendar object'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n', 'not a VCALENDAR'],
    ['too large', calendar({ extra: [`X-PAD:${'x'.repeat(70_000)}`] }), 'calendar is too large'],
    [
      'many answers in one calendar',
      calendar().replace(
        'END:VCALENDAR',
        'BEGIN:VEVENT\r\nUID:other@convene.test\r\nATTENDEE;PARTSTAT=DECLINED:mailto:b@b.example\r\nEND:VEVENT\r\nEND:VCALENDAR',
      ),
      '2 VEVENTs, expected one',
    ],
  ])('refuses %s with a reason', (_name, text, reason) => {
    expect(parseCalendarReply(text)).toEqual({ ok: false, reason });
  });

  it('reads a COUNTER as a "not then" with its proposed time, from a Windows zone or UTC', () => {
    const outlook = parseCalendarReply(
      calendar({
        method: 'COUNTER',
        attendees: ['ATTENDEE;PARTSTAT=TENTATIVE;CN=Ada:MAILTO:ADA@EXAMPLE.COM'],
        extra: [
          'COMMENT:Thursday morning?',
          // Outlook's Windows name: 10:00 in Berlin in January is 09:00Z.
          'DTSTART;TZID=W. Europe Standard Time:20300117T100000',
          'DTEND;TZID=W. Europe Standard Time:20300117T113000',
        ],
      }),
    );
    expect(outlook).toEqual({
      ok: true,
      reply: {
        method: 'COUNTER',
        uid: 'abc@convene.test',
        sequence: 2,
        attendee: 'ada@example.com',
        answer: 'DECLINED',
        comment: 'Thursday morning?',
        proposed: {
          start: Date.parse('2030-01-17T09:00:00Z'),
          end: Date.parse('2030-01-17T10:30:00Z'),
        },
      },
    });
    const google = parseCalendarReply(
      calendar({
        method: null,
        attendees: ['ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:ada@example.com'],
        extra: ['DTSTART:20300116T140000Z', 'DTEND:20300116T153000Z'],
      }),
      'counter',
    );
    expect(google.ok && google.reply.proposed).toEqual({
      start: Date.parse('2030-01-16T14:00:00Z'),
      end: Date.parse('2030-01-16T15:30:00Z'),
    });
  });

  it('refuses a COUNTER whose proposed time cannot be placed or has no length', () => {
    const counter = (...extra: string[]) =>
      parseCalendarReply(calendar({ method: 'COUNTER', extra }));
    const refused = { ok: false, reason: 'COUNTER without a proposed DTSTART and DTEND' };
    expect(counter()).toEqual(refused);
    expect(counter('DTSTART:20300116T140000Z')).toEqual(refused);
    expect(counter('DTSTART:20300116T140000', 'DTEND:20300116T150000')).toEqual(refused);
    expect(counter('DTSTART;VALUE=DATE:20300116', 'DTEND;VALUE=DATE:20300117')).toEqual(refused);
    expect(counter('DTSTART:20300116T150000Z', 'DTEND:20300116T140000Z')).toEqual(refused);
    // Other methods are still not answers.
    expect(parseCalendarReply(calendar({ method: 'REFRESH' }))).toEqual({
      ok: false,
      reason: 'METHOD is REFRESH, not REPLY or COUNTER',
    });
  });
});
