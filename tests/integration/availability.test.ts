import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { buildCandidate, buildUser } from '../helpers/factories.js';

type Busy = { start: string; end: string; source: string };

// Finding a time (issue 16, DESIGN §9): busy times from working hours, connected calendars and
// Convene's own interviews, and the slots in which every interviewer is free.
describe(`Availability and free slots (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  let nora: { id: string };
  let bernd: { id: string };
  let ida: { id: string; as: Credentials };
  let candidateId = '';
  let noraInterview: { id: string; version: number } = { id: '', version: 0 };
  // Tuesday 15 January 2030: Nora works 09–18 in New York (14:00–23:00Z), Bernd 09–18 in Berlin
  // (08:00–17:00Z); both work 14:00–17:00Z.
  const day = (hhmm: string) => `2030-01-15T${hhmm}:00.000Z`;

  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
    nora = await buildUser(t.database.db, { name: 'Nora York', time_zone: 'America/New_York' });
    bernd = await buildUser(t.database.db, { name: 'Bernd Berlin', time_zone: 'Europe/Berlin' });
    const signedIn = await t.signedIn('interviewer', { name: 'Ida Interviewer' });
    ida = { id: signedIn.user.id, as: signedIn.as };
    const candidate = await buildCandidate(t.database.db);
    candidateId = candidate.id;
    // Nora sits on a Convene interview 15:00–15:30Z; a cancelled one 14:00Z is no longer busy.
    for (const [startsAt, cancel] of [
      [day('15:00'), false],
      [day('14:00'), true],
    ] as const) {
      const created = await t.call({
        method: 'POST',
        url: '/api/v1/interviews',
        as,
        payload: {
          title: 'Panel',
          candidateId: candidate.id,
          interviewerIds: [nora.id],
          startsAt,
          durationMinutes: 30,
          timeZone: 'UTC',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      if (!cancel) noraInterview = created.data;
      if (cancel) {
        await t.call({
          method: 'POST',
          url: `/api/v1/interviews/${created.data.id}/cancel`,
          as,
          payload: {},
        });
      }
    }
    // Bernd's connected calendar holds 16:30–17:00Z (as a read of his feed stored it).
    const calendarId = randomUUID();
    const now = new Date().toISOString();
    await t.database.db
      .insertInto('calendars')
      .values({
        id: calendarId,
        user_id: bernd.id,
        kind: 'ics',
        url: 'https://calendar.example.com/bernd.ics',
        username: null,
        password_box: null,
        label: null,
        etag: null,
        last_modified: null,
        busy_read_at: now,
        last_sync_at: now,
        last_error: null,
        last_error_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await t.database.db
      .insertInto('calendar_busy')
      .values({ calendar_id: calendarId, starts_at: day('16:30'), ends_at: day('17:00') })
      .execute();
  });
  afterAll(() => t.close());

  const availability = (
    userIds: string[],
    who: Credentials = as,
    from = day('00:00'),
    to = '2030-01-16T00:00:00.000Z',
  ) =>
    t.call({
      method: 'GET',
      url: '/api/v1/availability',
      as: who,
      query: { userIds: userIds.join(','), from, to },
    });
  const slots = (body: Record<string, unknown>, who: Credentials = as) =>
    t.call({ method: 'POST', url: '/api/v1/availability/slots', as: who, payload: body });

  it('lists each person’s busy times with their source: interviews, calendars, outside working hours', async () => {
    const answer = await availability([nora.id, bernd.id]);
    expect(answer.statusCode, answer.body).toBe(200);
    const [noraBusy, berndBusy] = answer.data.users as Array<{ userId: string; busy: Busy[] }>;
    expect(noraBusy?.userId).toBe(nora.id);
    expect(noraBusy?.busy).toEqual([
      { start: day('00:00'), end: day('14:00'), source: 'outside_working_hours' },
      { start: day('15:00'), end: day('15:30'), source: 'interview' },
      { start: day('23:00'), end: '2030-01-16T00:00:00.000Z', source: 'outside_working_hours' },
    ]);
    expect(berndBusy?.busy).toEqual([
      { start: day('00:00'), end: day('08:00'), source: 'outside_working_hours' },
      { start: day('16:30'), end: day('17:00'), source: 'calendar' },
      { start: day('17:00'), end: '2030-01-16T00:00:00.000Z', source: 'outside_working_hours' },
    ]);
  });

  it('finds the slots when both are free, earliest first, and keeps a buffer when asked', async () => {
    const body = {
      interviewerIds: [nora.id, bernd.id],
      durationMinutes: 60,
      from: day('00:00'),
      to: '2030-01-16T00:00:00.000Z',
    };
    const found = await slots(body);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.data.slots).toEqual([
      { startsAt: day('14:00'), endsAt: day('15:00') },
      { startsAt: day('15:30'), endsAt: day('16:30') },
    ]);
    const buffered = await slots({ ...body, bufferMinutes: 15 });
    expect(buffered.data.slots).toEqual([]);
    const fine = await slots({ ...body, durationMinutes: 30, stepMinutes: 15 });
    expect(fine.data.slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16))).toEqual([
      '14:00',
      '14:15',
      '14:30',
      '15:30',
      '15:45',
      '16:00',
    ]);
  });

  it('keeps the buffer from a busy time just outside the window', async () => {
    // Nora's interview ends at 15:00–15:30Z, where this window starts.
    const found = await slots({
      interviewerIds: [nora.id],
      durationMinutes: 30,
      from: day('15:30'),
      to: day('16:30'),
      bufferMinutes: 15,
      stepMinutes: 15,
    });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.data.slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16))).toEqual([
      '15:45',
      '16:00',
    ]);
  });

  it('follows a person’s own working hours and zone', async () => {
    // Bernd now works only 16:00–18:00 Berlin time on Tuesdays (15:00–17:00Z).
    const changed = await t.call({
      method: 'PATCH',
      url: `/api/v1/users/${bernd.id}`,
      as: (await t.signedIn('admin')).as,
      payload: { workingHours: { weekly: [{ day: 2, start: '16:00', end: '18:00' }] } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const found = await slots({
      interviewerIds: [nora.id, bernd.id],
      durationMinutes: 60,
      from: day('00:00'),
      to: '2030-01-16T00:00:00.000Z',
    });
    expect(found.data.slots).toEqual([{ startsAt: day('15:30'), endsAt: day('16:30') }]);
    await t.call({
      method: 'PATCH',
      url: `/api/v1/users/${bernd.id}`,
      as: (await t.signedIn('admin')).as,
      payload: { workingHours: null },
    });
  });

  it('lets an interviewer see only their own time, and find slots not at all', async () => {
    expect((await availability([ida.id], ida.as)).statusCode).toBe(200);
    expect((await availability([ida.id, nora.id], ida.as)).statusCode).toBe(403);
    const found = await slots(
      { interviewerIds: [ida.id], durationMinutes: 30, from: day('00:00'), to: day('23:00') },
      ida.as,
    );
    expect(found.statusCode).toBe(403);
  });

  it('refuses a bad window, an unknown or repeated person, with a 400 naming the field', async () => {
    const fieldOf = (answer: {
      data: { error: { details: { issues: Array<{ field: string }> } } };
    }) => answer.data.error.details.issues.map((i) => i.field);
    const backwards = await availability([nora.id], as, day('10:00'), day('09:00'));
    expect(backwards.statusCode).toBe(400);
    expect(fieldOf(backwards)).toEqual(['to']);
    const tooLong = await availability([nora.id], as, day('00:00'), '2030-04-01T00:00:00.000Z');
    expect(fieldOf(tooLong)).toEqual(['to']);
    const notATime = await availability([nora.id], as, 'tomorrow', day('09:00'));
    expect(fieldOf(notATime)).toEqual(['from']);
    const unknown = await availability([nora.id, randomUUID()]);
    expect(unknown.statusCode).toBe(400);
    expect(fieldOf(unknown)).toEqual(['userIds']);
    const twice = await slots({
      interviewerIds: [nora.id, nora.id],
      durationMinutes: 30,
      from: day('00:00'),
      to: day('23:00'),
    });
    expect(fieldOf(twice)).toEqual(['interviewerIds']);
    const none = await availability([]);
    expect(none.statusCode).toBe(400);
  });

  it('a dry run of a new interview lists what it runs into, per interviewer, and saves nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('interviews')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const dry = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Panel',
        candidateId,
        interviewerIds: [nora.id, bernd.id],
        startsAt: day('15:00'),
        durationMinutes: 120,
        timeZone: 'UTC',
        dryRun: true,
      },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    // Bernd's day ends at 17:00Z, when this interview does: nothing outside his hours.
    expect(dry.data.conflicts).toEqual([
      { userId: nora.id, start: day('15:00'), end: day('15:30'), reason: 'interview' },
      { userId: bernd.id, start: day('16:30'), end: day('17:00'), reason: 'calendar' },
    ]);
    expect(await count()).toBe(before);
    const bad = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: ' ',
        candidateId,
        interviewerIds: [nora.id],
        startsAt: day('15:00'),
        durationMinutes: 30,
        timeZone: 'Mars/Olympus',
        dryRun: true,
      },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('a dry run of a change: the interview never conflicts with itself, and the new time is checked', async () => {
    const patch = (changes: Record<string, unknown>) =>
      t.call({
        method: 'PATCH',
        url: `/api/v1/interviews/${noraInterview.id}`,
        as,
        payload: { version: noraInterview.version, dryRun: true, ...changes },
      });
    const same = await patch({});
    expect(same.statusCode, same.body).toBe(200);
    expect(same.data).toEqual({ conflicts: [] });
    const late = await patch({ startsAt: day('22:30'), durationMinutes: 60 });
    expect(late.data.conflicts).toEqual([
      { userId: nora.id, start: day('23:00'), end: day('23:30'), reason: 'outside_working_hours' },
    ]);
    const withBernd = await patch({ interviewerIds: [nora.id, bernd.id], startsAt: day('16:30') });
    expect(withBernd.data.conflicts).toEqual([
      { userId: bernd.id, start: day('16:30'), end: day('17:00'), reason: 'calendar' },
    ]);
    // Nothing changed.
    const now = await t.call({ method: 'GET', url: `/api/v1/interviews/${noraInterview.id}`, as });
    expect(now.data.startsAt).toBe(day('15:00'));
    expect(now.data.version).toBe(noraInterview.version);
  });
});
