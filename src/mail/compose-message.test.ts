import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../domain/hostile-inputs.fixture.js';
import { buildMeetingRequest } from '../domain/meeting-request.js';
import { composeMessage, type OutgoingMessage } from './compose-message.js';

function calendar(method: 'REQUEST' | 'CANCEL' = 'REQUEST') {
  const content = buildMeetingRequest({
    method,
    uid: 'interview-42@convene.example.com',
    sequence: method === 'CANCEL' ? 2 : 1,
    stamp: new Date('2026-03-01T08:00:00Z'),
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: new Date('2026-03-03T10:00:00Z'),
    summary: '面接のご案内: Backend Engineer',
    description: 'Bring your laptop.',
    url: 'https://meet.example.com/abc',
    organizer: { name: 'Convene', email: 'invites@convene.example.com' },
    attendees: [{ name: 'Ada Lovelace', email: 'ada@example.com', role: 'REQ-PARTICIPANT' }],
  });
  return { method, content };
}

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: '<5b1f0c3e-8d0a-4f7e-9f57-2f1e0a9c6d21@convene.example.com>',
    from: { name: 'Convene Invites', email: 'invites@convene.example.com' },
    to: { name: 'Ada Lovelace', email: 'ada@example.com' },
    subject: 'Interview on Tuesday',
    text: 'Your interview is on Tuesday, 3 March 2026 at 10:00 (Europe/Berlin).',
    html: '<p>Your interview is on <strong>Tuesday</strong>.</p>',
    calendar: calendar(),
    date: new Date('2026-03-01T08:00:00Z'),
    headers: { 'X-Convene-Message': 'outbox-17' },
    ...overrides,
  };
}

interface MimePart {
  type: string;
  params: Record<string, string>;
  headers: Map<string, string>;
  children: MimePart[];
}

/** Walks the raw MIME tree independently of both nodemailer and mailparser. */
function mimeTree(raw: string): MimePart {
  const end = raw.indexOf('\r\n\r\n');
  const lines = raw
    .slice(0, end)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n');
  const headers = new Map(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  const [type = '', ...rest] = (headers.get('content-type') ?? 'text/plain').split(/;\s*/);
  const params = Object.fromEntries(
    rest.map((p) => [
      p.slice(0, p.indexOf('=')).toLowerCase(),
      p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, ''),
    ]),
  );
  const body = raw.slice(end + 4);
  const children = type.startsWith('multipart/')
    ? body
        .split(`--${params.boundary}`)
        .slice(1, -1)
        .map((part) => mimeTree(part.replace(/^\r\n/, '')))
    : [];
  return { type: type.toLowerCase(), params, headers, children };
}

type Shape = string | [string, Shape[]];
function shape(part: MimePart): Shape {
  return part.children.length > 0 ? [part.type, part.children.map(shape)] : part.type;
}

function headerBlock(raw: Buffer): string[] {
  const text = raw.toString('utf8');
  return text.slice(0, text.indexOf('\r\n\r\n')).split('\r\n');
}

