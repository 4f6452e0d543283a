import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`who manages API keys, and for how long they work (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  let adminId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const signedIn = await t.signedIn('admin');
    admin = signedIn.as;
    adminId = signedIn.user.id;
  });
  afterAll(() => t.close());

  const create = (as: Credentials, payload: object) =>
    t.call({ method: 'POST', url: '/api/v1/api-keys', as, payload });
  const list = (as: Credentials, query: Record<string, string> = {}) =>
    t.call({ method: 'GET', url: '/api/v1/api-keys', as, query });

  it('refuses to create a key with an API key, so no key outlives its own revocation through a child', async () => {
    const { as } = await t.signedIn('coordinator');
    const parent = await create(as, { name: 'Parent' });
    const child = await create({ apiKey: parent.data.key }, { name: 'Child' });
    expect(child.statusCode).toBe(403);
    expect(child.data.error.message).toMatch(/API key/);
    const keys = await t.database.db
      .selectFrom('api_keys')
      .select('name')
      .where('name', '=', 'Child')
      .execute();
    expect(keys).toHaveLength(0);
  });

  it('takes an expiry, shows it, and answers 401 once the key has expired', async () => {
    const { as } = await t.signedIn('coordinator');
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = await create(as, { name: 'Expiring', expiresAt });
    expect(created.statusCode).toBe(201);
    expect(created.data.expiresAt).toBe(expiresAt);
    const key = { apiKey: created.data.key as string };
    expect((await t.call({ method: 'GET', url: '/api/v1/candidates', as: key })).statusCode).toBe(
      200,
    );
    await t.database.db
      .updateTable('api_keys')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', created.data.id)
      .execute();
    const expired = await t.call({ method: 'GET', url: '/api/v1/candidates', as: key });
    expect(expired.statusCode).toBe(401);
  });

  it('refuses an expiry in the past or not a date with 400 naming expiresAt', async () => {
    const { as } = await t.signedIn('coordinator');
    for (const expiresAt of ['2001-01-01T00:00:00Z', 'next week', '2031-02-30T00:00:00Z']) {
      const answer = await create(as, { name: 'Bad expiry', expiresAt });
      expect(answer.statusCode, expiresAt).toBe(400);
      expect(answer.data.error.details.issues[0].field).toBe('expiresAt');
    }
  });

  it('lets an admin list every key with its owner, filter by user, and revoke anyone’s', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const theirs = await create(as, { name: 'Coordinator key' });
    const all = await list(admin, { limit: '100' });
    expect(all.statusCode).toBe(200);
    expect(all.data.items).toContainEqual(
      expect.objectContaining({
        id: theirs.data.id,
        name: 'Coordinator key',
        owner: { id: user.id, name: user.name, email: user.email },
        expiresAt: null,
        revokedAt: null,
      }),
    );
    const filtered = await list(admin, { userId: user.id });
    expect(filtered.data.items.map((k: { id: string }) => k.id)).toEqual([theirs.data.id]);
    const revoked = await t.call({
      method: 'DELETE',
      url: `/api/v1/api-keys/${theirs.data.id}`,
      as: admin,
    });
    expect(revoked.statusCode).toBe(204);
    const used = await t.call({
      method: 'GET',
      url: '/api/v1/candidates',
      as: { apiKey: theirs.data.key },
    });
    expect(used.statusCode).toBe(401);
  });

  it('shows a coordinator only their own keys: 403 for another’s list, 404 to revoke another’s key', async () => {
    const mine = await t.signedIn('coordinator');
    const other = await t.signedIn('coordinator');
    const key = await create(other.as, { name: 'Not yours' });
    await create(mine.as, { name: 'Mine' });
    const listed = await list(mine.as);
    expect(listed.data.items.map((k: { name: string }) => k.name)).toEqual(['Mine']);
    expect((await list(mine.as, { userId: other.user.id })).statusCode).toBe(403);
    expect((await list(mine.as, { userId: adminId })).statusCode).toBe(403);
    const revoke = await t.call({
      method: 'DELETE',
      url: `/api/v1/api-keys/${key.data.id}`,
      as: mine.as,
    });
    expect(revoke.statusCode).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: { apiKey: key.data.key } }))
        .statusCode,
    ).toBe(200);
  });

  it('pages the list of keys without gaps or repeats', async () => {
    const { user, as } = await t.signedIn('coordinator');
    for (const name of ['K1', 'K2', 'K3', 'K4', 'K5']) await create(as, { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = {
        userId: user.id,
        limit: '2',
        ...(cursor ? { cursor } : {}),
      };
      const page = await list(admin, query);
      seen.push(...page.data.items.map((k: { name: string }) => k.name));
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
  });

  it('lets an interviewer see and revoke the keys they kept from an earlier role, but not make new ones', async () => {
    const { user, as } = await t.signedIn('coordinator');
    const kept = await create(as, { name: 'From before' });
    await t.call({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      as: admin,
      payload: { role: 'interviewer' },
    });
    expect((await list(as)).data.items.map((k: { id: string }) => k.id)).toEqual([kept.data.id]);
    expect((await create(as, { name: 'New' })).statusCode).toBe(403);
    expect(
      (await t.call({ method: 'DELETE', url: `/api/v1/api-keys/${kept.data.id}`, as })).statusCode,
    ).toBe(204);
  });
});
