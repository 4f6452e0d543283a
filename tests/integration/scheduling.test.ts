import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';
import { seededTemplates } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';

// Candidate self-scheduling (issue 16 item 5, DESIGN §9): the request email, the candidate's
// page, the booking (and its race), and the request's states.
describe(`Scheduling requests (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let templates: { candidate: string; interviewer: string; request: string };
  // Tuesday 15 January 2030; interviewers in UTC work 09:00–18:00 by default.
  const day = (hhmm: string) => `2030-01-15T${hhmm}:00.000Z`;
  const window = { from: day('00:00'), to: '2030-01-16T00:00:00.000Z' };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    as = (await t.signedIn('coordinator')).as;
    const seeded = await seededTemplates(t, as);
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        name: 'Pick a time',
        audience: 'candidate',
        subject: 'Choose a time for {{ interview.title }}',
        body: '<p>Hello {{ candidate.first_name }},</p><p>Please <a href="{{ scheduling.link }}">choose a time</a> for your {{ interview.duration }} interview with {{ interviewers.names }}.</p><p>{{ interview.date }}</p>',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ schedulable: true, invitable: false });
    templates = { ...seeded, request: created.data.id };
  });
  afterAll(() => t.close());

  async function newRequest(
    interviewerIds: string[],
    overrides: Record<string, unknown> = {},
    candidateId?: string,
  ) {
    const candidate = candidateId ?? (await buildCandidate(t.database.db, { time_zone: null })).id;
    return t.call({
      method: 'POST',
      url: '/api/v1/scheduling-requests',
      as,
      payload: {
        candidateId: candidate,
        interviewerIds,
        title: 'Technical interview',
        durationMinutes: 45,
        ...window,
        timeZone: 'UTC',
        meetingUrl: 'https://meet.example.com/abc',
        requestTemplateId: templates.request,
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
        ...overrides,
      },
    });
  }

  /** The scheduling link token in the request's email, read from the development mailbox. */
  async function schedulingToken(requestId: string): Promise<string> {
    await t.worker?.drain();
    const row = await t.database.db
      .selectFrom('messages')
      .select(['id'])
      .where('scheduling_request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    const mail = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${row.id}`, as });
    const match = /https:\/\/convene\.test\/s\/([A-Za-z0-9_-]{43})/.exec(mail.data.text);
    if (!match?.[1]) throw new Error(`no scheduling link in ${mail.data.text}`);
    return match[1];
  }

  const page = (token: string, query = '') => t.call({ method: 'GET', url: `/s/${token}${query}` });
  const book = (token: string, startsAt: string) =>
    t.call({
      method: 'POST',
      url: `/s/${token}/book`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ startsAt }).toString(),
    });
  const offered = (html: string) =>
    [...html.matchAll(/name="startsAt" value="([^"]+)"/g)].map((m) => m[1] as string);
  const getRequest = (id: string) =>
    t.call({ method: 'GET', url: `/api/v1/scheduling-requests/${id}`, as });

  it('seeds one Scheduling Request template, the only kind offered for requests', async () => {
    const list = await t.call({
      method: 'GET',
      url: '/api/v1/templates',
      as,
      query: { schedulable: 'true' },
    });
    expect(
      list.data.items.map((x: { name: string; audience: string }) => [x.name, x.audience]),
    ).toEqual([
      ['Pick a time', 'candidate'],
      ['Scheduling Request', 'candidate'],
    ]);
    const seeded = list.data.items.find((x: { name: string }) => x.name === 'Scheduling Request');
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id], { requestTemplateId: seeded.id });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('emails only the candidate a plain email carrying their scheduling link, which opens their page', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ status: 'sent', interviewId: null, durationMinutes: 45 });
    const rows = await t.database.db
      .selectFrom('messages')
      .selectAll()
      .where('scheduling_request_id', '=', created.data.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'scheduling',
      interview_id: null,
      calendar_method: null,
    });
    const candidate = await t.database.db
      .selectFrom('candidates')
      .select('email')
      .where('id', '=', created.data.candidateId)
      .executeTakeFirstOrThrow();
    expect(rows[0]?.to_email).toBe(candidate.email);
    expect(rows[0]?.raw).not.toMatch(/text\/calendar/i);

    const token = await schedulingToken(created.data.id);
    const opened = await page(token);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-security-policy']).toContain("default-src 'none'");
    expect(opened.body).toContain('Technical interview');
    expect((await getRequest(created.data.id)).data.status).toBe('opened');
  });

  it('lists exactly the slots the slot finder returns, in the candidate’s zone, switchable', async () => {
    const [a, b] = [
      await buildUser(t.database.db, { time_zone: 'UTC' }),
      await buildUser(t.database.db, { time_zone: 'Europe/Berlin' }),
    ];
    const created = await newRequest([a.id, b.id]);
    const token = await schedulingToken(created.data.id);
    const found = await t.call({
      method: 'POST',
      url: '/api/v1/availability/slots',
      as,
      payload: {
        interviewerIds: [a.id, b.id],
        durationMinutes: 45,
        ...window,
        minNoticeMinutes: 60,
        stepMinutes: 30,
      },
    });
    const expected = (found.data.slots as Array<{ startsAt: string }>).map((s) => s.startsAt);
    expect(expected.length).toBeGreaterThan(3);
    const html = (await page(token)).body;
    expect(offered(html)).toEqual(expected);
    // The request's zone (UTC; the candidate has none) is the default; ?tz= switches it.
    expect(html).toContain('<option value="UTC" selected>');
    const tokyo = (await page(token, '?tz=Asia/Tokyo')).body;
    expect(tokyo).toContain('<option value="Asia/Tokyo" selected>');
    expect(tokyo).toContain('Free times (Asia/Tokyo)');
    expect(offered(tokyo)).toEqual(expected);
    // A zone that is not one is ignored, and never echoed unescaped.
    const bad = (await page(token, `?tz=${encodeURIComponent('"><script>x</script>')}`)).body;
    expect(bad).not.toContain('<script>x');
  });

  it('pages a long window: each page holds at most 100 times, Later times continues where it ended', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const wide = { from: day('00:00'), to: '2030-01-29T00:00:00.000Z' };
    const created = await newRequest([nora.id], wide);
    const token = await schedulingToken(created.data.id);
    const found = await t.call({
      method: 'POST',
      url: '/api/v1/availability/slots',
      as,
      payload: { interviewerIds: [nora.id], durationMinutes: 45, ...wide, stepMinutes: 30 },
    });
    const expected = (found.data.slots as Array<{ startsAt: string }>).map((s) => s.startsAt);
    expect(expected.length).toBeGreaterThan(150); // two weeks of working days, 17 a day
    const seen: string[] = [];
    let next: string | undefined = '';
    let pages = 0;
    while (next !== undefined) {
      const html: string = (await page(token, next)).body;
      expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(30 * 1024);
      const times = offered(html);
      expect(times.length).toBeLessThanOrEqual(100);
      seen.push(...times);
      pages += 1;
      if (pages > 1) expect(html).toContain('>Earliest times</a>');
      const later: string | undefined = /<a href="\/s\/[^"?]+(\?[^"]+)">Later times<\/a>/.exec(
        html,
      )?.[1];
      next = later?.replaceAll('&amp;', '&');
    }
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(seen).toEqual(expected);
  });

  it('lists every zone on its own page, whose form opens the times in the zone chosen', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const token = await schedulingToken((await newRequest([nora.id])).data.id);
    const zones = await t.call({ method: 'GET', url: `/s/${token}/zone?tz=Asia/Kolkata` });
    expect(zones.statusCode).toBe(200);
    expect(zones.body).toContain('<option selected>Asia/Kolkata</option>');
    expect(zones.body).toContain('<option>America/Sao_Paulo</option>');
    expect(zones.body).toContain(`<form method="get" action="/s/${token}" class="zone">`);
    const unknown = await t.call({ method: 'GET', url: `/s/${'x'.repeat(43)}/zone` });
    expect(unknown.statusCode).toBe(404);
  });

  it('books: the interview exists at that time, the candidate confirmed, invites queued to all; interviewers confirm → Interview Scheduled', async () => {
    const [a, b] = [
      await buildUser(t.database.db, { time_zone: 'UTC' }),
      await buildUser(t.database.db, { time_zone: 'UTC' }),
    ];
    const created = await newRequest([a.id, b.id]);
    const token = await schedulingToken(created.data.id);
    const slot = offered((await page(token)).body)[2] as string;
    const booked = await book(token, slot);
    expect(booked.statusCode, booked.body).toBe(303);
    const location = String(booked.headers.location);
    expect(location).toMatch(/^\/i\/[A-Za-z0-9_-]{43}$/);

    const request = await getRequest(created.data.id);
    expect(request.data).toMatchObject({ status: 'booked' });
    const interviewId = request.data.interviewId as string;
    const interview = await t.call({ method: 'GET', url: `/api/v1/interviews/${interviewId}`, as });
    expect(interview.data).toMatchObject({
      startsAt: slot,
      durationMinutes: 45,
      status: 'awaiting_confirmation',
      meetingUrl: 'https://meet.example.com/abc',
    });
    const attendance = Object.fromEntries(
      (
        interview.data.participants as Array<{ role: string; email: string; attendance: string }>
      ).map((p) => [p.email, [p.role, p.attendance]]),
    );
    expect(Object.values(attendance).sort()).toEqual([
      ['candidate', 'confirmed'],
      ['interviewer', 'pending'],
      ['interviewer', 'pending'],
    ]);
    const invites = await t.database.db
      .selectFrom('messages')
      .select(['kind', 'calendar_method', 'to_email'])
      .where('interview_id', '=', interviewId)
      .execute();
    expect(invites).toHaveLength(3);
    expect(invites.every((m) => m.kind === 'invite' && m.calendar_method === 'REQUEST')).toBe(true);

    // The redirect lands on the candidate's Interview Details page, confirmed already.
    const details = await t.call({ method: 'GET', url: location });
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('You have confirmed your attendance.');

    await settleOutbox(t, interviewId);
    const tokens = await devMailboxTokens(t, as, interviewId);
    for (const email of [a.email, b.email]) {
      const confirmed = await t.call({
        method: 'POST',
        url: `/i/${tokens[email]}/confirm`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      expect(confirmed.statusCode).toBe(303);
    }
    const after = await t.call({ method: 'GET', url: `/api/v1/interviews/${interviewId}`, as });
    expect(after.data.status).toBe('scheduled');

    // The booked request's page says so, and booking again is refused.
    expect((await page(token)).body).toContain('You have booked your interview.');
    const again = await book(token, offered((await page(token)).body)[0] ?? slot);
    expect(again.statusCode).toBe(409);
  });

  it('refuses a slot it did not offer with 409 and the free times', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    const token = await schedulingToken(created.data.id);
    const night = await book(token, day('03:00'));
    expect(night.statusCode).toBe(409);
    expect(night.body).toContain('that time was just taken');
    expect(offered(night.body)).toEqual(offered((await page(token)).body));
    const garbage = await book(token, 'not a time');
    expect(garbage.statusCode).toBe(409);
    expect((await getRequest(created.data.id)).data.interviewId).toBeNull();
  });

  it('refuses bad requests with 400 naming the field', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const noToken = await newRequest([nora.id], { requestTemplateId: templates.candidate });
    expect(noToken.statusCode).toBe(400);
    expect(noToken.data.error.details.issues[0]).toMatchObject({ field: 'requestTemplateId' });
    const interviewerTemplate = await newRequest([nora.id], {
      requestTemplateId: templates.interviewer,
    });
    expect(interviewerTemplate.data.error.details.issues[0]).toMatchObject({
      field: 'requestTemplateId',
    });
    const past = await newRequest([nora.id], {
      from: '2020-01-01T00:00:00Z',
      to: '2020-01-02T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.data.error.details.issues[0]).toMatchObject({ field: 'to' });
    const badInvite = await newRequest([nora.id], {
      candidate: { templateId: templates.request },
    });
    expect(badInvite.statusCode).toBe(400);
    expect(badInvite.data.error.details.issues[0]).toMatchObject({ field: 'candidate.templateId' });
    const noCandidate = await newRequest([nora.id], {}, '00000000-0000-4000-8000-000000000000');
    expect(noCandidate.data.error.details.issues[0]).toMatchObject({ field: 'candidateId' });
  });

  it('cancels: the page says so, offers nothing, and booking is refused; the list filters by status', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    const token = await schedulingToken(created.data.id);
    const slot = offered((await page(token)).body)[0] as string;
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/scheduling-requests/${created.data.id}/cancel`,
      as,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.data.status).toBe('cancelled');
    const shown = await page(token);
    expect(shown.body).toContain('This request has been withdrawn.');
    expect(offered(shown.body)).toEqual([]);
    expect((await book(token, slot)).statusCode).toBe(409);

    const list = await t.call({
      method: 'GET',
      url: '/api/v1/scheduling-requests',
      as,
      query: { status: 'cancelled' },
    });
    expect(list.statusCode).toBe(200);
    expect(list.data.items.map((r: { id: string }) => r.id)).toEqual([created.data.id]);
    const paged = await t.call({
      method: 'GET',
      url: '/api/v1/scheduling-requests',
      as,
      query: { limit: '2' },
    });
    expect(paged.data.items).toHaveLength(2);
    const next = await t.call({
      method: 'GET',
      url: '/api/v1/scheduling-requests',
      as,
      query: { limit: '2', cursor: paged.data.nextCursor },
    });
    expect(next.data.items[0].id).not.toBe(paged.data.items[1].id);
  });

  it('names the candidate and the interviewers, in panel order, wherever a request is shown', async () => {
    const db = t.database.db;
    const ana = await buildUser(db, { name: 'Ana Zeta', time_zone: 'UTC' });
    const bo = await buildUser(db, { name: 'Bo Alpha', time_zone: 'UTC' });
    const lucia = await buildCandidate(db, { first_name: 'Lucía', last_name: 'Fernández' });
    const names = { candidateName: 'Lucía Fernández', interviewerNames: ['Ana Zeta', 'Bo Alpha'] };
    const created = await newRequest([ana.id, bo.id], {}, lucia.id);
    expect(created.data).toMatchObject(names);
    expect((await getRequest(created.data.id)).data).toMatchObject(names);
    const list = await t.call({ method: 'GET', url: '/api/v1/scheduling-requests', as });
    expect(list.data.items[0]).toMatchObject({ id: created.data.id, ...names });
    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/scheduling-requests/${created.data.id}/cancel`,
      as,
    });
    expect(cancelled.data).toMatchObject({ status: 'cancelled', ...names });
  });

  it('shows an unbooked request whose window has passed as expired', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    const token = await schedulingToken(created.data.id);
    await t.database.db
      .updateTable('scheduling_requests')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', created.data.id)
      .execute();
    expect((await getRequest(created.data.id)).data.status).toBe('expired');
    const expired = await t.call({
      method: 'GET',
      url: '/api/v1/scheduling-requests',
      as,
      query: { status: 'expired' },
    });
    expect(expired.data.items.map((r: { id: string }) => r.id)).toEqual([created.data.id]);
    expect((await page(token)).body).toContain('The time for choosing has passed.');
  });

  it('sends the invite wording chosen with the request, even if that template is archived before the booking', async () => {
    const copy = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        name: 'Invite for the request',
        audience: 'candidate',
        subject: 'Booked: {{ interview.title }}',
        body: '<p>See you then: {{ interview.link }}</p>',
      },
    });
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id], { candidate: { templateId: copy.data.id } });
    expect(created.statusCode, created.body).toBe(201);
    // In use by the request, so deleting archives it.
    const removed = await t.call({
      method: 'DELETE',
      url: `/api/v1/templates/${copy.data.id}`,
      as,
    });
    expect(removed.statusCode).toBe(200);
    const token = await schedulingToken(created.data.id);
    const booked = await book(token, offered((await page(token)).body)[0] as string);
    expect(booked.statusCode, booked.body).toBe(303);
    const interviewId = (await getRequest(created.data.id)).data.interviewId as string;
    const subjects = await t.database.db
      .selectFrom('messages')
      .select('subject')
      .where('interview_id', '=', interviewId)
      .execute();
    expect(subjects.map((m) => m.subject)).toContain('Booked: Technical interview');
  });

  it('answers 409 asking the candidate to write when the panel can no longer be booked', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    const token = await schedulingToken(created.data.id);
    const slot = offered((await page(token)).body)[0] as string;
    await t.database.db
      .updateTable('users')
      .set({ deactivated_at: new Date().toISOString() })
      .where('id', '=', nora.id)
      .execute();
    const refused = await book(token, slot);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('that time could not be booked');
    expect((await getRequest(created.data.id)).data.status).toBe('opened');
  });

  it('answers an unknown link with the 404 page', async () => {
    const missing = await page('x'.repeat(43));
    expect(missing.statusCode).toBe(404);
    expect((await book('x'.repeat(43), day('10:00'))).statusCode).toBe(404);
  });

  it('lets exactly one of 20 candidates take a shared interviewer’s slot at once; the others get 409 with fresh slots', async () => {
    const shared = await buildUser(t.database.db, { time_zone: 'UTC' });
    const tokens: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const other = await buildUser(t.database.db, { time_zone: 'UTC' });
      const created = await newRequest([shared.id, other.id]);
      expect(created.statusCode, created.body).toBe(201);
      tokens.push(await schedulingToken(created.data.id));
    }
    const slot = day('11:00');
    expect(offered((await page(tokens[0] as string)).body)).toContain(slot);

    const answers = await Promise.all(tokens.map((token) => book(token, slot)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 303)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    for (const lost of answers.filter((a) => a.statusCode === 409)) {
      expect(lost.body).toContain('that time was just taken');
      const fresh = offered(lost.body);
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh).not.toContain(slot);
      // The 45 minutes from 11:00 also rule out 10:30 and 11:30.
      expect(fresh).not.toContain(day('10:30'));
      expect(fresh).not.toContain(day('11:30'));
    }
    const interviews = await t.database.db
      .selectFrom('interviews')
      .innerJoin('participants', 'participants.interview_id', 'interviews.id')
      .select('interviews.id')
      .where('participants.user_id', '=', shared.id)
      .where('interviews.starts_at', '=', slot)
      .execute();
    expect(interviews).toHaveLength(1);
  }, 60_000);
});
