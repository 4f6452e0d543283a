import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

const NEW_PASSWORD = 'copper kettle lantern';

describe(`changing and resetting passwords (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  const signIn = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    t.call({ method: 'POST', url: '/api/v1/session', remoteAddress, payload: { email, password } });
  const cookieOf = (answer: {
    cookies: Array<{ name: string; value: string }>;
    data: { csrfToken: string };
  }) => ({
    cookie: answer.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    csrfToken: answer.data.csrfToken,
  });
  const changeOwn = (as: Credentials, payload: object, remoteAddress = '127.0.0.1') =>
    t.call({ method: 'POST', url: '/api/v1/session/password', as, remoteAddress, payload });

  it('lets a user change their own password with the current one, ending their other sessions but not this one', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const elsewhere = cookieOf(await signIn(user.email, PASSWORD));
    const answer = await changeOwn(as, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(answer.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(200);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/session', as: elsewhere })).statusCode,
    ).toBe(401);
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a wrong current password with 400 naming currentPassword, and counts it like a failed sign-in', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const from = '192.0.2.44';
    for (let i = 0; i < 10; i += 1) {
      const wrong = await changeOwn(
        as,
        { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD },
        from,
      );
      expect(wrong.statusCode).toBe(400);
      expect(wrong.data.error.details.issues).toEqual([
        { field: 'currentPassword', message: expect.any(String) },
      ]);
    }
    const locked = await changeOwn(
      as,
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      from,
    );
    expect(locked.statusCode).toBe(429);
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak new password with 400 naming newPassword, and keeps the old one', async () => {
    const { user, as } = await t.signedIn('coordinator');
    for (const newPassword of [' '.repeat(12), 'password1234', 'short']) {
      const answer = await changeOwn(as, { currentPassword: PASSWORD, newPassword });
      expect(answer.statusCode, newPassword).toBe(400);
      expect(answer.data.error.details.issues[0].field).toBe('newPassword');
    }
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(200);
  });

  it('lets an admin reset another user’s password, which ends that user’s sessions', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const answer = await t.call({
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      as: admin,
      payload: { password: NEW_PASSWORD },
    });
    expect(answer.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(401);
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(user.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('gives a user without a password one, so they can sign in', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: {
        name: 'Ivo Invitee',
        email: 'ivo@example.com',
        timeZone: 'UTC',
        role: 'interviewer',
      },
    });
    expect(created.data.canSignIn).toBe(false);
    await t.call({
      method: 'POST',
      url: `/api/v1/users/${created.data.id}/password`,
      as: admin,
      payload: { password: NEW_PASSWORD },
    });
    const fetched = await t.call({
      method: 'GET',
      url: `/api/v1/users/${created.data.id}`,
      as: admin,
    });
    expect(fetched.data.canSignIn).toBe(true);
  });

  it('refuses a weak reset, a reset of one’s own password without the current one, and a reset by a non-admin', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const weak = await t.call({
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      as: admin,
      payload: { password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.data.error.details.issues[0]).toEqual({
      field: 'password',
      message: expect.stringMatching(/too easy/),
    });
    const self = await t.call({
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      as,
      payload: { password: NEW_PASSWORD },
    });
    expect(self.statusCode).toBe(403);
    const me = (await t.call({ method: 'GET', url: '/api/v1/session', as: admin })).data.user;
    const adminSelf = await t.call({
      method: 'POST',
      url: `/api/v1/users/${me.id}/password`,
      as: admin,
      payload: { password: NEW_PASSWORD },
    });
    expect(adminSelf.statusCode).toBe(403);
    expect(adminSelf.data.error.message).toMatch(/session\/password/);
    expect((await signIn(user.email, PASSWORD)).statusCode).toBe(200);
  });
});
