import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { linkIn, seededTemplates, setUpInterview } from '../helpers/interviews.js';
import { settleOutbox } from '../helpers/outbox.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

const MAIL_FROM = 'interviews@example.com';

interface ApiMessage {
  id: string;
  participantId: string | null;
  kind: string;
  to: string;
  state: string;
  attempts: number;
  lastError: string | null;
}

// The seeded candidate invite does not name the interview; this wording does.
const CANDIDATE_BODY =
  '<p>Hello {{ recipient.first_name }}, please confirm <strong>{{ interview.title }}</strong> on {{ interview.date }}, {{ interview.time }}: <a href="{{ interview.link }}">Interview Link</a></p>';

async function sendInvites(
  t: TestApp,
  as: Credentials,
  interviewId: string,
  candidateBody?: string,
) {
  const templates = await seededTemplates(t, as);
  const sent = await t.call({
    method: 'POST',
    url: `/api/v1/interviews/${interviewId}/invites`,
    as,
    payload: {
      candidate: { templateId: templates.candidate, body: candidateBody },
      interviewer: { templateId: templates.interviewer },
    },
  });
  if (sent.statusCode !== 200) throw new Error(`invites not sent: ${sent.body}`);
  return sent.data;
}

async function messagesOf(t: TestApp, as: Credentials, interviewId: string) {
  const list = await t.call({
    method: 'GET',
    url: `/api/v1/interviews/${interviewId}/messages`,
    as,
  });
  return list.data.items as ApiMessage[];
}

async function eventsOf(t: TestApp, as: Credentials, interviewId: string) {
  const list = await t.call({ method: 'GET', url: `/api/v1/interviews/${interviewId}/events`, as });
  return list.data.items as Array<{ type: string; data: Record<string, unknown> }>;
}

function storedMessages(t: TestApp, interviewId: string) {
  return t.database.db
    .selectFrom('messages')
    .select(['id', 'message_id', 'raw', 'state', 'attempts', 'to_email'])
    .where('interview_id', '=', interviewId)
    .orderBy('id')
    .execute();
}

function countAtSink(sink: SmtpSink, messageId: string): number {
  return sink.received.filter((m) => m.parsed.messageId === messageId).length;
}

