import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { calendarOf, latestInvites } from '../helpers/calendar.js';
import { reply } from '../helpers/calendar-replies.js';
import { engine } from '../helpers/database.js';
import { sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { type ReplyListener, startReplyListener } from '../helpers/reply-listener.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

interface Participant {
  id: string;
  name: string;
  email: string;
  attendance: string;
}

interface Proposal {
  id: string;
  participantId: string;
  startsAt: string;
  endsAt: string;
  via: string;
  comment: string | null;
  state: string;
}

// "Not then" (DESIGN §6, CALENDAR.md "COUNTER"): Outlook's and Google's Propose new time reach
// the organizer mailbox; the coordinator accepts one (a reschedule) or declines it.
describe(`Proposed times from calendars (${engine})`, () => {
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

  /** An interview (Tuesday 15 January 2030, 15:00Z, 90 minutes) with invites delivered. */
  async function invitedInterview() {
    const { interview } = await setUpInterview(t, as);
    const sent = await sendSeededInvites(t, as, interview.id);
    await settle();
    const invites = latestInvites(sink.received);
    const [candidate, nora, bernd] = sent.participants as [Participant, Participant, Participant];
    const uid = (p: Participant) => invites.get(p.email.toLowerCase())?.uid as string;
    return { id: interview.id as string, candidate, nora, bernd, uid };
  }

  async function settle() {
    await t.worker?.drain();
    await sink.waitFor(sink.received.length);
  }

  const get = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
  const proposals = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/proposals`, as })).data
      .items as Proposal[];
  const events = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as })).data
      .items as Array<{ type: string; data: Record<string, unknown> }>;
  const sentTo = (email: string, since: number) =>
    sink.received.slice(since).filter((m) => m.envelopeTo.includes(email));

  it('records Outlook’s and Google’s Propose new time as a decline with that time: Needs attention', async () => {
    const { id, nora, bernd, uid } = await invitedInterview();
    const outlook = reply('exchange-counter', { uid: uid(nora), attendee: nora.email });
    await listener.deliver(outlook, nora.email);
    await listener.deliver(
      reply('google-counter', { uid: uid(bernd), attendee: bernd.email }),
      bernd.email,
    );
    // Calendars send the same thing twice: nothing more is recorded.
    await listener.deliver(outlook, nora.email);

    const interview = await get(id);
    expect(interview.status).toBe('needs_attention');
    const byId = (pid: string) => interview.participants.find((p: Participant) => p.id === pid);
    expect(byId(nora.id)).toMatchObject({
      attendance: 'declined',
      declineReason: 'Could we do Thursday morning instead?',
    });
    expect(byId(bernd.id)).toMatchObject({ attendance: 'declined' });
    const list = await proposals(id);
    expect(list).toHaveLength(2);
    expect(list.find((p) => p.participantId === nora.id)).toMatchObject({
      // 10:00–11:30 in "W. Europe Standard Time" (Berlin, January).
      startsAt: '2030-01-17T09:00:00.000Z',
      endsAt: '2030-01-17T10:30:00.000Z',
      via: 'calendar',
      comment: 'Could we do Thursday morning instead?',
      state: 'open',
    });
    expect(list.find((p) => p.participantId === bernd.id)).toMatchObject({
      startsAt: '2030-01-16T14:00:00.000Z',
      endsAt: '2030-01-16T15:30:00.000Z',
      comment: 'Wednesday afternoon works better for me.',
      state: 'open',
    });
    const proposed = (await events(id)).filter((e) => e.type === 'participant.proposed_times');
    expect(proposed).toHaveLength(2);

    // A newer proposal from Nora replaces her open one.
    await listener.deliver(
      reply('exchange-counter', { uid: uid(nora), attendee: nora.email }, (text) =>
        text.replaceAll('20300117T1', '20300118T1'),
      ),
      nora.email,
    );
    const after = (await proposals(id)).filter((p) => p.participantId === nora.id);
    expect(after.map((p) => [p.startsAt, p.state])).toEqual([
      ['2030-01-18T09:00:00.000Z', 'open'],
      ['2030-01-17T09:00:00.000Z', 'replaced'],
    ]);
  });

  it('accepting a proposal reschedules to it: everyone gets an update of their own event, SEQUENCE + 1', async () => {
    const { id, candidate, nora, bernd, uid } = await invitedInterview();
    await listener.deliver(
      reply('google-counter', { uid: uid(bernd), attendee: bernd.email }),
      bernd.email,
    );
    await listener.deliver(
      reply('exchange-counter', { uid: uid(nora), attendee: nora.email }),
      nora.email,
    );
    const bernds = (await proposals(id)).find((p) => p.participantId === bernd.id) as Proposal;
    await settle();
    const before = sink.received.length;
    const { version } = await get(id);
    const stale = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/${bernds.id}/accept`,
      as,
      payload: { version: version + 1 },
    });
    expect(stale.statusCode).toBe(409);

    const accepted = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/${bernds.id}/accept`,
      as,
      payload: { version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.data).toMatchObject({
      startsAt: '2030-01-16T14:00:00.000Z',
      durationMinutes: 90,
      status: 'awaiting_confirmation',
    });
    expect(accepted.data.participants.map((p: Participant) => p.attendance)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    await settle();
    for (const person of [candidate, nora, bernd]) {
      const mails = sentTo(person.email, before);
      expect(mails).toHaveLength(1);
      const calendar = calendarOf(mails[0] as (typeof mails)[number]);
      expect(calendar).toMatchObject({
        method: 'REQUEST',
        uid: uid(person),
        sequence: 1,
        start: '2030-01-16T14:00:00.000Z',
      });
    }
    const states = (await proposals(id)).map((p) => [p.participantId, p.state]);
    expect(states).toEqual(
      expect.arrayContaining([
        [bernd.id, 'accepted'],
        [nora.id, 'withdrawn'],
      ]),
    );
    const again = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/${bernds.id}/accept`,
      as,
      payload: { version: accepted.data.version },
    });
    expect(again.statusCode).toBe(409);
    const rescheduled = (await events(id)).find((e) => e.type === 'interview.rescheduled');
    expect(rescheduled?.data.proposalId).toBe(bernds.id);
  });

  it('declining a proposal sends only its author a DECLINECOUNTER of their own event; the interview stays', async () => {
    const { id, nora, uid } = await invitedInterview();
    await listener.deliver(
      reply('exchange-counter', { uid: uid(nora), attendee: nora.email }),
      nora.email,
    );
    const [proposal] = await proposals(id);
    await settle(); // the organizer's Needs attention notice
    const before = sink.received.length;
    const declined = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/${proposal?.id}/decline`,
      as,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.data).toMatchObject({ state: 'declined' });
    await settle();
    const mails = sink.received.slice(before);
    expect(mails.map((m) => m.envelopeTo)).toEqual([[nora.email]]);
    const mail = mails[0] as (typeof mails)[number];
    expect(mail.parsed.subject).toBe('Proposed time not possible: Technical interview');
    expect(mail.parsed.text).toContain('Interview Link');
    expect(calendarOf(mail)).toMatchObject({
      method: 'DECLINECOUNTER',
      uid: uid(nora),
      sequence: 0,
      start: '2030-01-15T15:00:00.000Z',
    });
    const interview = await get(id);
    expect(interview.startsAt).toBe('2030-01-15T15:00:00.000Z');
    expect(interview.status).toBe('needs_attention');
    const twice = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/${proposal?.id}/decline`,
      as,
    });
    expect(twice.statusCode).toBe(409);
    const unknown = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/proposals/00000000-0000-4000-8000-000000000000/decline`,
      as,
    });
    expect(unknown.statusCode).toBe(404);
    expect((await events(id)).some((e) => e.type === 'proposal.declined')).toBe(true);
  });

  it('ignores a proposed time already past, saying why on the timeline; cancelling withdraws open proposals', async () => {
    const { id, nora, bernd, uid } = await invitedInterview();
    await listener.deliver(
      reply('exchange-counter', { uid: uid(nora), attendee: nora.email }, (text) =>
        text.replaceAll('20300117T1', '20200117T1'),
      ),
      nora.email,
    );
    const ignored = (await events(id)).find((e) => e.type === 'reply.ignored');
    expect(String(ignored?.data.reason)).toContain(
      'proposed time refused: times.0: is in the past',
    );
    expect(await proposals(id)).toEqual([]);
    expect((await get(id)).status).toBe('awaiting_confirmation');

    await listener.deliver(
      reply('google-counter', { uid: uid(bernd), attendee: bernd.email }),
      bernd.email,
    );
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id}/cancel`,
      as,
      payload: {},
    });
    expect(cancelled.statusCode).toBe(200);
    expect((await proposals(id)).map((p) => p.state)).toEqual(['withdrawn']);
  });
});
