import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`working hours (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  const patch = (id: string, as: Credentials, payload: object) =>
    t.call({ method: 'PATCH', url: `/api/v1/users/${id}`, as, payload });
  const get = (id: string, as: Credentials) =>
    t.call({ method: 'GET', url: `/api/v1/users/${id}`, as });
  const split = [
    { day: 5, start: '13:00', end: '17:00' },
    { day: 1, start: '08:00', end: '12:00' },
    { day: 1, start: '13:00', end: '17:00' },
  ];

  it('starts at null: the default hours', async () => {
    const { user, as } = await t.signedIn('interviewer');
    expect(user.workingHours).toBeNull();
    expect((await get(user.id, as)).data.workingHours).toBeNull();
  });

  it('lets a user set their own hours, kept sorted and in their own zone unless one is named', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: 'Asia/Tokyo' });
    const response = await patch(user.id, as, { workingHours: { weekly: split } });
    expect(response.statusCode).toBe(200);
    const sorted = [split[1], split[2], split[0]];
    const saved = { timeZone: null, weekly: sorted, datesOff: [] };
    expect(response.data.workingHours).toEqual(saved);
    expect((await get(user.id, as)).data.workingHours).toEqual(saved);
    // The session answers the same user, so the app sees the hours at once.
    const session = await t.call({ method: 'GET', url: '/api/v1/session', as });
    expect(session.data.user.workingHours.weekly).toEqual(sorted);
  });

  it('stores a named zone under its current name', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const response = await patch(user.id, as, {
      workingHours: {
        timeZone: 'Asia/Calcutta',
        weekly: [{ day: 2, start: '10:00', end: '24:00' }],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.data.workingHours.timeZone).toBe('Asia/Kolkata');
  });

  it('lets an admin set anyone’s hours along with their name and zone', async () => {
    const { user } = await t.signedIn('interviewer');
    const response = await patch(user.id, admin, {
      name: 'Zoë Quint',
      timeZone: 'Asia/Tokyo',
      workingHours: { weekly: [{ day: 6, start: '09:00', end: '13:00' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.data).toMatchObject({
      name: 'Zoë Quint',
      timeZone: 'Asia/Tokyo',
      workingHours: { timeZone: null, weekly: [{ day: 6, start: '09:00', end: '13:00' }] },
    });
  });

  it('refuses another non-admin’s change with 403 and changes nothing', async () => {
    const { user } = await t.signedIn('interviewer');
    const other = await t.signedIn('coordinator');
    const response = await patch(user.id, other.as, { workingHours: { weekly: split } });
    expect(response.statusCode).toBe(403);
    expect((await get(user.id, admin)).data.workingHours).toBeNull();
  });

  it.each([
    [
      [{ day: 1, start: '09:00', end: '08:00' }],
      'workingHours.weekly.0.end',
      'later than the start',
    ],
    [[{ day: 2, start: '9am', end: '17:00' }], 'workingHours.weekly.0.start', 'HH:MM'],
    [[{ day: 3, start: '09:00', end: '24:30' }], 'workingHours.weekly.0.end', '24:00'],
    [
      [
        { day: 4, start: '09:00', end: '13:00' },
        { day: 4, start: '12:00', end: '18:00' },
      ],
      'workingHours.weekly.1',
      'overlaps',
    ],
    [[{ day: 8, start: '09:00', end: '17:00' }], 'workingHours.weekly.0.day', '7'],
    [[], 'workingHours.weekly', 'at least one'],
  ])('refuses %j with 400 naming %s, and keeps the hours', async (weekly, field, words) => {
    const { user, as } = await t.signedIn('interviewer');
    await patch(user.id, as, { workingHours: { weekly: split } });
    const response = await patch(user.id, as, { workingHours: { weekly } });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_error');
    expect(response.data.error.details.issues).toEqual([
      expect.objectContaining({ field, message: expect.stringContaining(words) }),
    ]);
    expect((await get(user.id, as)).data.workingHours.weekly).toHaveLength(3);
  });

  it('refuses an unknown zone and a fifteenth range with 400 naming the field', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const zone = await patch(user.id, as, {
      workingHours: { timeZone: 'Mars/Olympus', weekly: split },
    });
    expect(zone.statusCode).toBe(400);
    expect(zone.data.error.details.issues[0].field).toBe('workingHours.timeZone');
    const weekly = Array.from({ length: 15 }, (_, i) => ({
      day: (i % 7) + 1,
      start: `0${i % 3}:00`,
      end: '23:00',
    }));
    const many = await patch(user.id, as, { workingHours: { weekly } });
    expect(many.statusCode).toBe(400);
    expect(many.data.error.details.issues[0].field).toBe('workingHours.weekly');
  });

  it('restores the default with null', async () => {
    const { user, as } = await t.signedIn('interviewer');
    await patch(user.id, as, { workingHours: { weekly: split } });
    const response = await patch(user.id, as, { workingHours: null });
    expect(response.statusCode).toBe(200);
    expect(response.data.workingHours).toBeNull();
    expect((await get(user.id, admin)).data.workingHours).toBeNull();
  });

  it('keeps the hours when other fields change', async () => {
    const { user, as } = await t.signedIn('interviewer');
    await patch(user.id, as, { workingHours: { weekly: split } });
    const response = await patch(user.id, as, { name: 'Renamed', timeZone: 'Europe/Paris' });
    expect(response.data.workingHours.weekly).toHaveLength(3);
    const listed = await t.call({ method: 'GET', url: '/api/v1/users?q=Renamed', as: admin });
    expect(listed.data.items[0].workingHours.weekly).toHaveLength(3);
  });

  // Time off (DESIGN §9): whole local days in the hours' zone, inclusive ranges.
  const holiday = { from: '2030-01-14', to: '2030-01-25', note: ' Skiing ' };

  it('saves time off with the hours, sorted, notes trimmed, and answers it', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: 'Asia/Tokyo' });
    const response = await patch(user.id, as, {
      workingHours: {
        weekly: split,
        datesOff: [holiday, { from: '2030-01-02', to: '2030-01-02', note: '' }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const datesOff = [
      { from: '2030-01-02', to: '2030-01-02' },
      { from: '2030-01-14', to: '2030-01-25', note: 'Skiing' },
    ];
    expect(response.data.workingHours.datesOff).toEqual(datesOff);
    expect((await get(user.id, admin)).data.workingHours.datesOff).toEqual(datesOff);
    // Sending the hours without it clears it: working hours are written whole.
    const cleared = await patch(user.id, as, { workingHours: { weekly: split } });
    expect(cleared.data.workingHours.datesOff).toEqual([]);
  });

  it.each([
    [{ from: '2030-02-30', to: '2030-03-01' }, 'workingHours.datesOff.0.from', 'YYYY-MM-DD'],
    [{ from: '2030-03-01', to: '1 March' }, 'workingHours.datesOff.0.to', 'YYYY-MM-DD'],
    [{ from: '2030-03-02', to: '2030-03-01' }, 'workingHours.datesOff.0.to', 'before the start'],
    [
      { from: '2030-03-01', to: '2030-03-01', note: 'a\nb' },
      'workingHours.datesOff.0.note',
      'one line',
    ],
  ])('refuses time off %j with 400 naming %s', async (off, field, words) => {
    const { user, as } = await t.signedIn('interviewer');
    const response = await patch(user.id, as, { workingHours: { weekly: split, datesOff: [off] } });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues).toEqual([
      expect.objectContaining({ field, message: expect.stringContaining(words) }),
    ]);
    expect((await get(user.id, as)).data.workingHours).toBeNull();
  });

  it('refuses more than 100 entries of time off', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const many = Array.from({ length: 101 }, () => ({ from: '2030-01-01', to: '2030-01-01' }));
    const response = await patch(user.id, as, { workingHours: { weekly: split, datesOff: many } });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues[0].field).toBe('workingHours.datesOff');
  });

  it('offers no slot on a day off, and a dry run there is outside working hours', async () => {
    const { user, as } = await t.signedIn('interviewer', { timeZone: 'Asia/Tokyo' });
    // Tokyo (UTC+9) works 09:00–18:00: 00:00–09:00Z. Wednesday 16 January 2030 is off.
    const set = await patch(user.id, as, {
      workingHours: {
        weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
        datesOff: [{ from: '2030-01-16', to: '2030-01-16', note: 'Moving house' }],
      },
    });
    expect(set.statusCode, set.body).toBe(200);
    const found = await t.call({
      method: 'POST',
      url: '/api/v1/availability/slots',
      as: admin,
      payload: {
        interviewerIds: [user.id],
        durationMinutes: 60,
        from: '2030-01-15T00:00:00.000Z',
        to: '2030-01-18T00:00:00.000Z',
        stepMinutes: 60,
      },
    });
    expect(found.statusCode, found.body).toBe(200);
    const days = new Set(
      (found.data.slots as Array<{ startsAt: string }>).map((s) => s.startsAt.slice(0, 10)),
    );
    expect([...days]).toEqual(['2030-01-15', '2030-01-17']);
    expect(found.data.slots).toHaveLength(18);

    const candidate = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as: admin,
      payload: { firstName: 'Ada', lastName: 'Off', email: 'ada.off@example.com' },
    });
    const dry = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as: admin,
      payload: {
        title: 'On a day off',
        candidateId: candidate.data.id,
        interviewerIds: [user.id],
        startsAt: '2030-01-16T01:00:00.000Z',
        durationMinutes: 60,
        timeZone: 'UTC',
        dryRun: true,
      },
    });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.data.conflicts).toEqual([
      {
        userId: user.id,
        start: '2030-01-16T01:00:00.000Z',
        end: '2030-01-16T02:00:00.000Z',
        reason: 'outside_working_hours',
      },
    ]);
  });
});