describe(`The development mailbox, with no SMTP server (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let setup: Awaited<ReturnType<typeof setUpInterview>>;
  const id = () => setup.interview.id as string;

  beforeAll(async () => {
    t = await startTestApp({ MAIL_FROM }, { worker: true });
    as = (await t.signedIn('coordinator')).as;
    setup = await setUpInterview(t, as);
    await sendInvites(t, as, id(), CANDIDATE_BODY);
    await t.worker?.drain();
  });
  afterAll(() => t.close());

  it('lists the three delivered meeting requests, newest first', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    expect(list.statusCode).toBe(200);
    const items = list.data.items as Array<Record<string, string | number | null>>;
    expect(items).toHaveLength(3);
    expect(list.data.nextCursor).toBeNull();
    const newestFirst = [...items].sort(
      (a, b) =>
        String(b.sentAt).localeCompare(String(a.sentAt)) ||
        String(b.id).localeCompare(String(a.id)),
    );
    expect(items.map((m) => m.id)).toEqual(newestFirst.map((m) => m.id));
    const [nora, bernd] = setup.interviewers;
    const byRecipient = Object.fromEntries(items.map((m) => [m.to, m]));
    expect(Object.keys(byRecipient).sort()).toEqual(
      [setup.candidate.email, nora.email, bernd.email].sort(),
    );
    expect(byRecipient[setup.candidate.email]).toMatchObject({
      interviewId: id(),
      kind: 'invite',
      toName: 'Kenji Sato',
      subject: 'Interview invitation: Technical interview on Wednesday, 16 January 2030',
      calendarMethod: 'REQUEST',
      sequence: 0,
    });
    for (const interviewer of [nora, bernd]) {
      expect(byRecipient[interviewer.email]).toMatchObject({
        kind: 'invite',
        toName: interviewer.name,
        subject: 'Interview: Kenji Sato, Technical interview on Tuesday, 15 January 2030',
        calendarMethod: 'REQUEST',
      });
    }
  });

  it('shows one message with its HTML, text and calendar summary', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    const item = list.data.items.find((m: { to: string }) => m.to === setup.candidate.email);
    const message = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}`, as });
    expect(message.statusCode).toBe(200);
    expect(message.data).toMatchObject({
      id: item.id,
      to: setup.candidate.email,
      subject: 'Interview invitation: Technical interview on Wednesday, 16 January 2030',
    });
    expect(message.data.messageId).toMatch(/^<[^@>]+@convene\.test>$/);
    expect(message.data.html).toContain('<strong>Technical interview</strong>');
    const { token } = linkIn(message.data.html);
    expect(message.data.html).toContain(`https://convene.test/i/${token}`);
    expect(linkIn(message.data.text).token).toBe(token);
    expect(message.data.text).toContain('Wednesday, 16 January 2030, 00:00 (Asia/Tokyo)');
    // The candidate's own event (a UID of their own, in nobody else's invite).
    expect(message.data.calendar.uid).toMatch(/^[0-9a-f]{40}@convene\.test$/);
    expect(message.data.calendar).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      summary: 'Technical interview',
      startsAt: '2030-01-15T15:00:00.000Z',
      endsAt: '2030-01-15T16:30:00.000Z',
      location: 'Room 4; Building B, 2nd floor',
      organizer: `mailto:${MAIL_FROM}`,
      status: 'CONFIRMED',
    });
    expect(message.data.calendar.attendees.map((a: string) => a.toLowerCase())).toEqual([
      `mailto:${setup.candidate.email}`,
    ]);
    // The body and its personal link are shown through html/text, never as the raw source.
    expect(message.data.raw).toBeUndefined();
  });

  it('downloads a message as an .eml file that parses with the same Message-ID', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    const item = list.data.items[0];
    const message = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}`, as });
    const eml = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}/eml`, as });
    expect(eml.statusCode).toBe(200);
    expect(eml.headers['content-type']).toBe('message/rfc822');
    expect(eml.headers['content-disposition']).toBe(
      `attachment; filename="convene-${item.id}.eml"`,
    );
    const parsed = await simpleParser(eml.body);
    expect(parsed.messageId).toBe(message.data.messageId);
    expect(parsed.subject).toBe(item.subject);
    expect(parsed.attachments.map((a) => a.filename)).toContain('invite.ics');
  });

  it('keeps the raw message in the database, since showing it is the dev mailbox’s purpose', async () => {
    const rows = await storedMessages(t, id());
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.state).toBe('sent');
      expect(row.raw).toContain(`Message-ID: ${row.message_id}`);
    }
  });

  it('opens the recipient page through the link in a dev-mailbox message', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    for (const item of list.data.items) {
      const message = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}`, as });
      const { url, token } = linkIn(message.data.text);
      expect(url).toBe(`https://convene.test/i/${token}`);
      const page = await t.call({ method: 'GET', url: `/i/${token}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Technical interview');
    }
  });

  it('puts a later message (a resend) at the top of the list', async () => {
    const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as });
    const candidate = interview.data.participants.find(
      (p: { role: string }) => p.role === 'candidate',
    );
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites/resend`,
      as,
      payload: { participantIds: [candidate.id] },
    });
    expect(resent.statusCode).toBe(200);
    await t.worker?.drain();
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    expect(list.data.items).toHaveLength(4);
    // The same event again, nothing changed: the same SEQUENCE.
    expect(list.data.items[0]).toMatchObject({
      to: setup.candidate.email,
      calendarMethod: 'REQUEST',
      sequence: 0,
    });
  });

  it('answers 401 to an anonymous caller and 403 to an interviewer', async () => {
    const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as });
    const messageId = list.data.items[0].id as string;
    const interviewer = (await t.signedIn('interviewer')).as;
    for (const url of [
      '/api/v1/dev-mailbox',
      `/api/v1/dev-mailbox/${messageId}`,
      `/api/v1/dev-mailbox/${messageId}/eml`,
    ]) {
      const anonymous = await t.call({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.data.error.code).toBe('unauthorized');
      const forbidden = await t.call({ method: 'GET', url, as: interviewer });
      expect(forbidden.statusCode, url).toBe(403);
      expect(forbidden.data.error.code).toBe('forbidden');
    }
  });

  it('answers 404 for a message id that is not in the mailbox', async () => {
    const missing = await t.call({
      method: 'GET',
      url: '/api/v1/dev-mailbox/00000000-0000-4000-8000-000000000000',
      as,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.data.error.code).toBe('not_found');
  });
});

