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
    expect(response.data.workingHours).toEqual({ timeZone: null, weekly: sorted });
    expect((await get(user.id, as)).data.workingHours).toEqual({ timeZone: null, weekly: sorted });
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
});
