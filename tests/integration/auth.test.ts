import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`signing in and out (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses anonymous callers on /api/v1 with 401 in the error format', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/users' });
    expect(response.statusCode).toBe(401);
    expect(response.data).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('sets an HttpOnly, SameSite session cookie that opens the API', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const login = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'convene_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.call({ method: 'GET', url: '/api/v1/session', as });
    expect(me.data.user).toMatchObject({ id: user.id, email: user.email, role: 'coordinator' });
    expect(me.data.user).not.toHaveProperty('passwordHash');
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const { user } = await t.signedIn('coordinator');
    const wrong = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.0.0.1',
      payload: { email: user.email, password: 'not the password' },
    });
    const unknown = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '10.0.0.1',
      payload: { email: 'nobody@example.com', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.data.error.message).toBe(unknown.data.error.message);
    expect(wrong.data.error.message).not.toMatch(/email .*not|no such|unknown/i);
  });

  it('locks an address out after ten wrong passwords in a row, even for the right one', async () => {
    const { user } = await t.signedIn('coordinator');
    const attempt = (password: string) =>
      t.call({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '203.0.113.7',
        payload: { email: user.email, password },
      });
    for (let i = 0; i < 10; i += 1) expect((await attempt('wrong guess')).statusCode).toBe(401);
    const locked = await attempt(PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '203.0.113.8',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a signed-in write without the CSRF token', async () => {
    const { as } = await t.signedIn('admin');
    if (!as || !('cookie' in as)) throw new Error('expected a cookie session');
    const payload = {
      name: 'Grace',
      email: 'grace@example.com',
      timeZone: 'UTC',
      role: 'interviewer',
    };
    const forged = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: as.cookie },
      payload,
    });
    expect(forged.statusCode).toBe(403);
    const wrong = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: { ...as, csrfToken: 'guess' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const users = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'grace@example.com')
      .execute();
    expect(users).toHaveLength(0);
    const real = await t.call({ method: 'POST', url: '/api/v1/users', as, payload });
    expect(real.statusCode).toBe(201);
  });

  it('ends the session on sign-out, so the same cookie no longer works', async () => {
    const { as } = await t.signedIn('coordinator');
    expect((await t.call({ method: 'DELETE', url: '/api/v1/session', as })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/v1/users', as })).statusCode).toBe(401);
  });

  it('refuses a tampered session cookie', async () => {
    const { as } = await t.signedIn('coordinator');
    if (!as || !('cookie' in as)) throw new Error('expected a cookie session');
    const tampered = { ...as, cookie: as.cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) };
    expect((await t.call({ method: 'GET', url: '/api/v1/users', as: tampered })).statusCode).toBe(
      401,
    );
  });

  it('lets an integration use an API key, stored only hashed, until it is revoked', async () => {
    const { as } = await t.signedIn('coordinator');
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/api-keys',
      as,
      payload: { name: 'ATS sync' },
    });
    expect(created.statusCode).toBe(201);
    const key: string = created.data.key;
    expect(key).toMatch(/^cvn_[A-Za-z0-9_-]{43}$/);
    const stored = await t.database.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.data.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key);

    const withKey = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as: { apiKey: key },
      payload: { firstName: 'Key', lastName: 'User', email: 'key.user@example.com' },
    });
    expect(withKey.statusCode).toBe(201);
    const listed = await t.call({ method: 'GET', url: '/api/v1/api-keys', as });
    expect(listed.data.items[0]).toMatchObject({
      name: 'ATS sync',
      lastUsedAt: expect.any(String),
    });
    expect(listed.data.items[0]).not.toHaveProperty('key');

    expect(
      (await t.call({ method: 'DELETE', url: `/api/v1/api-keys/${created.data.id}`, as }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: { apiKey: key } })).statusCode,
    ).toBe(401);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: { apiKey: 'cvn_made_up' } }))
        .statusCode,
    ).toBe(401);
  });
});
