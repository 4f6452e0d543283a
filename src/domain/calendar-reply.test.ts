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
        uid: 'abc@convene.test',
        sequence: 2,
        attendee: 'ada@example.com',
        answer: 'ACCEPTED',
        comment: null,
      },
    });
  });

  it('takes the method from the MIME part when the body has no METHOD line', () => {
    expect(parseCalendarReply(calendar({ method: null }), 'reply').ok).toBe(true);
    expect(parseCalendarReply(calendar({ method: null }))).toEqual({
      ok: false,
      reason: 'METHOD is missing, not REPLY',
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
    ['a REQUEST', calendar({ method: 'REQUEST' }), 'METHOD is REQUEST, not REPLY'],
    ['a CANCEL', calendar({ method: 'CANCEL' }), 'METHOD is CANCEL, not REPLY'],
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
});
