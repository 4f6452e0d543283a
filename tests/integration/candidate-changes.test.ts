import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelInvitation } from '../../src/invites/cancel-invitation.js';
import { checkInvitationChange } from '../../src/invites/check-invitation-change.js';
import { listInvitationSlots } from '../../src/invites/list-invitation-slots.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { invitesInOutbox } from '../helpers/calendar.js';
import { testClock } from '../helpers/clock.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';
import { sendSeededInvites } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

type Slot = { startsAt: string; endsAt: string };
type Event = {
  type: string;
  actor: { type: string; id: string | null; name: string };
  data: Record<string, unknown>;
};

// The candidate moves or cancels their interview from their Interview Link (DESIGN §9, ADR 016),
// within the cut-off and the most reschedules, through the coordinator's own update and cancel.
describe(`Candidate reschedule and cancel (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let coordinatorEmail = '';
  const HOUR = 3_600_000;

  beforeAll(async () => {
    // The webhook subscription below points at loopback: it is only queued, never delivered.
    t = await startTestApp({ ALLOW_PRIVATE_NETWORK: 'true' }, { worker: true });
    const coordinator = await t.signedIn('coordinator', { name: 'Carla Coordinator' });
    as = coordinator.as;
    coordinatorEmail = coordinator.user.email;
    const admin = (await t.signedIn('admin')).as;
    const hook = await t.call({
      method: 'POST',
      url: '/api/v1/webhooks',
      as: admin,
      payload: {
        url: 'http://127.0.0.1:9/hook',
        events: ['interview.rescheduled', 'interview.cancelled'],
      },
    });
    expect(hook.statusCode, hook.body).toBe(201);
  });
  afterAll(() => t.close());

  /**
   * An interview with a candidate and two interviewers in UTC (working 09:00–18:00 on weekdays
   * by default), invites sent and delivered; the tokens of everyone's links.
   */
  async function invited(
    startsAt = '2030-01-15T10:00:00.000Z',
    shared?: { id: string; email: string },
  ) {
    const candidate = await buildCandidate(t.database.db, { time_zone: 'UTC' });
    const nora =
      shared ?? (await buildUser(t.database.db, { name: 'Nora North', time_zone: 'UTC' }));
    const omar = await buildUser(t.database.db, { name: 'Omar Ortiz', time_zone: 'UTC' });
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Technical interview',
        candidateId: candidate.id,
        interviewerIds: [nora.id, omar.id],
        startsAt,
        durationMinutes: 60,
        timeZone: 'UTC',
        meetingUrl: 'https://meet.example.com/abc',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.data.id as string;
    await sendSeededInvites(t, as, id);
    await settleOutbox(t, id);
    const tokens = await devMailboxTokens(t, as, id);
    return {
      id,
      emails: [candidate.email, nora.email, omar.email],
      candidate: tokens[candidate.email] as string,
      nora: tokens[nora.email] as string,
      noraId: nora.id,
    };
  }

  const api = (token: string, action: 'slots' | 'reschedule' | 'cancel', payload?: object) =>
    t.call({
      method: action === 'slots' ? 'GET' : 'POST',
      url: `/api/v1/invitations/${token}/${action}`,
      ...(payload ? { payload } : {}),
    });
  const form = (url: string, fields: Record<string, string>) =>
    t.call({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
  const interviewOf = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}`, as })).data;
  const eventsOf = async (id: string) =>
    (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/events`, as })).data
      .items as Event[];
  const webhooksFor = async (id: string, type: string) =>
    (
      await t.database.db
        .selectFrom('webhook_deliveries')
        .select('payload')
        .where('event_type', '=', type)
        .execute()
    )
      .map((row) => JSON.parse(row.payload))
      .filter((payload) => payload.data.interviewId === id);
  /** The organizer's notices about the interview, as subject and text. */
  const noticesOf = async (id: string) => {
    const items = (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/messages`, as }))
      .data.items as Array<{ id: string; kind: string; to: string; subject: string }>;
    const notices = items.filter((m) => m.kind === 'notice');
    return Promise.all(
      notices.map(async (m) => ({
        to: m.to,
        subject: m.subject,
        text: (await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${m.id}`, as })).data
          .text as string,
      })),
    );
  };
  const offered = (html: string) =>
    [...html.matchAll(/name="startsAt" value="([^"]+)"/g)].map((m) => m[1] as string);

  it('moves the interview: everyone gets an update of their own event (same UID, SEQUENCE + 1), interviewers answer again, the candidate stays confirmed', async () => {
    const { id, emails, candidate, nora } = await invited();
    await t.call({ method: 'POST', url: `/api/v1/invitations/${nora}/confirm` });
    const before = await invitesInOutbox(t, id);
    expect([...before.keys()].sort()).toEqual(emails.map((e) => e.toLowerCase()).sort());

    const listed = await api(candidate, 'slots');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.data).toMatchObject({
      startsAt: '2030-01-15T10:00:00.000Z',
      durationMinutes: 60,
    });
    const slots = listed.data.slots as Slot[];
    const target = '2030-01-16T13:00:00.000Z';
    expect(slots.map((s) => s.startsAt)).toContain(target);
    // Two weeks either side of the current start, the current start itself left out.
    expect(slots.map((s) => s.startsAt)).not.toContain('2030-01-15T10:00:00.000Z');
    for (const slot of slots) {
      expect(Date.parse(slot.startsAt)).toBeGreaterThanOrEqual(Date.parse('2030-01-01T10:00:00Z'));
      expect(Date.parse(slot.endsAt)).toBeLessThanOrEqual(Date.parse('2030-01-29T10:00:00Z'));
    }

    const moved = await api(candidate, 'reschedule', { startsAt: target });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.data).toMatchObject({
      attendance: 'confirmed',
      when: { startsAt: target, endsAt: '2030-01-16T14:00:00.000Z' },
      changes: { reschedulesLeft: 1, reschedule: { allowed: true } },
    });

    await settleOutbox(t, id);
    const after = await invitesInOutbox(t, id);
    for (const email of emails.map((e) => e.toLowerCase())) {
      const was = before.get(email);
      const now = after.get(email);
      expect(now, email).toMatchObject({
        method: 'REQUEST',
        uid: was?.uid,
        sequence: (was?.sequence ?? -1) + 1,
        start: target,
      });
    }
    const interview = await interviewOf(id);
    expect(interview).toMatchObject({ startsAt: target, status: 'awaiting_confirmation' });
    expect(
      interview.participants.map((p: { role: string; attendance: string }) => [
        p.role,
        p.attendance,
      ]),
    ).toEqual([
      ['candidate', 'confirmed'],
      ['interviewer', 'pending'],
      ['interviewer', 'pending'],
    ]);
    const row = await t.database.db
      .selectFrom('interviews')
      .select('candidate_reschedules')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(row.candidate_reschedules)).toBe(1);

    const event = (await eventsOf(id)).find((e) => e.type === 'interview.rescheduled');
    expect(event?.actor).toMatchObject({ type: 'participant' });
    expect(event?.data).toMatchObject({
      by: 'candidate',
      from: '2030-01-15T10:00:00.000Z',
      to: target,
      reschedules: 1,
      notified: 3,
    });
    const [hook] = await webhooksFor(id, 'interview.rescheduled');
    expect(hook?.data).toMatchObject({
      actor: { type: 'participant' },
      by: 'candidate',
      to: target,
    });

    // The update tells each side what the move means for them.
    const updates = (
      (await t.call({ method: 'GET', url: `/api/v1/interviews/${id}/messages`, as })).data
        .items as Array<{ id: string; kind: string; to: string }>
    ).filter((m) => m.kind === 'update');
    expect(updates).toHaveLength(3);
    for (const update of updates) {
      const mail = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${update.id}`, as });
      const mine = update.to.toLowerCase() === emails[0]?.toLowerCase();
      expect(mail.data.text).toContain(
        mine ? 'You chose this new time' : 'The candidate chose this new time',
      );
    }
  });

  it('allows CANDIDATE_MAX_RESCHEDULES moves (2 by default), then refuses with 409 and says so on the page', async () => {
    const { id, candidate } = await invited();
    for (const startsAt of ['2030-01-16T13:00:00.000Z', '2030-01-17T09:00:00.000Z']) {
      const moved = await api(candidate, 'reschedule', { startsAt });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const third = await api(candidate, 'reschedule', { startsAt: '2030-01-18T09:00:00.000Z' });
    expect(third.statusCode).toBe(409);
    expect(third.data.error).toMatchObject({ code: 'conflict', details: { reason: 'limit' } });
    expect((await api(candidate, 'slots')).statusCode).toBe(409);
    expect((await interviewOf(id)).startsAt).toBe('2030-01-17T09:00:00.000Z');

    const page = await t.call({ method: 'GET', url: `/i/${candidate}` });
    expect(page.body).toContain('Need another time?');
    expect(page.body).toContain('already moved this interview as often as allowed');
    expect(page.body).not.toContain(`/i/${candidate}/reschedule`);
    expect(page.body).toContain(`/i/${candidate}/cancel`);
    // The move page sends the candidate back to the page that says why.
    const refused = await t.call({ method: 'GET', url: `/i/${candidate}/reschedule` });
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe(`/i/${candidate}`);
  });

  it('refuses a move or a cancel from CANDIDATE_CHANGE_CUTOFF_HOURS before the start, naming whom to contact', async () => {
    const soon = new Date(Math.ceil((Date.now() + 3 * HOUR) / HOUR) * HOUR).toISOString();
    const { id, candidate } = await invited(soon);
    const moved = await api(candidate, 'reschedule', { startsAt: '2030-01-16T13:00:00.000Z' });
    expect(moved.statusCode).toBe(409);
    expect(moved.data.error).toMatchObject({
      message: 'Changes are possible until 24 hours before the start.',
      details: { reason: 'cutoff' },
    });
    const cancelled = await api(candidate, 'cancel', { reason: 'Ill' });
    expect(cancelled.statusCode).toBe(409);
    expect((await interviewOf(id)).status).toBe('awaiting_confirmation');

    const page = (await t.call({ method: 'GET', url: `/i/${candidate}` })).body;
    expect(page).toContain('Changes are possible until 24 hours before the start.');
    expect(page).toMatch(/please contact Carla Coordinator \(<a href="mailto:[^"]+">/);
    expect(page).not.toContain(`/i/${candidate}/cancel`);
  });

  it('lets the cut-off pass on the clock: allowed a minute before it, refused from then on', async () => {
    const clock = testClock();
    const start = new Date(Math.ceil((Date.now() + 30 * HOUR) / HOUR) * HOUR);
    const { id, candidate } = await invited(start.toISOString());
    const options = {
      db: t.database.db,
      token: candidate,
      policy: t.config.candidateChanges,
      settings: t.app.mailSettings,
    };
    clock.advance(start.getTime() - 24 * HOUR - 60_000 - Date.now());
    const open = await checkInvitationChange({ ...options, kind: 'cancel', now: clock.now() });
    expect(open.invitation.changes).toMatchObject({
      cancel: { allowed: true },
      reschedule: { allowed: true },
    });
    clock.advance(2 * 60_000);
    await expect(listInvitationSlots({ ...options, now: clock.now() })).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'cutoff' },
    });
    await expect(
      cancelInvitation({ ...options, reason: 'Too late', now: clock.now() }),
    ).rejects.toMatchObject({ code: 'conflict', details: { reason: 'cutoff' } });
    expect((await interviewOf(id)).status).toBe('awaiting_confirmation');
    // With moves switched off (CANDIDATE_MAX_RESCHEDULES=0), cancelling stays possible.
    const off = { ...options, policy: { cutoffHours: 0, maxReschedules: 0 }, now: clock.now() };
    await expect(listInvitationSlots(off)).rejects.toMatchObject({
      details: { reason: 'disabled' },
    });
    expect(
      (await checkInvitationChange({ ...off, kind: 'cancel' })).invitation.changes?.cancel.allowed,
    ).toBe(true);
  });

  it('answers a time taken meanwhile with 409 and the times free now, on the API and on the page', async () => {
    const { id, candidate, noraId } = await invited();
    const taken = '2030-01-16T13:00:00.000Z';
    expect(((await api(candidate, 'slots')).data.slots as Slot[]).map((s) => s.startsAt)).toContain(
      taken,
    );
    // Meanwhile the coordinator books Nora for that hour on another interview.
    const other = await buildCandidate(t.database.db);
    const booked = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Another interview',
        candidateId: other.id,
        interviewerIds: [noraId],
        startsAt: '2030-01-16T12:30:00.000Z',
        durationMinutes: 60,
        timeZone: 'UTC',
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);

    const refused = await api(candidate, 'reschedule', { startsAt: taken });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.details.reason).toBe('taken');
    const fresh = (refused.data.error.details.slots as Slot[]).map((s) => s.startsAt);
    expect(fresh.length).toBeGreaterThan(10);
    expect(fresh).not.toContain(taken);
    expect(fresh).not.toContain('2030-01-16T12:00:00.000Z');
    expect(fresh).toContain('2030-01-16T14:00:00.000Z');

    const page = await form(`/i/${candidate}/reschedule`, { startsAt: taken });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('that time was just taken');
    // A page holds the first 100 times; Later times go on from the last.
    expect(offered(page.body)).toEqual(fresh.slice(0, 100));
    expect((await interviewOf(id)).startsAt).toBe('2030-01-15T10:00:00.000Z');
    // A time that is no slot at all, or not a time, changes nothing either.
    expect(
      (await api(candidate, 'reschedule', { startsAt: '2030-01-16T03:00:00Z' })).statusCode,
    ).toBe(409);
    const bad = await api(candidate, 'reschedule', { startsAt: 'tomorrow' });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.details.issues[0].field).toBe('startsAt');
    const same = await api(candidate, 'reschedule', { startsAt: '2030-01-15T10:00:00.000Z' });
    expect(same.statusCode).toBe(400);
  });

  it('offers only times inside the scheduling request’s window when the interview was booked through one', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const candidate = await buildCandidate(t.database.db, { time_zone: 'UTC' });
    const templates = (
      await t.call({ method: 'GET', url: '/api/v1/templates', as, query: { schedulable: 'true' } })
    ).data.items as Array<{ id: string; name: string }>;
    const invitable = (
      await t.call({ method: 'GET', url: '/api/v1/templates', as, query: { invitable: 'true' } })
    ).data.items as Array<{ id: string; audience: string }>;
    const pick = (audience: string) => invitable.find((x) => x.audience === audience)?.id;
    const window = { from: '2030-01-15T00:00:00.000Z', to: '2030-01-17T00:00:00.000Z' };
    const request = await t.call({
      method: 'POST',
      url: '/api/v1/scheduling-requests',
      as,
      payload: {
        candidateId: candidate.id,
        interviewerIds: [nora.id],
        title: 'Technical interview',
        durationMinutes: 45,
        ...window,
        timeZone: 'UTC',
        requestTemplateId: templates.find((x) => x.name === 'Scheduling Request')?.id,
        candidate: { templateId: pick('candidate') },
        interviewer: { templateId: pick('interviewer') },
      },
    });
    expect(request.statusCode, request.body).toBe(201);
    await t.worker?.drain();
    const mail = await t.database.db
      .selectFrom('messages')
      .select('id')
      .where('scheduling_request_id', '=', request.data.id)
      .executeTakeFirstOrThrow();
    const text = (await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${mail.id}`, as })).data
      .text as string;
    const scheduling = /\/s\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] as string;
    const booked = await form(`/s/${scheduling}/book`, { startsAt: '2030-01-15T10:00:00.000Z' });
    expect(booked.statusCode, booked.body).toBe(303);
    const token = String(booked.headers.location).replace('/i/', '');

    const slots = ((await api(token, 'slots')).data.slots as Slot[]).map((s) => s.startsAt);
    expect(slots[0]).toBe('2030-01-15T09:00:00.000Z');
    expect(slots.at(-1)).toBe('2030-01-16T17:00:00.000Z');
    expect(slots).not.toContain('2030-01-15T10:00:00.000Z');
  });

  it('moves one of several interviews sharing an interviewer to the same time at once: exactly one wins, the others get 409 taken', async () => {
    const shared = await buildUser(t.database.db, { name: 'Sam Shared', time_zone: 'UTC' });
    const interviews = [];
    for (let i = 0; i < 5; i += 1) {
      interviews.push(
        await invited(`2030-01-15T${String(9 + i).padStart(2, '0')}:00:00.000Z`, shared),
      );
    }
    const target = '2030-01-17T15:00:00.000Z';
    const answers = await Promise.all(
      interviews.map((x) => api(x.candidate, 'reschedule', { startsAt: target })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(refused.data.error.details.reason).toBe('taken');
    }
    const at = await Promise.all(interviews.map(async (x) => (await interviewOf(x.id)).startsAt));
    expect(at.filter((startsAt) => startsAt === target)).toHaveLength(1);
  });

  it('cancels with a reason: everyone gets METHOD:CANCEL of their own event, the status is cancelled, the timeline and the webhook name the candidate', async () => {
    const { id, emails, candidate } = await invited();
    const before = await invitesInOutbox(t, id);
    for (const reason of ['', '   ', 'x'.repeat(1001)]) {
      const refused = await api(candidate, 'cancel', { reason });
      expect(refused.statusCode, reason).toBe(400);
    }
    const cancelled = await api(candidate, 'cancel', { reason: '  I accepted another offer. ' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.data).toMatchObject({ interviewStatus: 'cancelled', canRespond: false });

    await settleOutbox(t, id);
    const after = await invitesInOutbox(t, id);
    for (const email of emails.map((e) => e.toLowerCase())) {
      expect(after.get(email), email).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        uid: before.get(email)?.uid,
        sequence: (before.get(email)?.sequence ?? -1) + 1,
      });
    }
    expect((await interviewOf(id)).status).toBe('cancelled');
    const event = (await eventsOf(id)).find((e) => e.type === 'interview.cancelled');
    expect(event?.actor.type).toBe('participant');
    expect(event?.data).toMatchObject({ reason: 'I accepted another offer.', notified: 3 });
    const [hook] = await webhooksFor(id, 'interview.cancelled');
    expect(hook?.data).toMatchObject({
      actor: { type: 'participant', id: event?.actor.id },
      reason: 'I accepted another offer.',
    });

    const notices = await noticesOf(id);
    expect(notices.map((n) => [n.to, n.subject.split(':')[0]])).toEqual([
      [coordinatorEmail, 'Cancelled by the candidate'],
    ]);
    expect(notices[0]?.text).toContain('Reason: I accepted another offer.');

    const again = await api(candidate, 'cancel', { reason: 'Twice' });
    expect(again.statusCode).toBe(409);
    const page = (await t.call({ method: 'GET', url: `/i/${candidate}` })).body;
    expect(page).toContain('This interview has been cancelled.');
    expect(page).not.toContain('Need another time?');
  });

  it('refuses both to an interviewer’s link (403 on the API, not found on the pages), which offers neither', async () => {
    const { id, nora } = await invited();
    expect((await api(nora, 'slots')).statusCode).toBe(403);
    const moved = await api(nora, 'reschedule', { startsAt: '2030-01-16T13:00:00.000Z' });
    expect(moved.statusCode).toBe(403);
    expect((await api(nora, 'cancel', { reason: 'No' })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `/i/${nora}/reschedule` })).statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url: `/i/${nora}/cancel` })).statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url: `/i/${nora}/reschedule/zone` })).statusCode).toBe(
      404,
    );
    const posted = await form(`/i/${nora}/cancel`, { reason: 'No' });
    expect(posted.statusCode).toBe(404);
    const page = (await t.call({ method: 'GET', url: `/i/${nora}` })).body;
    expect(page).not.toContain('Need another time?');
    expect((await api('x'.repeat(43), 'slots')).statusCode).toBe(404);
    expect((await interviewOf(id)).status).toBe('awaiting_confirmation');
  });

  it('works as plain pages: the link, the times, a move, then a cancel with its confirm step; GETs change nothing', async () => {
    const { id, candidate } = await invited();
    const details = (await t.call({ method: 'GET', url: `/i/${candidate}` })).body;
    expect(details).toContain('Need another time?');
    expect(details).toContain(`href="/i/${candidate}/reschedule"`);
    expect(details).toContain('until 24 hours before the start');

    const events = (await eventsOf(id)).length;
    const times = await t.call({ method: 'GET', url: `/i/${candidate}/reschedule?tz=Asia/Tokyo` });
    expect(times.statusCode).toBe(200);
    expect(times.headers['content-security-policy']).toContain("default-src 'none'");
    expect(times.headers['cache-control']).toBe('no-store');
    expect(times.body).toContain('<h1>Choose a new time</h1>');
    expect(times.body).toContain('Free times (Asia/Tokyo)');
    const api_ = ((await api(candidate, 'slots')).data.slots as Slot[]).map((s) => s.startsAt);
    expect(api_.length).toBeGreaterThan(100);
    expect(offered(times.body)).toEqual(api_.slice(0, 100));
    const later = /href="([^"]+)">Later times</.exec(times.body)?.[1]?.replaceAll('&amp;', '&');
    const next = await t.call({ method: 'GET', url: later as string });
    expect(offered(next.body)).toEqual(api_.slice(100, 200));
    const zones = await t.call({
      method: 'GET',
      url: `/i/${candidate}/reschedule/zone?tz=Asia/Tokyo`,
    });
    expect(zones.statusCode).toBe(200);
    expect(zones.body).toContain('<option selected>Asia/Tokyo</option>');
    expect((await t.call({ method: 'GET', url: `/i/${candidate}/cancel` })).statusCode).toBe(200);
    expect((await eventsOf(id)).length).toBe(events);

    const moved = await form(`/i/${candidate}/reschedule`, { startsAt: api_[3] as string });
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe(`/i/${candidate}?notice=rescheduled`);
    const shown = (await t.call({ method: 'GET', url: String(moved.headers.location) })).body;
    expect(shown).toContain('Your interview has moved to the new time.');
    expect(shown).toContain(`datetime="${api_[3]}"`);

    const confirm = await t.call({ method: 'GET', url: `/i/${candidate}/cancel` });
    expect(confirm.body).toContain('<h1>Cancel your interview?</h1>');
    const empty = await form(`/i/${candidate}/cancel`, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Please write your reason, in at most 1000 characters.');
    expect(empty.body).toContain('aria-invalid="true"');
    expect((await interviewOf(id)).status).not.toBe('cancelled');
    const done = await form(`/i/${candidate}/cancel`, { reason: 'Found another job <b>' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/i/${candidate}?notice=cancelled`);
    const last = (await t.call({ method: 'GET', url: String(done.headers.location) })).body;
    expect(last).toContain('Your interview is cancelled.');
    expect((await interviewOf(id)).status).toBe('cancelled');
  });
});
