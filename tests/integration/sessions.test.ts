import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`listing and revoking sessions (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  const secondSession = async (email: string) => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      remoteAddress: '203.0.113.50',
      headers: { 'user-agent': 'Firefox on the laptop' },
      payload: { email, password: PASSWORD },
    });
    return {
      cookie: answer.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      csrfToken: answer.data.csrfToken as string,
    };
  };
  const list = (as: Credentials, query: Record<string, string> = {}) =>
    t.call({ method: 'GET', url: '/api/v1/sessions', as, query });

  it('lists one’s own sessions, newest first, marking the current one and showing no token', async () => {
    const { user, as } = await t.signedIn('coordinator');
    await secondSession(user.email);
    const answer = await list(as);
    expect(answer.statusCode).toBe(200);
    expect(answer.data.nextCursor).toBeNull();
    expect(answer.data.items).toEqual([
      {
        id: expect.any(String),
        userId: user.id,
        createdAt: expect.stringMatching(/Z$/),
        expiresAt: expect.stringMatching(/Z$/),
        userAgent: 'Firefox on the laptop',
        clientAddress: '203.0.113.50',
        current: false,
      },
      expect.objectContaining({ userId: user.id, current: true }),
    ]);
    expect(JSON.stringify(answer.data)).not.toMatch(/token/i);
  });

  it('revokes one of one’s own sessions, which stops working at once', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const other = await secondSession(user.email);
    const mine = await list(as);
    const target = mine.data.items.find((s: { current: boolean }) => !s.current);
    const answer = await t.call({ method: 'DELETE', url: `/api/v1/sessions/${target.id}`, as });
    expect(answer.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as: other })).statusCode).toBe(
      401,
    );
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(200);
    expect((await list(as)).data.items).toHaveLength(1);
  });

  it('lets an admin list and revoke another user’s sessions', async () => {
    const { user, as } = await t.signedIn('interviewer');
    const listed = await list(admin, { userId: user.id });
    expect(listed.statusCode).toBe(200);
    expect(listed.data.items).toEqual([
      expect.objectContaining({ userId: user.id, current: false }),
    ]);
    const revoked = await t.call({
      method: 'DELETE',
      url: `/api/v1/sessions/${listed.data.items[0].id}`,
      as: admin,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/v1/session', as })).statusCode).toBe(401);
  });

  it('keeps other people’s sessions from non-admins: 403 to list them, 404 to revoke one', async () => {
    const victim = await t.signedIn('coordinator');
    const { as } = await t.signedIn('coordinator');
    expect((await list(as, { userId: victim.user.id })).statusCode).toBe(403);
    const theirs = await list(victim.as);
    const id = theirs.data.items[0].id;
    expect((await t.call({ method: 'DELETE', url: `/api/v1/sessions/${id}`, as })).statusCode).toBe(
      404,
    );
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/session', as: victim.as })).statusCode,
    ).toBe(200);
  });

  it('leaves expired sessions out of the list', async () => {
    const { user, as } = await t.signedIn('coordinator');
    await secondSession(user.email);
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('user_id', '=', user.id)
      .where('user_agent', '=', 'Firefox on the laptop')
      .execute();
    expect((await list(as)).data.items).toHaveLength(1);
  });
});
