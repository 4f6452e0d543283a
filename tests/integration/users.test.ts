import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`users API (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  const countUsers = async () =>
    (await t.database.db.selectFrom('users').select('id').execute()).length;
  const valid = {
    name: 'Ines Interviewer',
    email: 'ines@example.com',
    timeZone: 'America/New_York',
    role: 'interviewer',
  };

  it('adds a user and shows them without any password data', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: { ...valid, password: 'ines password 1' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.data).toEqual({
      id: expect.any(String),
      name: 'Ines Interviewer',
      email: 'ines@example.com',
      timeZone: 'America/New_York',
      locale: null,
      role: 'interviewer',
      canSignIn: true,
      active: true,
      deactivatedAt: null,
      workingHours: null,
      createdAt: expect.stringMatching(/Z$/),
    });
    const fetched = await t.call({
      method: 'GET',
      url: `/api/v1/users/${response.data.id}`,
      as: admin,
    });
    expect(fetched.data).toEqual(response.data);
  });

  it('refuses an unknown time zone with 400 naming timeZone, and writes nothing', async () => {
    const before = await countUsers();
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: { ...valid, email: 'mars@example.com', timeZone: 'Mars/Olympus' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.code).toBe('validation_error');
    expect(response.data.error.message).toContain('timeZone');
    expect(response.data.error.details.issues).toEqual([
      { field: 'timeZone', message: expect.stringContaining('Mars/Olympus') },
    ]);
    expect(await countUsers()).toBe(before);
  });

  it.each([
    ['CR/LF', 'Eve\r\nBcc: victim@example.com'],
    ['LF', 'Eve\nEvil'],
    ['a NUL byte', 'Eve\u0000'],
  ])(
    'refuses a name containing %s with 400 naming name, and writes nothing',
    async (_what, name) => {
      const before = await countUsers();
      const response = await t.call({
        method: 'POST',
        url: '/api/v1/users',
        as: admin,
        payload: { ...valid, email: 'eve@example.com', name },
      });
      expect(response.statusCode).toBe(400);
      expect(response.data.error.details.issues[0].field).toBe('name');
      expect(await countUsers()).toBe(before);
    },
  );

  it('names every bad field at once: missing, unknown and malformed', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: { email: 'x@example.com', timeZone: 'UTC', role: 'boss', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.data.error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'extra', 'role']));
  });

  it('refuses an invalid email address', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: { ...valid, email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues[0].field).toBe('email');
  });

  it('refuses a second user with the same email, whatever its case, with 409', async () => {
    const payload = { ...valid, email: 'twice@example.com' };
    expect(
      (await t.call({ method: 'POST', url: '/api/v1/users', as: admin, payload })).statusCode,
    ).toBe(201);
    const again = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: { ...payload, email: 'TWICE@example.com' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe('conflict');
  });

  it('lets only admins add users', async () => {
    const { as } = await t.signedIn('coordinator');
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as,
      payload: { ...valid, email: 'nope@example.com' },
    });
    expect(response.statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: '/api/v1/users', as })).statusCode).toBe(200);
  });

  it('lists users by name in pages that join up without gaps or repeats', async () => {
    for (const name of ['Zoe', 'Yann', 'Xia', 'Walt', 'Vera']) {
      await t.call({
        method: 'POST',
        url: '/api/v1/users',
        as: admin,
        payload: {
          ...valid,
          name: `${name} Pager`,
          email: `${name.toLowerCase()}.pager@example.com`,
        },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = {
        q: 'pager',
        limit: '2',
        ...(cursor ? { cursor } : {}),
      };
      const page = await t.call({ method: 'GET', url: '/api/v1/users', as: admin, query });
      expect(page.statusCode).toBe(200);
      seen.push(...page.data.items.map((u: { name: string }) => u.name));
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Vera Pager', 'Walt Pager', 'Xia Pager', 'Yann Pager', 'Zoe Pager']);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/users',
      as: admin,
      query: { cursor: 'bogus' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.data.error.details.issues[0].field).toBe('cursor');
  });
});
