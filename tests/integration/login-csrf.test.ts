import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe(`sign-in refuses cross-site requests (login CSRF) (${engine})`, () => {
  let t: TestApp;
  let email: string;
  beforeAll(async () => {
    t = await startTestApp();
    email = (await t.signedIn('coordinator')).user.email;
  });
  afterAll(() => t.close());

  const form = () => new URLSearchParams({ email, password: PASSWORD }).toString();

  it('refuses a form post with 415 and sets no cookie, even with the right password', async () => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      headers: FORM,
      payload: form(),
    });
    expect(answer.statusCode).toBe(415);
    expect(answer.data.error.code).toBe('unsupported_media_type');
    expect(answer.data.error.message).toMatch(/application\/json/);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a cross-site form post carrying the attacker’s Origin with 403', async () => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      headers: { ...FORM, origin: 'https://evil.example' },
      payload: form(),
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.data.error.message).toMatch(/origin/i);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('refuses JSON from another origin, and from a browser that says cross-site without Origin', async () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://convene.test' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/session',
        headers,
        payload: { email, password: PASSWORD },
      });
      expect(answer.statusCode, JSON.stringify(headers)).toBe(403);
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
  });

  it('signs in with JSON from PUBLIC_URL’s own origin, and from clients that send no Origin', async () => {
    for (const headers of [
      { origin: 'https://convene.test' },
      { origin: 'https://convene.test', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ]) {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/session',
        headers,
        payload: { email, password: PASSWORD },
      });
      expect(answer.statusCode, JSON.stringify(headers)).toBe(200);
    }
  });
});

describe(`the one-time setup refuses cross-site requests (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const fields = {
    name: 'Eve Admin',
    email: 'eve@example.com',
    password: 'a long enough password',
    timeZone: 'UTC',
  };

  it('refuses a form post and a foreign Origin, and creates no admin', async () => {
    const posted = await t.call({
      method: 'POST',
      url: '/api/v1/setup',
      headers: FORM,
      payload: new URLSearchParams(fields).toString(),
    });
    expect(posted.statusCode).toBe(415);
    const foreign = await t.call({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { origin: 'https://evil.example' },
      payload: fields,
    });
    expect(foreign.statusCode).toBe(403);
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    const own = await t.call({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { origin: 'https://convene.test' },
      payload: fields,
    });
    expect(own.statusCode).toBe(201);
  });
});
