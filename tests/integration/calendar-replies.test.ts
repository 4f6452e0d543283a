import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { latestInvites } from '../helpers/calendar.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { type ReplyListener, startReplyListener } from '../helpers/reply-listener.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

interface Participant {
  id: string;
  name: string;
  role: string;
  email: string;
  attendance: string;
}

describe(`Calendar replies through the inbound SMTP listener (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let listener: ReplyListener;
  let as: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com' },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
    listener = await startReplyListener(t);
  });
  afterAll(async () => {
    await listener.stop();
    await t.close();
    await sink.close();
  });
  const deliver = (raw: string, from: string) => listener.deliver(raw, from);

  /** The interview, and the UID of each participant's own event as their invite carries it. */
  async function invitedInterview() {
    const { interview } = await setUpInterview(t, as);
    const sent = await sendSeededInvites(t, as, interview.id);
    await t.worker?.drain();
    await sink.waitFor(sink.received.length);
    const invites = latestInvites(sink.received);
    const uid = (p: Participant) => invites.get(p.email.toLowerCase())?.uid as string;
    const [candidate, nora, bernd] = sent.participants as [Participant, Participant, Participant];
    return { id: interview.id as string, uids: [uid(candidate), uid(nora), uid(bernd)] as const };
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
    const { id, uids } = await invitedInterview();
    const [candidateUid, noraUid, berndUid] = uids;
    const { candidate, nora, bernd } = await state(id);
    await deliver(
      reply('google-accepted', { uid: candidateUid, attendee: candidate.email }),
      candidate.email,
    );
    expect((await state(id)).candidate.attendance).toBe('confirmed');
    // Exchange: no ORGANIZER, Windows zone names, MAILTO: and the address in capitals.
    await deliver(reply('exchange-accepted', { uid: noraUid, attendee: nora.email }), nora.email);
    expect((await state(id)).nora.attendance).toBe('confirmed');
    await deliver(reply('apple-accepted', { uid: berndUid, attendee: bernd.email }), bernd.email);
    const after = await state(id);
    expect(after.bernd.attendance).toBe('confirmed');
    expect(after.status).toBe('scheduled');
    const confirmations = after.events.filter((e) => e.type === 'participant.confirmed');
    expect(confirmations).toHaveLength(3);
    for (const event of confirmations) {
      expect(event.data.via).toBe('calendar');
      // What the listener found of the sender goes with the answer (no DNS here: nothing).
      expect(event.data.sender).toMatchObject({ by: 'convene', dkim: 'none', dmarc: 'none' });
    }
    // The same Accept again (clients do resend) changes nothing.
    await deliver(
      reply('google-accepted', { uid: candidateUid, attendee: candidate.email }),
      candidate.email,
    );
    expect((await state(id)).events.filter((e) => e.type === 'participant.confirmed')).toHaveLength(
      3,
    );
  });

  it('Decline with a comment (Google X-RESPONSE-COMMENT, Exchange COMMENT) records the reason; Tentative is noted, not counted', async () => {
    const { id, uids } = await invitedInterview();
    const [candidateUid, noraUid, berndUid] = uids;
    const { candidate, nora, bernd } = await state(id);
    await deliver(
      reply('google-declined-with-comment', { uid: candidateUid, attendee: candidate.email }),
      candidate.email,
    );
    await deliver(
      reply('exchange-declined-with-comment', { uid: noraUid, attendee: nora.email }),
      nora.email,
    );
    await deliver(
      reply('thunderbird-tentative', { uid: berndUid, attendee: bernd.email }),
      bernd.email,
    );
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

  it('ignores stale, unknown, foreign and non-reply calendars, never trusts From, and says why on the timeline', async () => {
    const { id, uids } = await invitedInterview();
    const [candidateUid, noraUid] = uids;
    const { candidate, nora, interview } = await state(id);
    // A new time raises every participant's SEQUENCE to 1: an Accept of SEQUENCE 0 answers the
    // time that was replaced.
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id}`,
      as,
      payload: {
        version: interview.version,
        startsAt: new Date(Date.parse(interview.startsAt) + 86_400_000).toISOString(),
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const before = await state(id);

    await deliver(
      reply('google-accepted', { uid: candidateUid, attendee: candidate.email, sequence: 0 }),
      candidate.email,
    );
    await deliver(
      reply('google-accepted', { uid: `${randomUUID()}@convene.test`, attendee: candidate.email }),
      candidate.email,
    );
    // A stranger answering with the candidate's invite.
    await deliver(
      reply('exchange-accepted', {
        uid: candidateUid,
        attendee: 'stranger@example.org',
        sequence: 1,
      }),
      'stranger@example.org',
    );
    // From says the candidate, the ATTENDEE is someone else: the ATTENDEE decides, and it is no one.
    await deliver(
      reply('google-accepted', {
        uid: candidateUid,
        attendee: 'someone.else@example.org',
        sequence: 1,
      }),
      candidate.email,
    );
    // A REQUEST (someone forwarding the invite) is not an answer.
    await deliver(
      reply('google-accepted', { uid: noraUid, attendee: nora.email, sequence: 1 }, (text) =>
        text
          .replaceAll('METHOD:REPLY', 'METHOD:REQUEST')
          .replaceAll('method=REPLY', 'method=REQUEST'),
      ),
      nora.email,
    );
    const after = await state(id);
    expect(after.status).toBe(before.status);
    expect(after.interview.participants).toEqual(before.interview.participants);
    const answers = (events: typeof after.events) =>
      events.filter((e) => e.type !== 'reply.ignored');
    expect(answers(after.events)).toEqual(answers(before.events));
    // The replies that named this interview's invites are on its timeline, with their reasons.
    expect(
      after.events.filter((e) => e.type === 'reply.ignored').map((e) => e.data.reason),
    ).toEqual([
      'answers SEQUENCE 0, but SEQUENCE 1 was sent since (the invite changed)',
      `names stranger@example.org, but this invite was sent to ${candidate.name}`,
      `names someone.else@example.org, but this invite was sent to ${candidate.name}`,
    ]);

    // The current SEQUENCE is accepted.
    await deliver(
      reply('google-accepted', { uid: candidateUid, attendee: candidate.email, sequence: 1 }),
      candidate.email,
    );
    expect((await state(id)).candidate.attendance).toBe('confirmed');
  });

  it('refuses an oversized message at the SMTP level', async () => {
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port });
    const huge = `Subject: big\r\n\r\n${'x'.repeat(1100 * 1024)}\r\n`;
    await expect(
      client.sendMail({ envelope: { from: 'a@example.org', to: ['b@example.org'] }, raw: huge }),
    ).rejects.toMatchObject({ responseCode: 552 });
    client.close();
  });
});
