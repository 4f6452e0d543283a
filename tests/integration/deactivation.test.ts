import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { setUpInterview } from '../helpers/interviews.js';

describe(`deactivating users and changing roles (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  const patch = (id: string, payload: object, as: Credentials = admin) =>
    t.call({ method: 'PATCH', url: `/api/v1/users/${id}`, as, payload });
  const signIn = (email: string, password: string) =>
    t.call({ method: 'POST', url: '/api/v1/session', payload: { email, password } });

  it('stops a deactivated user’s sessions and API keys at once, and refuses their sign-in like a wrong password', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const key = await t.call({
      method: 'POST',
      url: '/api/v1/api-keys',
      as,
      payload: { name: 'Sync' },
    });
    expect(key.statusCode).toBe(201);
    const apiKey = { apiKey: key.data.key as string };
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: apiKey })).statusCode,
    ).toBe(200);

    const answer = await patch(user.id, { active: false });
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toMatchObject({
      id: user.id,
      active: false,
      deactivatedAt: expect.stringMatching(/Z$/),
    });

    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(401);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: apiKey })).statusCode,
    ).toBe(401);
    const refused = await signIn(user.email, PASSWORD);
    const wrong = await signIn(user.email, 'not the password at all');
    expect(refused.statusCode).toBe(401);
    expect(refused.data.error.message).toBe(wrong.data.error.message);
    const sessions = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toHaveLength(0);
  });

  it('keeps a deactivated interviewer’s interviews and participant rows untouched', async () => {
    const coordinator = (await t.signedIn('coordinator')).as;
    const { interview, interviewers } = await setUpInterview(t, coordinator);
    const before = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${interview.id}`,
      as: coordinator,
    });
    const participantRows = () =>
      t.database.db
        .selectFrom('participants')
        .selectAll()
        .where('interview_id', '=', interview.id)
        .orderBy('position')
        .execute();
    const rowsBefore = await participantRows();

    expect((await patch(interviewers[0].id, { active: false })).statusCode).toBe(200);

    const after = await t.call({
      method: 'GET',
      url: `/api/v1/interviews/${interview.id}`,
      as: coordinator,
    });
    expect(after.statusCode).toBe(200);
    expect(after.data).toEqual(before.data);
    expect(await participantRows()).toEqual(rowsBefore);

    // They cannot be put on a new interview, through the API any more than through the app.
    const again = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as: coordinator,
      payload: {
        title: 'Second round',
        candidateId: interview.candidateId,
        interviewerIds: [interviewers[0].id, interviewers[1].id],
        startsAt: interview.startsAt,
        durationMinutes: 30,
        timeZone: 'UTC',
      },
    });
    expect(again.statusCode).toBe(400);
    expect(again.data.error.details.issues).toEqual([
      {
        field: 'interviewerIds',
        message: `${interviewers[0].name} (user ${interviewers[0].id}) is deactivated`,
      },
    ]);
  });

  it('lets a reactivated user sign in again, while the sessions and keys they had stay revoked', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const key = await t.call({
      method: 'POST',
      url: '/api/v1/api-keys',
      as,
      payload: { name: 'Old' },
    });
    await patch(user.id, { active: false });
    const back = await patch(user.id, { active: true });
    expect(back.data).toMatchObject({ active: true, deactivatedAt: null });
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(401);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: { apiKey: key.data.key } }))
        .statusCode,
    ).toBe(401);
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(200);
  });

  it('changes a role, which applies to the user’s open session at once', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const answer = await patch(user.id, { role: 'interviewer' });
    expect(answer.statusCode).toBe(200);
    expect(answer.data.role).toBe('interviewer');
    const write = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: { name: 'Nope', audience: 'candidate', subject: 'Hi', body: '<p>Hi</p>' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('lets only admins change roles or deactivate, and anyone change their own name and time zone', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const other = await t.signedIn('interviewer');
    expect((await patch(other.user.id, { active: false }, as)).statusCode).toBe(403);
    expect((await patch(other.user.id, { name: 'Renamed' }, as)).statusCode).toBe(403);
    expect((await patch(user.id, { role: 'admin' }, as)).statusCode).toBe(403);
    expect((await patch(user.id, { active: false }, as)).statusCode).toBe(403);
    const own = await patch(user.id, { name: 'Carla C.', timeZone: 'Asia/Tokyo' }, as);
    expect(own.statusCode).toBe(200);
    expect(own.data).toMatchObject({
      name: 'Carla C.',
      timeZone: 'Asia/Tokyo',
      role: 'coordinator',
      active: true,
    });
  });

  it('refuses bad changes with 400 naming the field, and changes nothing', async () => {
    const { user } = await t.signedIn('coordinator');
    for (const [payload, field] of [
      [{ role: 'boss' }, 'role'],
      [{ timeZone: 'Mars/Olympus', name: 'Fine' }, 'timeZone'],
      [{ name: 'Two\nLines' }, 'name'],
      [{ email: 'x@example.com' }, 'email'],
      [{ active: 'no' }, 'active'],
      [{}, 'body'],
    ] as const) {
      const answer = await patch(user.id, payload);
      expect(answer.statusCode, JSON.stringify(payload)).toBe(400);
      expect(answer.data.error.details.issues.map((i: { field: string }) => i.field)).toContain(
        field,
      );
    }
    const fetched = await t.call({ method: 'GET', url: `/api/v1/users/${user.id}`, as: admin });
    expect(fetched.data).toMatchObject({
      name: user.name,
      timeZone: user.timeZone,
      role: 'coordinator',
    });
    const missing = await patch('00000000-0000-4000-8000-000000000000', { active: false });
    expect(missing.statusCode).toBe(404);
  });

  it('lists only active users when asked, and shows everyone’s state', async () => {
    const { user } = await t.signedIn('interviewer', { name: 'Zed Gone' });
    await patch(user.id, { active: false });
    const all = await t.call({
      method: 'GET',
      url: '/api/v1/users',
      as: admin,
      query: { q: 'Zed Gone' },
    });
    expect(all.data.items).toEqual([expect.objectContaining({ id: user.id, active: false })]);
    const active = await t.call({
      method: 'GET',
      url: '/api/v1/users',
      as: admin,
      query: { q: 'Zed Gone', active: 'true' },
    });
    expect(active.data.items).toEqual([]);
  });
});

