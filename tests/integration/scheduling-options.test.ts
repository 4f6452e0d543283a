import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';
import { seededTemplates } from '../helpers/interviews.js';

// A scheduling request's own slot rules (DESIGN §9): a buffer around the interviewers' busy
// times, a minimum notice and a step, applied on the candidate's page and again at booking.
describe(`Scheduling request buffers, notice and step (${engine})`, () => {
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
        subject: 'Choose a time',
        body: '<p><a href="{{ scheduling.link }}">Choose a time</a></p>',
      },
    });
    templates = { ...seeded, request: created.data.id };
  });
  afterAll(() => t.close());

  async function newRequest(interviewerIds: string[], overrides: Record<string, unknown> = {}) {
    const candidate = await buildCandidate(t.database.db, { time_zone: null });
    return t.call({
      method: 'POST',
      url: '/api/v1/scheduling-requests',
      as,
      payload: {
        candidateId: candidate.id,
        interviewerIds,
        title: 'Technical interview',
        durationMinutes: 30,
        ...window,
        timeZone: 'UTC',
        requestTemplateId: templates.request,
        candidate: { templateId: templates.candidate },
        interviewer: { templateId: templates.interviewer },
        ...overrides,
      },
    });
  }

  /** The scheduling link token in the request's email, read from the development mailbox. */
  async function tokenOf(requestId: string): Promise<string> {
    await t.worker?.drain();
    const row = await t.database.db
      .selectFrom('messages')
      .select('id')
      .where('scheduling_request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    const mail = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${row.id}`, as });
    const match = /https:\/\/convene\.test\/s\/([A-Za-z0-9_-]{43})/.exec(mail.data.text);
    if (!match?.[1]) throw new Error(`no scheduling link in ${mail.data.text}`);
    return match[1];
  }

  const offered = async (token: string) =>
    [
      ...(await t.call({ method: 'GET', url: `/s/${token}` })).body.matchAll(
        /name="startsAt" value="([^"]+)"/g,
      ),
    ].map((m) => m[1] as string);
  const book = (token: string, startsAt: string) =>
    t.call({
      method: 'POST',
      url: `/s/${token}/book`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ startsAt }).toString(),
    });
  async function interviewFor(userId: string, startsAt: string, durationMinutes: number) {
    const candidate = await buildCandidate(t.database.db);
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Earlier panel',
        candidateId: candidate.id,
        interviewerIds: [userId],
        startsAt,
        durationMinutes,
        timeZone: 'UTC',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
  }

  it('keeps the notice, step and no buffer it always had unless the request sets its own', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id]);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ bufferMinutes: 0, minNoticeMinutes: 60, stepMinutes: 30 });
    const own = await newRequest([nora.id], {
      bufferMinutes: 15,
      minNoticeMinutes: 1440,
      stepMinutes: 60,
    });
    expect(own.statusCode, own.body).toBe(201);
    const read = await t.call({
      method: 'GET',
      url: `/api/v1/scheduling-requests/${own.data.id}`,
      as,
    });
    expect(read.data).toMatchObject({ bufferMinutes: 15, minNoticeMinutes: 1440, stepMinutes: 60 });
  });

  it('offers no time within the buffer of an interviewer’s interview', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    await interviewFor(nora.id, day('12:00'), 60);
    const plain = await newRequest([nora.id], { stepMinutes: 15 });
    const buffered = await newRequest([nora.id], { stepMinutes: 15, bufferMinutes: 30 });
    const without = await offered(await tokenOf(plain.data.id));
    expect(without).toEqual(expect.arrayContaining([day('11:30'), day('13:00')]));
    const withBuffer = await offered(await tokenOf(buffered.data.id));
    // 30 minutes long, kept 30 minutes clear of 12:00–13:00: 11:00 ends at 11:30, 13:30 starts then.
    expect(withBuffer).toEqual(expect.arrayContaining([day('11:00'), day('13:30')]));
    for (const near of ['11:15', '11:30', '11:45', '12:00', '12:45', '13:00', '13:15']) {
      expect(withBuffer, near).not.toContain(day(near));
    }
  });

  it('keeps the buffer from an interview just before the window opens', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    await interviewFor(nora.id, day('09:30'), 30);
    const created = await newRequest([nora.id], {
      from: day('10:00'),
      stepMinutes: 15,
      bufferMinutes: 30,
    });
    const times = await offered(await tokenOf(created.data.id));
    expect(times[0]).toBe(day('10:30'));
  });

  it('refuses at booking a time that an interview made since has brought within the buffer', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const created = await newRequest([nora.id], { stepMinutes: 15, bufferMinutes: 30 });
    const token = await tokenOf(created.data.id);
    expect(await offered(token)).toContain(day('10:45'));
    // Meanwhile Nora is put on 10:00–10:30: 10:45 is now inside its buffer, 11:00 is not.
    await interviewFor(nora.id, day('10:00'), 30);
    const refused = await book(token, day('10:45'));
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('that time was just taken');
    expect(await offered(token)).not.toContain(day('10:45'));
    expect((await book(token, day('11:00'))).statusCode).toBe(303);
  });

  it('offers times only on its step and no sooner than its notice', async () => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const hourly = await newRequest([nora.id], { stepMinutes: 60 });
    const times = await offered(await tokenOf(hourly.data.id));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((s) => s.endsWith(':00:00.000Z'))).toBe(true);

    // A window in the next ten days, with two weeks' notice, has nothing to offer.
    const soon = await newRequest([nora.id], {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      minNoticeMinutes: 20_160,
    });
    expect(soon.statusCode, soon.body).toBe(201);
    expect(await offered(await tokenOf(soon.data.id))).toEqual([]);
  });

  it.each([
    ['bufferMinutes', 241],
    ['bufferMinutes', -1],
    ['minNoticeMinutes', 20_161],
    ['stepMinutes', 4],
    ['stepMinutes', 7.5],
  ])('refuses %s %j with 400 naming it', async (field, value) => {
    const nora = await buildUser(t.database.db, { time_zone: 'UTC' });
    const refused = await newRequest([nora.id], { [field]: value });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error.details.issues[0].field).toBe(field);
  });
});
