import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { hostileForm, hostileJson, manyKeys } from '../helpers/hostile-bodies.js';

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
// Twenty issues of a clipped field and message each, in the error format, fit in this.
const SMALL_ANSWER = 8 * 1024;
const TOKEN = 'q7Xc2mP9rTq7Xc2mP9rTq7Xc2mP9rTq7Xc2mP9rTabc';
const PUBLIC_POSTS = [
  '/api/v1/session',
  '/api/v1/setup',
  `/api/v1/invitations/${TOKEN}/confirm`,
  `/api/v1/invitations/${TOKEN}/decline`,
  `/i/${TOKEN}/confirm`,
  `/i/${TOKEN}/decline`,
];

type Answer = Awaited<ReturnType<TestApp['call']>>;

/** A refusal in the error format, small, listing at most 20 issues. */
function expectSmallRefusal(answer: Answer, where: string) {
  expect(answer.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(answer.statusCode, where).toBeLessThan(500);
  expect(answer.body.length, where).toBeLessThanOrEqual(SMALL_ANSWER);
  expect(typeof answer.data.error?.code, where).toBe('string');
  expect(answer.data.error.details?.issues?.length ?? 0, where).toBeLessThanOrEqual(20);
}

describe(`Large or hostile request bodies get a small, quick answer (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(() => t.close());

  it('answers a 1 MB JSON body of 100,000 unknown keys on every public POST route with a small refusal', async () => {
    const payload = hostileJson();
    expect(payload.length).toBeGreaterThan(800_000);
    for (const url of PUBLIC_POSTS) {
      const answer = await t.call({ method: 'POST', url, headers: JSON_TYPE, payload });
      expectSmallRefusal(answer, url);
    }
  });

  it('answers the same keys sent as a form on every public POST route with a small refusal', async () => {
    const payload = hostileForm();
    for (const url of PUBLIC_POSTS) {
      const answer = await t.call({ method: 'POST', url, headers: FORM_TYPE, payload });
      expectSmallRefusal(answer, url);
    }
  });

  it('refuses a body over 16 KiB on a public route with 413, unread', async () => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      headers: JSON_TYPE,
      payload: JSON.stringify({ email: 'a@example.com', password: 'p'.repeat(20_000) }),
    });
    expect(answer.statusCode).toBe(413);
    expect(answer.data.error.code).toBe('payload_too_large');
  });

  it('refuses a 1 MB body with 413, unread, on a signed-in route that carries no template', async () => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      headers: JSON_TYPE,
      payload: hostileJson(),
    });
    expect(answer.statusCode).toBe(413);
    expect(answer.data.error.code).toBe('payload_too_large');
  });

  it('refuses a JSON body of more than 1,000 keys, objects and arrays with 413 naming the limit', async () => {
    for (const payload of [hostileJson(), `[${'{},'.repeat(1_000)}{}]`]) {
      const answer = await t.call({
        method: 'POST',
        url: '/api/v1/templates',
        as,
        headers: JSON_TYPE,
        payload,
      });
      expect(answer.statusCode).toBe(413);
      expect(answer.data.error.code).toBe('payload_too_large');
      expect(answer.data.error.message).toContain('1,000');
    }
  });

  it('names only the first issue of a large bad body, saying so', async () => {
    // 999 keys of 40 characters: within the count, but too large to list every issue of.
    const payload = Object.fromEntries(
      Array.from({ length: 999 }, (_, i) => [`${'k'.repeat(36)}${1000 + i}`, 0]),
    );
    const answer = await t.call({ method: 'POST', url: '/api/v1/templates', as, payload });
    expect(answer.statusCode).toBe(400);
    expect(answer.data.error.code).toBe('validation_error');
    expectSmallRefusal(answer, 'templates');
    expect(answer.data.error.details.issues).toEqual([
      { field: expect.any(String), message: expect.any(String), in: 'body' },
    ]);
    expect(answer.data.error.message).toMatch(/only the first problem is listed$/);
  });

  it('still lists every issue of a small bad body, and the first 20 of a body with more', async () => {
    const few = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: { firstName: '', extra: 1 },
    });
    expect(few.statusCode).toBe(400);
    const fields = few.data.error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['lastName', 'email', 'extra', 'firstName']));

    const many = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: manyKeys(30),
    });
    expect(many.statusCode).toBe(400);
    expect(many.data.error.details.issues).toHaveLength(20);
    expect(many.data.error.message).toMatch(/only the first 20/);
  });

  it('shortens a field name of 10,000 characters in the refusal', async () => {
    const answer = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: { ['x'.repeat(10_000)]: 1 },
    });
    expect(answer.statusCode).toBe(400);
    expectSmallRefusal(answer, 'long key');
    const fields = answer.data.error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toContain(`${'x'.repeat(100)}…`);
  });

  it('names at most 20 of 900 fields holding a NUL character', async () => {
    const payload = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`k${i}`, 'a\u0000']));
    const answer = await t.call({ method: 'POST', url: '/api/v1/candidates', as, payload });
    expect(answer.statusCode).toBe(400);
    expectSmallRefusal(answer, 'NUL');
    expect(answer.data.error.details.issues[0].message).toContain('NUL');
  });

  it('refuses a form of more than 1,000 fields with 413 naming the limit, and takes one of 1,000', async () => {
    const form = (n: number) =>
      new URLSearchParams(
        Array.from({ length: n }, (_, i): [string, string] => [`f${i}`, 'x']),
      ).toString();
    const over = await t.call({
      method: 'POST',
      url: `/i/${TOKEN}/decline`,
      headers: FORM_TYPE,
      payload: form(1_001),
    });
    expect(over.statusCode).toBe(413);
    expect(over.data.error.code).toBe('payload_too_large');
    expect(over.data.error.message).toContain('1,000');
    const at = await t.call({
      method: 'POST',
      url: `/i/${TOKEN}/decline`,
      headers: FORM_TYPE,
      payload: form(1_000),
    });
    // An unknown token: the page's 404, so the form itself was read.
    expect(at.statusCode).toBe(404);
    expect(at.headers['content-type']).toContain('text/html');
  });
});
