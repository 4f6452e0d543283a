import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReplyMail } from '../../src/invites/ingest-reply-mail.js';
import { type InboundSmtp, startInboundSmtp } from '../../src/mail/inbound-smtp.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

interface Participant {
  id: string;
  role: string;
  email: string;
  attendance: string;
}

describe(`Calendar replies through the inbound SMTP listener (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let inbound: InboundSmtp;
  let as: Credentials;
  let handled = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com' },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
    // Wired as server.ts wires it when INBOUND_SMTP_PORT is set.
    inbound = await startInboundSmtp({
      port: 0,
      host: '127.0.0.1',
      log: pino({ level: 'silent' }),
      onMessage: async (raw) => {
        await ingestReplyMail({
          db: t.database.db,
          raw,
          settings: t.app.mailSettings,
          log: pino({ level: 'silent' }),
        });
        handled += 1;
      },
    });
  });
  afterAll(async () => {
    await inbound.close();
    await t.close();
    await sink.close();
  });

  /** Mails `raw` to the listener as a calendar client would, and waits until it was handled. */
  async function deliver(raw: string, from: string) {
    const before = handled;
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: inbound.port });
    await client.sendMail({ envelope: { from, to: ['interviews@example.com'] }, raw });
    client.close();
    await expect.poll(() => handled).toBeGreaterThan(before);
  }

  async function invitedInterview() {
    const { interview } = await setUpInterview(t, as);
    await sendSeededInvites(t, as, interview.id);
    return { id: interview.id as string, uid: `${interview.id}@convene.test` };
  }

  async function state(id: string) {
    const interview = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
    const events = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as }))
      .data.items as Array<{ type: string; data: Record<string, unknown> }>;
    const participants = interview.participants as Participant[];
    const [candidate, nora, bernd] = participants as [Participant, Participant, Participant];
    return { status: interview.status as string, candidate, nora, bernd, events, interview };
  }

  it('Accept from Google, Outlook/Exchange and Apple confirms each attendee: Interview Scheduled', async () => {
    const { id, uid } = await invitedInterview();
    const { candidate, nora, bernd } = await state(id);
    await deliver(reply('google-accepted', { uid, attendee: candidate.email }), candidate.email);
    expect((await state(id)).candidate.attendance).toBe('confirmed');
    // Exchange: no ORGANIZER, Windows zone names, MAILTO: and the address in capitals.
    await deliver(reply('exchange-accepted', { uid, attendee: nora.email }), nora.email);
    expect((await state(id)).nora.attendance).toBe('confirmed');
    await deliver(reply('apple-accepted', { uid, attendee: bernd.email }), bernd.email);
    const after = await state(id);
    expect(after.bernd.attendance).toBe('confirmed');
    expect(after.status).toBe('scheduled');
    const confirmations = after.events.filter((e) => e.type === 'participant.confirmed');
    expect(confirmations).toHaveLength(3);
    for (const event of confirmations) expect(event.data.via).toBe('calendar');
    // The same Accept again (clients do resend) changes nothing.
    await deliver(reply('google-accepted', { uid, attendee: candidate.email }), candidate.email);
    expect((await state(id)).events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(
      3,
    );
  });

  it('Decline with a comment (Google X-RESPONSE-COMMENT, Exchange COMMENT) records the reason; Tentative is noted, not counted', async () => {
    const { id, uid } = await invitedInterview();
    const { candidate, nora, bernd } = await state(id);
    await deliver(
      reply('google-declined-with-comment', { uid, attendee: candidate.email }),
      candidate.email,
    );
    await deliver(
      reply('exchange-declined-with-comment', { uid, attendee: nora.email }),
      nora.email,
    );
    await deliver(reply('thunderbird-tentative', { uid, attendee: bernd.email }), bernd.email);
    const after = await state(id);
    expect(after.status).toBe('needs_attention');
    expect(after.candidate.attendance).toBe('declined');
    expect(after.nora.attendance).toBe('declined');
    expect(after.bernd.attendance).toBe('pending');
    const reasons = after.events
      .filter((e) => e.type === 'participant.declined')
      .map((e) => e.data.reason);
    expect(reasons.sort()).toEqual([
      'I have a conflict, could we do Thursday?',
      'Sorry, I am travelling that week.',
    ]);
    const tentative = after.events.filter((e) => e.type === 'participant.tentative');
    expect(tentative).toHaveLength(1);
    expect(tentative[0]?.data.comment).toBe('I might be a little late.');
  });

  it('ignores stale, unknown, foreign and non-reply calendars, and never trusts From', async () => {
    const { id, uid } = await invitedInterview();
    const { candidate, nora } = await state(id);
    // A resend raises SEQUENCE to 1: an Accept of SEQUENCE 0 answers an older version.
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/invites/resend`,
      as,
      payload: {},
    });
    expect(resent.statusCode, resent.body).toBe(200);
    const before = await state(id);

    await deliver(
      reply('google-accepted', { uid, attendee: candidate.email, sequence: 0 }),
      candidate.email,
    );
    await deliver(
      reply('google-accepted', { uid: `${randomUUID()}@convene.test`, attendee: candidate.email }),
      candidate.email,
    );
    // A stranger (and the organizer itself) answering for this event.
    await deliver(
      reply('exchange-accepted', { uid, attendee: 'stranger@example.org', sequence: 1 }),
      'stranger@example.org',
    );
    // From says the candidate, the ATTENDEE is someone else: the ATTENDEE decides, and it is no one.
    await deliver(
      reply('google-accepted', { uid, attendee: 'someone.else@example.org', sequence: 1 }),
      candidate.email,
    );
    // A REQUEST (someone forwarding the invite) is not an answer.
    await deliver(
      reply('google-accepted', { uid, attendee: nora.email, sequence: 1 }, (text) =>
        text
          .replaceAll('METHOD:REPLY', 'METHOD:REQUEST')
          .replaceAll('method=REPLY', 'method=REQUEST'),
      ),
      nora.email,
    );
    const after = await state(id);
    expect(after.status).toBe(before.status);
    expect(after.interview.participants).toEqual(before.interview.participants);
    expect(after.events).toHaveLength(before.events.length);

    // The current SEQUENCE is accepted.
    await deliver(
      reply('google-accepted', { uid, attendee: candidate.email, sequence: 1 }),
      candidate.email,
    );
    expect((await state(id)).candidate.attendance).toBe('confirmed');
  });

  it('refuses an oversized message at the SMTP level', async () => {
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: inbound.port });
    const huge = `Subject: big\r\n\r\n${'x'.repeat(1100 * 1024)}\r\n`;
    await expect(
      client.sendMail({ envelope: { from: 'a@example.org', to: ['b@example.org'] }, raw: huge }),
    ).rejects.toMatchObject({ responseCode: 552 });
    client.close();
  });
});
