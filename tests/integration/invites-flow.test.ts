import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { type CalendarFacts, calendarOf } from '../helpers/calendar.js';
import { engine } from '../helpers/database.js';
import { linkIn, seededTemplates, setUpInterview } from '../helpers/interviews.js';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

describe(`Send Invites to Interview Scheduled, over real SMTP (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let as: Credentials;
  let setup: Awaited<ReturnType<typeof setUpInterview>>;
  let templates: { candidate: string; interviewer: string };
  const tokens: Record<string, string> = {};
  // Each participant's own calendar event as their first invite carried it, by address.
  const events: Record<string, CalendarFacts> = {};

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'Hiring Team <interviews@example.com>' },
      { worker: true },
    );
    as = (
      await t.signedIn('coordinator', {
        name: 'Carla Coordinator',
        email: 'carla@example.com',
      })
    ).as;
    setup = await setUpInterview(t, as);
    templates = await seededTemplates(t, as);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const id = () => setup.interview.id as string;
  const delivered = async (count: number) => {
    await t.worker?.drain();
    return sink.waitFor(count);
  };

  it('previews each recipient’s message in their own zone without sending anything', async () => {
    const preview = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites/preview`,
      as,
      payload: {
        candidate: {
          templateId: templates.candidate,
          subject: 'Your interview, {{ recipient.first_name }}',
        },
        interviewer: { templateId: templates.interviewer },
      },
    });
    expect(preview.statusCode).toBe(200);
    const [candidate, nora, bernd] = preview.data.items;
    expect(candidate).toMatchObject({
      role: 'candidate',
      timeZone: 'Asia/Tokyo',
      subject: 'Your interview, Kenji',
    });
    expect(candidate.html).toContain('Wednesday, 16 January 2030, 00:00 (Asia/Tokyo)');
    expect(nora.html).toContain('10:00 (America/New_York)');
    expect(bernd.html).toContain('Tuesday, 15 January 2030, 16:00 (Europe/Berlin)');
    expect(candidate.text).toContain('https://convene.test/i/');
    await t.worker?.drain();
    expect(sink.received).toHaveLength(0);
    const messages = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${id()}/messages`,
      as,
    });
    expect(messages.data.items).toHaveLength(0);
  });

  it('sends one meeting request per participant and marks the interview Invites Sent', async () => {
    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites`,
      as,
      payload: {
        candidate: {
          templateId: templates.candidate,
          subject: 'Your interview, {{ recipient.first_name }}',
        },
        interviewer: { templateId: templates.interviewer },
      },
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.data.status).toBe('awaiting_confirmation');
    const mails = await delivered(3);
    expect(mails.map((m) => m.envelopeTo[0]).sort()).toEqual(
      [setup.candidate.email, ...setup.interviewers.map((u) => u.email)].sort(),
    );

    for (const mail of mails) {
      expect(mail.parsed.to && 'value' in mail.parsed.to ? mail.parsed.to.value : []).toHaveLength(
        1,
      );
      expect(mail.parsed.cc).toBeUndefined();
      // From is MAIL_FROM with its name; a typed reply goes to the coordinator who sent it.
      expect(mail.parsed.from?.value).toEqual([
        { address: 'interviews@example.com', name: 'Hiring Team' },
      ]);
      expect(mail.parsed.replyTo?.value).toEqual([
        { address: 'carla@example.com', name: 'Carla Coordinator' },
      ]);
      expect(mail.parsed.headers.has('auto-submitted')).toBe(false);
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      const calendar = calendarOf(mail);
      // Each participant's own event: its own UID, SEQUENCE 0.
      expect(calendar).toMatchObject({
        method: 'REQUEST',
        sequence: 0,
        organizer: 'mailto:interviews@example.com',
        organizerName: 'Hiring Team',
      });
      expect(calendar.uid).toMatch(/^[0-9a-f]{40}@convene\.test$/);
      expect(calendar.start).toBe(setup.interview.startsAt);
      tokens[mail.envelopeTo[0] as string] = linkIn(mail.parsed.text ?? '').token;
      events[mail.envelopeTo[0] as string] = calendar;
    }
    expect(new Set(Object.values(events).map((e) => e.uid)).size).toBe(3);
    const toCandidate = mails.find(
      (m) => m.envelopeTo[0] === setup.candidate.email,
    ) as ReceivedMail;
    expect(toCandidate.parsed.subject).toBe('Your interview, Kenji');
    expect(calendarOf(toCandidate).attendees).toEqual([`mailto:${setup.candidate.email}`]);
    expect(toCandidate.parsed.text).toContain('(Asia/Tokyo)');

    const messages = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${id()}/messages`,
      as,
    });
    expect(messages.data.items.map((m: { state: string }) => m.state)).toEqual([
      'sent',
      'sent',
      'sent',
    ]);
    const stored = await t.database.db
      .selectFrom('messages')
      .select(['message_id', 'raw'])
      .execute();
    for (const row of stored) {
      expect(mails.some((m) => m.parsed.messageId === row.message_id)).toBe(true);
      // Once delivered over SMTP, the personal link is no longer kept in the database.
      expect(row.raw).toBe('');
    }
  });

  it('shows the Interview Details page on GET without changing anything, and 404 for a bad token', async () => {
    const token = tokens[setup.candidate.email] as string;
    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.body).toContain('Technical interview');
    expect(page.body).toContain('Confirm');
    const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as });
    expect(interview.data.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);

    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await t.call({ method: 'GET', url: `/i/${tampered}` })).statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url: '/i/not-a-token' })).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'POST', url: `/api/v1/invitations/${tampered}/confirm` })).statusCode,
    ).toBe(404);
  });

  it('confirms through the page form; confirming twice is harmless', async () => {
    const token = tokens[setup.candidate.email] as string;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const first = await t.call({
      method: 'POST',
      url: `/i/${token}/confirm`,
      headers: form,
      payload: '',
    });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/i/${token}?notice=confirmed`);
    const again = await t.call({
      method: 'POST',
      url: `/i/${token}/confirm`,
      headers: form,
      payload: '',
    });
    expect(again.headers.location).toBe(`/i/${token}?notice=already`);
    const page = await t.call({ method: 'GET', url: `/i/${token}?notice=confirmed` });
    expect(page.body).toContain('You have confirmed your attendance.');
    // The candidate's link confirmed the candidate, and no one else.
    const after = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as })).data;
    expect(
      after.participants.map((p: { role: string; attendance: string }) => [p.role, p.attendance]),
    ).toEqual([
      ['candidate', 'confirmed'],
      ['interviewer', 'pending'],
      ['interviewer', 'pending'],
    ]);
    expect(after.status).toBe('awaiting_confirmation');
    const events = await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}/events`, as });
    expect(
      events.data.items.filter((e: { type: string }) => e.type === 'participant.confirmed'),
    ).toHaveLength(1);
  });

  it('becomes Interview Scheduled when every interviewer has confirmed too, and tells the coordinator', async () => {
    const [nora, bernd] = setup.interviewers;
    const first = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${tokens[nora.email]}/confirm`,
    });
    expect(first.data.invitation.interviewStatus).toBe('awaiting_confirmation');
    const last = await t.call({
      method: 'POST',
      url: `/api/v1/invitations/${tokens[bernd.email]}/confirm`,
    });
    expect(last.statusCode).toBe(200);
    expect(last.data).toMatchObject({
      changed: true,
      invitation: { attendance: 'confirmed', interviewStatus: 'scheduled' },
    });
    const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as });
    expect(interview.data.status).toBe('scheduled');
    const events = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}/events`, as }))
      .data.items;
    expect(
      events.filter(
        (e: { type: string; data: { to?: string } }) =>
          e.type === 'status.changed' && e.data.to === 'scheduled',
      ),
    ).toHaveLength(1);
    const mails = await delivered(4);
    const notice = mails[3];
    expect(notice?.parsed.subject).toBe(
      'Interview Scheduled: Technical interview with Kenji Sato, Tuesday, 15 January 2030',
    );
    expect(notice?.parsed.text?.replace(/\s+/g, ' ')).toContain(
      `When: Tuesday, 15 January 2030, 16:00 (Europe/Berlin), 1 hour 30 minutes Open the interview in Convene: https://convene.test/interviews/${id()}`,
    );
    // Convene wrote it by itself: no out-of-office should answer it.
    expect(notice?.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(notice?.parsed.headers.get('x-auto-response-suppress')).toBe('All');
  });

  it('resends to one participant as their same event again, keeping confirmations and SEQUENCE', async () => {
    const interview = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as })).data;
    const candidate = interview.participants.find((p: { role: string }) => p.role === 'candidate');
    const resent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/invites/resend`,
      as,
      payload: { participantIds: [candidate.id] },
    });
    expect(resent.statusCode).toBe(200);
    expect(resent.data.status).toBe('scheduled');
    const mails = await delivered(5);
    const mail = mails[4] as ReceivedMail;
    expect(mail.envelopeTo).toEqual([setup.candidate.email]);
    // Nothing changed, so the SEQUENCE stays (RFC 5546); the DTSTAMP is newer.
    const again = calendarOf(mail);
    const first = events[setup.candidate.email] as CalendarFacts;
    expect(again).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 0 });
    expect(again.text).not.toBe(first.text);
    // The earlier email's link still works after a resend.
    expect(
      (await t.call({ method: 'GET', url: `/i/${tokens[setup.candidate.email]}` })).statusCode,
    ).toBe(200);
  });

  it('reschedules: everyone gets an update of their own event with a higher SEQUENCE and must confirm again', async () => {
    const current = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}`, as })).data;
    const later = new Date(Date.parse(current.startsAt) + 86_400_000).toISOString();
    const stale = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id()}`,
      as,
      payload: { version: current.version - 1 || 999, startsAt: later },
    });
    expect(stale.statusCode).toBe(409);
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${id()}`,
      as,
      payload: { version: current.version, startsAt: later },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data.status).toBe('awaiting_confirmation');
    expect(moved.data.participants.map((p: { attendance: string }) => p.attendance)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    const mails = (await delivered(8)).slice(5);
    for (const mail of mails) {
      const uid = events[mail.envelopeTo[0] as string]?.uid;
      expect(calendarOf(mail)).toMatchObject({ method: 'REQUEST', uid, sequence: 1, start: later });
      expect(mail.parsed.subject).toMatch(/^Updated: /);
    }
    // Each email opens with what changed, in its recipient's zone, and asks for a new answer.
    const text = (address: string) =>
      (mails.find((m) => m.envelopeTo[0] === address)?.parsed.text ?? '').replace(/\s+/g, ' ');
    const [nora, bernd] = setup.interviewers;
    expect(text(nora.email)).toContain(
      'This interview has changed. * When: Tuesday, 15 January 2030, 10:00 (America/New_York), 1 hour 30 minutes → Wednesday, 16 January 2030, 10:00 (America/New_York), 1 hour 30 minutes',
    );
    expect(text(bernd.email)).toContain(
      'When: Tuesday, 15 January 2030, 16:00 (Europe/Berlin), 1 hour 30 minutes → Wednesday, 16 January 2030, 16:00 (Europe/Berlin)',
    );
    expect(text(setup.candidate.email)).toContain(
      'When: Wednesday, 16 January 2030, 00:00 (Asia/Tokyo), 1 hour 30 minutes → Thursday, 17 January 2030, 00:00 (Asia/Tokyo)',
    );
    for (const mail of mails) {
      expect(mail.parsed.text?.replace(/\s+/g, ' ')).toContain('Please confirm again');
    }
  });

  it('cancels: every participant gets METHOD:CANCEL for their own event, and links stop accepting answers', async () => {
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${id()}/cancel`,
      as,
      payload: { reason: 'Position filled' },
    });
    expect(cancelled.data.status).toBe('cancelled');
    const mails = (await delivered(11)).slice(8);
    for (const mail of mails) {
      expect(mail.raw).toMatch(/method=CANCEL/i);
      expect(calendarOf(mail)).toMatchObject({
        method: 'CANCEL',
        uid: events[mail.envelopeTo[0] as string]?.uid,
        sequence: 2,
        status: 'CANCELLED',
      });
      expect(mail.parsed.replyTo?.value[0]?.address).toBe('carla@example.com');
    }
    const token = tokens[setup.candidate.email] as string;
    const answer = await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/confirm` });
    expect(answer.statusCode).toBe(409);
    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.body).toContain('This interview has been cancelled');
    expect(page.body).not.toContain('action="/i/');
    const again = await t.call({ method: 'POST', url: `/api/v1/interviews/${id()}/cancel`, as });
    expect(again.statusCode, again.body).toBe(409);
  });

  it('keeps the whole story in the timeline', async () => {
    const events = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id()}/events`, as }))
      .data.items;
    const types = new Set(events.map((e: { type: string }) => e.type));
    for (const type of [
      'interview.created',
      'invites.sent',
      'message.sent',
      'invitation.opened',
      'participant.confirmed',
      'status.changed',
      'invites.resent',
      'interview.rescheduled',
      'interview.cancelled',
    ]) {
      expect(types).toContain(type);
    }
    expect(events[0]).toMatchObject({
      type: 'interview.created',
      actor: { type: 'user', name: 'Carla Coordinator' },
    });
  });
});