describe('composeMessage', () => {
  it('keeps the given Message-ID on every compose of the same message', async () => {
    const first = await simpleParser(await composeMessage(message()));
    const second = await simpleParser(await composeMessage(message()));
    expect(first.messageId).toBe(message().messageId);
    expect(second.messageId).toBe(first.messageId);
  });

  it('builds mixed → alternative (text, html, calendar) plus invite.ics, and nothing else', async () => {
    const tree = mimeTree((await composeMessage(message())).toString('utf8'));
    expect(shape(tree)).toEqual([
      'multipart/mixed',
      [['multipart/alternative', ['text/plain', 'text/html', 'text/calendar']], 'application/ics'],
    ]);
    const [alternative, attachment] = tree.children;
    expect(alternative!.children[2]!.params).toEqual({ charset: 'utf-8', method: 'REQUEST' });
    expect(attachment!.params.name).toBe('invite.ics');
    expect(attachment!.headers.get('content-disposition')).toBe('attachment; filename=invite.ics');
  });

  it('labels a cancel method=CANCEL, the same METHOD as the calendar body', async () => {
    const parsed = await simpleParser(
      await composeMessage(message({ calendar: calendar('CANCEL') })),
    );
    const part = parsed.attachments.find((a) => a.contentType === 'text/calendar')!;
    expect(part.headers.get('content-type')).toMatchObject({ params: { method: 'CANCEL' } });
    const body = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
    expect(body.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(body.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('carries the calendar unchanged in both places, and it reads back with ical.js', async () => {
    const given = message();
    const parsed = await simpleParser(await composeMessage(given));
    expect(parsed.attachments.map((a) => [a.contentType, a.filename])).toEqual([
      ['text/calendar', undefined],
      ['application/ics', 'invite.ics'],
    ]);
    for (const attachment of parsed.attachments) {
      const text = attachment.content.toString('utf8');
      expect(text).toBe(given.calendar!.content);
      const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('uid')).toBe('interview-42@convene.example.com');
      expect(event.getFirstPropertyValue('summary')).toBe('面接のご案内: Backend Engineer');
      expect(event.getFirstPropertyValue('organizer')).toBe('mailto:invites@convene.example.com');
    }
    expect(parsed.text).toBe(given.text);
    expect(parsed.html).toBe(given.html);
  });

  it('addresses one recipient in To, with no Cc or Bcc, and keeps extra headers and the date', async () => {
    const raw = await composeMessage(message());
    const parsed = await simpleParser(raw);
    expect(parsed.from?.value).toEqual([
      { name: 'Convene Invites', address: 'invites@convene.example.com' },
    ]);
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((t) => t?.value ?? [])).toEqual([
      { name: 'Ada Lovelace', address: 'ada@example.com' },
    ]);
    expect([parsed.cc, parsed.bcc]).toEqual([undefined, undefined]);
    expect(parsed.headers.get('x-convene-message')).toBe('outbox-17');
    expect(parsed.date).toEqual(new Date('2026-03-01T08:00:00Z'));
  });

  it('ends every line with CRLF, so SMTP and the stored copy carry the same bytes', async () => {
    const text = (
      await composeMessage(message({ text: 'one\ntwo\r\nthree', html: '<p>a</p>\n<p>b</p>' }))
    ).toString();
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('sends a message without a calendar as text and html alternatives only', async () => {
    const tree = mimeTree(
      (await composeMessage(message({ calendar: undefined }))).toString('utf8'),
    );
    expect(shape(tree)).toEqual(['multipart/alternative', ['text/plain', 'text/html']]);
  });
});

describe('composeMessage headers', () => {
  it('keeps a CRLF in the subject or a name from adding a Bcc', async () => {
    const raw = await composeMessage(
      message({
        subject: 'Hi\r\nBcc: victim@example.com',
        to: { name: 'Eve\r\nBcc: x@y.z', email: 'eve@example.com' },
        from: { name: 'Convene\nCc: a@b.c', email: 'invites@convene.example.com' },
        headers: { 'X-Convene-Message': 'm1\r\nBcc: z@example.com' },
      }),
    );
    expect(headerBlock(raw).filter((line) => /^(bcc|cc)\s*:/i.test(line))).toEqual([]);
    const parsed = await simpleParser(raw);
    expect([parsed.bcc, parsed.cc, parsed.headers.has('bcc')]).toEqual([
      undefined,
      undefined,
      false,
    ]);
    expect(parsed.subject).toBe('Hi Bcc: victim@example.com');
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: 'Eve Bcc: x@y.z', address: 'eve@example.com' }]);
    expect(parsed.from?.value).toEqual([
      { name: 'Convene Cc: a@b.c', address: 'invites@convene.example.com' },
    ]);
    expect(parsed.headers.get('x-convene-message')).toBe('m1 Bcc: z@example.com');
  });

  it('lets no hostile subject, name or header value add a header or a recipient', async () => {
    const expected = ['x-convene-message', 'from', 'to', 'subject', 'message-id', 'date'];
    for (const value of HOSTILE_INPUTS) {
      const parsed = await simpleParser(
        await composeMessage(
          message({
            subject: value,
            to: { name: value, email: 'ada@example.com' },
            from: { name: value, email: 'invites@convene.example.com' },
            headers: { 'X-Convene-Message': value },
          }),
        ),
      );
      const keys = parsed.headerLines.map((h) => h.key);
      expect(keys, JSON.stringify(value)).toEqual([...expected, 'mime-version', 'content-type']);
      expect(parsed.subject ?? '').not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
      expect(to.flatMap((t) => t?.value ?? []).map((a) => a.address)).toEqual(['ada@example.com']);
    }
  });

  it('encodes display names with commas and quotes so they read back whole', async () => {
    const parsed = await simpleParser(
      await composeMessage(
        message({
          from: { name: 'Convene, "Hiring" Team', email: 'invites@convene.example.com' },
          to: { name: 'Lovelace, Ada <ada@evil.example>', email: 'ada@example.com' },
        }),
      ),
    );
    expect(parsed.from?.value).toEqual([
      { name: 'Convene, "Hiring" Team', address: 'invites@convene.example.com' },
    ]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([
      { name: 'Lovelace, Ada <ada@evil.example>', address: 'ada@example.com' },
    ]);
  });

  it('round-trips Japanese and emoji in the subject, the names and the bodies as UTF-8', async () => {
    const given = message({
      subject: '面接のご案内 🎉 バックエンドエンジニア（東京オフィス）の最終面接について',
      to: { name: '山田 太郎', email: 'taro@example.com' },
      text: 'よろしくお願いします 🙏',
      html: '<p>よろしくお願いします 🙏</p>',
    });
    const parsed = await simpleParser(await composeMessage(given));
    expect(parsed.subject).toBe(given.subject);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]?.name).toBe('山田 太郎');
    expect([parsed.text, parsed.html]).toEqual([given.text, given.html]);
    for (const line of headerBlock(await composeMessage(given))) {
      expect(line).toMatch(/^[\x20-\x7e]*$/); // headers stay 7-bit: encoded words
    }
  });

  it('refuses a calendar whose METHOD is not the method asked for', async () => {
    const mismatch = { method: 'CANCEL' as const, content: calendar('REQUEST').content };
    await expect(composeMessage(message({ calendar: mismatch }))).rejects.toMatchObject({
      code: 'validation_error',
    });
  });

  it.each([
    ['a reserved header', { headers: { Bcc: 'x@example.com' } }],
    ['a reserved header in any case', { headers: { 'content-TYPE': 'text/plain' } }],
    ['a header name with a line break', { headers: { 'X-A\r\nBcc': 'x' } }],
    ['a header name with a colon', { headers: { 'X-A: b': 'x' } }],
    ['a malformed Message-ID', { messageId: 'no-brackets@convene.example.com' }],
    ['a Message-ID with a line break', { messageId: '<a\r\n@b>' }],
    ['a recipient list in To', { to: { name: 'A', email: 'a@example.com, b@example.com' } }],
    ['a sender that is no address', { from: { name: 'A', email: 'a@b\r\nBcc: c@d.e' } }],
  ] satisfies Array<[string, Partial<OutgoingMessage>]>)('refuses %s', async (_, overrides) => {
    await expect(composeMessage(message(overrides))).rejects.toMatchObject({
      code: 'validation_error',
    });
  });
});
