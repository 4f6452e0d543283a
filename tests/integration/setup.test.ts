import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`first admin (${engine})`, () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD on an empty database', async () => {
    t = await startTestApp({
      ADMIN_EMAIL: 'Boss@Example.com',
      ADMIN_PASSWORD: 'first admin password',
    });
    const login = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'boss@example.com', password: 'first admin password' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.data.user.role).toBe('admin');
    expect((await t.call({ method: 'GET', url: '/api/v1/setup' })).data).toEqual({
      setupRequired: false,
    });
  });

  it('offers a one-time setup on an empty database without ADMIN_EMAIL, then refuses a second', async () => {
    t = await startTestApp();
    expect((await t.call({ method: 'GET', url: '/api/v1/setup' })).data).toEqual({
      setupRequired: true,
    });
    const payload = {
      name: 'Ada Admin',
      email: 'ada@example.com',
      password: 'setup password 1',
      timeZone: 'Europe/London',
    };
    const first = await t.call({ method: 'POST', url: '/api/v1/setup', payload });
    expect(first.statusCode).toBe(201);
    expect(first.data).toMatchObject({ role: 'admin', email: 'ada@example.com' });
    const second = await t.call({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...payload, email: 'eve@example.com' },
    });
    expect(second.statusCode).toBe(409);
    const users = await t.database.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).toEqual(['ada@example.com']);
  });

  it('lets only one of two simultaneous setups through', async () => {
    t = await startTestApp();
    const app = t;
    const payload = (email: string) => ({
      name: 'Racer',
      email,
      password: 'setup password 1',
      timeZone: 'UTC',
    });
    const results = await Promise.all(
      ['one@example.com', 'two@example.com', 'three@example.com'].map((email) =>
        app.call({ method: 'POST', url: '/api/v1/setup', payload: payload(email) }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });
});

describe(`restarting on an existing database (${engine})`, () => {
  it('starts again without redoing migrations, the first admin or the default templates', async () => {
    const { createTestDatabase } = await import('../helpers/database.js');
    const { loadConfig } = await import('../../src/config.js');
    const { prepare } = await import('../../src/bootstrap.js');
    const testDb = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: testDb.url,
      SESSION_SECRET: 'x'.repeat(40),
      ADMIN_EMAIL: 'boss@example.com',
      ADMIN_PASSWORD: 'first admin password',
    });
    try {
      for (const round of [1, 2, 3]) {
        const { database, createdAdmin } = await prepare(config);
        expect(createdAdmin).toBe(round === 1);
        const templates = await database.db.selectFrom('templates').select('name').execute();
        // The seeded templates, once each: nothing is seeded again on a restart.
        expect(templates.map((x) => x.name).sort()).toEqual([
          'Candidate Invite',
          'Interviewer Invite',
          'Scheduling Request',
        ]);
        await database.close();
      }
    } finally {
      await testDb.drop();
    }
  });
});
