import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/domain/password-rules.js';
import { type Credentials, PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

const WEAK = [
  [' '.repeat(10), /at least 12 characters/],
  [' '.repeat(14), /only spaces/],
  ['password12', /at least 12 characters/],
  ['password1234', /too easy to guess/],
] as const;

describe(`the password policy wherever a password is set (${engine})`, () => {
  let t: TestApp;
  let admin: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.signedIn('admin')).as;
  });
  afterAll(() => t.close());

  it('is met by the password the tests sign in with', () => {
    expect(passwordProblem(PASSWORD)).toBeUndefined();
  });

  it('refuses a weak password for a new user with 400 naming password and why, and adds no one', async () => {
    for (const [password, why] of WEAK) {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/users',
        as: admin,
        payload: {
          name: 'Wes Weak',
          email: 'wes@example.com',
          timeZone: 'UTC',
          role: 'coordinator',
          password,
        },
      });
      expect(answer.statusCode, password).toBe(400);
      expect(answer.data.error.details.issues).toEqual([
        { field: 'password', message: expect.stringMatching(why) },
      ]);
    }
    const users = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'wes@example.com')
      .execute();
    expect(users).toHaveLength(0);
  });
});

describe(`the password policy at setup (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a weak first admin password with 400 naming the problem, and stays open for setup', async () => {
    for (const [password, why] of WEAK) {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { name: 'Ada Admin', email: 'ada@example.com', password, timeZone: 'UTC' },
      });
      expect(answer.statusCode, password).toBe(400);
      expect(answer.data.error.details.issues[0]).toEqual({
        field: 'password',
        message: expect.stringMatching(why),
      });
    }
    expect((await t.call({ method: 'GET', url: '/api/v1/setup' })).data.setupRequired).toBe(true);
  });
});