describe(`Delivery over real SMTP, with retries (${engine})`, () => {
  let sink: SmtpSink;
  let t: TestApp;
  let as: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_FROM }, { worker: true, retryBaseMs: 1 });
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('turns the development mailbox off (404) when SMTP_URL is set', async () => {
    const admin = (await t.signedIn('admin')).as;
    for (const url of [
      '/api/v1/dev-mailbox',
      '/api/v1/dev-mailbox/00000000-0000-4000-8000-000000000000',
      '/api/v1/dev-mailbox/00000000-0000-4000-8000-000000000000/eml',
    ]) {
      const response = await t.call({ method: 'GET', url, as: admin });
      expect(response.statusCode, url).toBe(404);
      expect(response.data.error.code).toBe('not_found');
    }
  });

  it('retries messages the server refused for now and delivers each exactly once', async () => {
    const { interview } = await setUpInterview(t, as);
    sink.failNext(2, 451);
    await sendInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);

    const messages = await messagesOf(t, as, interview.id);
    expect(messages.map((m) => m.state)).toEqual(['sent', 'sent', 'sent']);
    // All three go out in one pass; the first two the server sees are refused once each.
    expect(messages.map((m) => m.attempts).sort()).toEqual([1, 2, 2]);
    expect(messages.map((m) => m.lastError)).toEqual([null, null, null]);
    const rows = await storedMessages(t, interview.id);
    for (const row of rows) expect(countAtSink(sink, row.message_id)).toBe(1);

    const events = await eventsOf(t, as, interview.id);
    expect(events.filter((e) => e.type === 'message.sent')).toHaveLength(3);
    expect(events.filter((e) => e.type === 'message.failed')).toHaveLength(0);
  });

  it('counts every attempt of a message refused twice before it went through', async () => {
    const { interview } = await setUpInterview(t, as);
    await sendInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    expect((await messagesOf(t, as, interview.id)).map((m) => m.attempts)).toEqual([1, 1, 1]);
    const details = await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as });
    const candidateId = details.data.participants.find(
      (p: { role: string }) => p.role === 'candidate',
    ).id;

    sink.failNext(2, 451);
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.id}/invites/resend`,
      as,
      payload: { participantIds: [candidateId] },
    });
    expect(resent.statusCode).toBe(200);
    await settleOutbox(t, interview.id);
    const messages = await messagesOf(t, as, interview.id);
    expect(messages).toHaveLength(4);
    const update = messages[3] as ApiMessage;
    expect(update).toMatchObject({
      participantId: candidateId,
      kind: 'invite',
      state: 'sent',
      attempts: 3,
      lastError: null,
    });
    const row = (await storedMessages(t, interview.id)).find((r) => r.id === update.id);
    expect(countAtSink(sink, row?.message_id ?? '')).toBe(1);
  });

  it('fails a message the server refuses permanently (550) after one attempt, and says so', async () => {
    const { interview } = await setUpInterview(t, as);
    sink.failNext(1, 550);
    const received = sink.received.length;
    await sendInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);

    const messages = await messagesOf(t, as, interview.id);
    const failed = messages.filter((m) => m.state === 'failed');
    expect(failed).toHaveLength(1);
    expect(messages.filter((m) => m.state === 'sent')).toHaveLength(2);
    const refused = failed[0] as ApiMessage;
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toContain('550');
    expect(refused.lastError).toContain('Sink told to refuse this message');
    expect(sink.received.length - received).toBe(2);
    expect(sink.received.some((m) => m.envelopeTo.includes(refused.to))).toBe(false);

    const events = await eventsOf(t, as, interview.id);
    const failures = events.filter((e) => e.type === 'message.failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.data).toMatchObject({
      messageId: refused.id,
      to: refused.to,
      kind: 'invite',
      attempts: 1,
    });
    expect(String(failures[0]?.data.error)).toContain('550');

    const details = await t.call({ method: 'GET', url: `/api/v1/interviews/${interview.id}`, as });
    const participant = details.data.participants.find(
      (p: { email: string }) => p.email === refused.to,
    );
    expect(participant.delivery).toMatchObject({
      messageId: refused.id,
      kind: 'invite',
      state: 'failed',
      attempts: 1,
      sentAt: null,
    });
    for (const other of details.data.participants.filter(
      (p: { email: string }) => p.email !== refused.to,
    )) {
      expect(other.delivery.state).toBe('sent');
    }
  });

  it('takes over a message claimed by a worker that died, but not one whose lease is still running', async () => {
    const { interview } = await setUpInterview(t, as);
    await sendInvites(t, as, interview.id);
    // Nothing is delivered until drain(): the three messages wait in the outbox.
    const [orphan, leased, queued] = await storedMessages(t, interview.id);
    if (!orphan || !leased || !queued) throw new Error('expected three queued messages');
    expect([orphan.state, leased.state, queued.state]).toEqual(['queued', 'queued', 'queued']);
    await t.database.db
      .updateTable('messages')
      .set({
        state: 'sending',
        attempts: 1,
        locked_until: new Date(Date.now() - 60_000).toISOString(),
      })
      .where('id', '=', orphan.id)
      .execute();
    await t.database.db
      .updateTable('messages')
      .set({
        state: 'sending',
        attempts: 1,
        locked_until: new Date(Date.now() + 3_600_000).toISOString(),
      })
      .where('id', '=', leased.id)
      .execute();

    await t.worker?.drain();
    const rows = Object.fromEntries((await storedMessages(t, interview.id)).map((r) => [r.id, r]));
    expect(rows[orphan.id]).toMatchObject({ state: 'sent', attempts: 2, raw: '' });
    expect(rows[queued.id]).toMatchObject({ state: 'sent', attempts: 1, raw: '' });
    expect(rows[leased.id]).toMatchObject({ state: 'sending', attempts: 1 });
    expect(countAtSink(sink, orphan.message_id)).toBe(1);
    expect(countAtSink(sink, queued.message_id)).toBe(1);
    expect(countAtSink(sink, leased.message_id)).toBe(0);

    // Once that lease has run out too, the next pass delivers it.
    await t.database.db
      .updateTable('messages')
      .set({ locked_until: new Date(Date.now() - 1_000).toISOString() })
      .where('id', '=', leased.id)
      .execute();
    await settleOutbox(t, interview.id);
    expect(countAtSink(sink, leased.message_id)).toBe(1);
    expect(countAtSink(sink, orphan.message_id)).toBe(1);
  });

  it('sends the stored Message-ID over SMTP and drops the body from the database once sent', async () => {
    const { interview, candidate, interviewers } = await setUpInterview(t, as);
    await sendInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);
    const rows = await storedMessages(t, interview.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.state).toBe('sent');
      expect(row.raw).toBe('');
      const mails = sink.received.filter((m) => m.parsed.messageId === row.message_id);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.envelopeTo).toEqual([row.to_email]);
      expect(mails[0]?.envelopeFrom).toBe(MAIL_FROM);
      expect(mails[0]?.raw).toContain(`Message-ID: ${row.message_id}`);
    }
    expect(rows.map((r) => r.to_email).sort()).toEqual(
      [candidate.email, ...interviewers.map((u: { email: string }) => u.email)].sort(),
    );
  });
});

describe(`Giving up on a message after maxAttempts (${engine})`, () => {
  let sink: SmtpSink;
  let t: TestApp;
  let as: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM },
      { worker: true, retryBaseMs: 1, maxAttempts: 3 },
    );
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('marks every message failed after three refused attempts and delivers nothing', async () => {
    const { interview } = await setUpInterview(t, as);
    sink.failNext(10, 451);
    await sendInvites(t, as, interview.id);
    await settleOutbox(t, interview.id);

    const messages = await messagesOf(t, as, interview.id);
    expect(messages.map((m) => [m.state, m.attempts])).toEqual([
      ['failed', 3],
      ['failed', 3],
      ['failed', 3],
    ]);
    for (const message of messages) expect(message.lastError).toContain('451');
    expect(sink.received).toHaveLength(0);
    const events = await eventsOf(t, as, interview.id);
    const failures = events.filter((e) => e.type === 'message.failed');
    expect(failures.map((e) => e.data.attempts)).toEqual([3, 3, 3]);
    expect(events.filter((e) => e.type === 'message.sent')).toHaveLength(0);

    // A failed message stays failed: a later pass does not pick it up again.
    sink.failNext(0, 0);
    await t.worker?.drain();
    expect(sink.received).toHaveLength(0);
    const again = await messagesOf(t, as, interview.id);
    expect(again.map((m) => m.state)).toEqual(['failed', 'failed', 'failed']);
  });
});
