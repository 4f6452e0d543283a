import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { setUpInterview } from '../helpers/interviews.js';

// Old spellings of a zone are accepted and stored under the zone's current IANA name, so every
// screen and email shows "Asia/Kolkata", never "Asia/Calcutta" for some and not others.
describe(`time zones are stored under their current names (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  it('a candidate given Asia/Calcutta is in Asia/Kolkata, and a change to Europe/Kiev is Europe/Kyiv', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as: admin,
      payload: {
        firstName: 'Priya',
        lastName: 'Raman',
        email: 'priya@example.in',
        timeZone: 'Asia/Calcutta',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.data.timeZone).toBe('Asia/Kolkata');
    const patched = await t.call({
      method: 'PATCH',
      url: `/api/v1/candidates/${created.data.id}`,
      as: admin,
      payload: { timeZone: 'Europe/Kiev' },
    });
    expect(patched.data.timeZone).toBe('Europe/Kyiv');
    const row = await t.database.db
      .selectFrom('candidates')
      .select('time_zone')
      .where('id', '=', created.data.id)
      .executeTakeFirstOrThrow();
    expect(row.time_zone).toBe('Europe/Kyiv');
  });

  it('a user and an interview store the current name too; UTC stays UTC', async () => {
    const user = await t.call({
      method: 'POST',
      url: '/api/v1/users',
      as: admin,
      payload: {
        name: 'Minh Tran',
        email: 'minh@example.vn',
        timeZone: 'Asia/Saigon',
        role: 'interviewer',
      },
    });
    expect(user.statusCode).toBe(201);
    expect(user.data.timeZone).toBe('Asia/Ho_Chi_Minh');
    const renamed = await t.call({
      method: 'PATCH',
      url: `/api/v1/users/${user.data.id}`,
      as: admin,
      payload: { timeZone: 'Etc/UTC' },
    });
    expect(renamed.data.timeZone).toBe('UTC');

    const { interview } = await setUpInterview(t, admin, { timeZone: 'America/Buenos_Aires' });
    expect(interview.timeZone).toBe('America/Argentina/Buenos_Aires');
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/v1/interviews/${interview.id}`,
      as: admin,
      payload: { version: interview.version, timeZone: 'asia/kolkata' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data.timeZone).toBe('Asia/Kolkata');
  });
});