describe(`keeping at least one active admin (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const patch = (id: string, payload: object, as: Credentials) =>
    t.call({ method: 'PATCH', url: `/api/v1/users/${id}`, as, payload });

  it('refuses with 409 to demote or deactivate the last active admin, and allows it once another exists', async () => {
    const first = await t.signedIn('admin');
    for (const change of [{ role: 'coordinator' }, { active: false }]) {
      const answer = await patch(first.user.id, change, first.as);
      expect(answer.statusCode, JSON.stringify(change)).toBe(409);
      expect(answer.data.error.message).toMatch(/admin/);
    }
    const second = await t.signedIn('admin');
    expect((await patch(first.user.id, { role: 'coordinator' }, first.as)).statusCode).toBe(200);
    expect((await patch(second.user.id, { active: false }, second.as)).statusCode).toBe(409);
  });

  it('lets only one of two admins who demote each other at the same moment succeed', async () => {
    const a = await t.signedIn('admin');
    const b = await t.signedIn('admin');
    // Leave a and b the only active admins.
    const others = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('id', 'not in', [a.user.id, b.user.id])
      .execute();
    for (const { id } of others) {
      await t.database.db
        .updateTable('users')
        .set({ role: 'coordinator' })
        .where('id', '=', id)
        .execute();
    }
    const answers = await Promise.all([
      patch(b.user.id, { role: 'interviewer' }, a.as),
      patch(a.user.id, { active: false }, b.as),
    ]);
    // The loser is refused by the guard (409), or, when the winner committed before its
    // credentials were read, as no longer an admin (403) or no longer signed in (401).
    const statuses = answers.map((x) => x.statusCode).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect([401, 403, 409]).toContain(statuses.find((s) => s !== 200));
    const admins = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('deactivated_at', 'is', null)
      .execute();
    expect(admins).toHaveLength(1);
  });
});
