import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`candidates API (${engine})`, () => {
  let t: TestApp;
  let as: Credentials;
  beforeAll(async () => {
    t = await startTestApp();
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(() => t.close());

  const create = (payload: Record<string, unknown>) =>
    t.call({ method: 'POST', url: '/api/v1/candidates', as, payload });

  it('adds, reads and edits a candidate', async () => {
    const created = await create({
      firstName: 'Kenji',
      lastName: 'Sato',
      email: 'Kenji@Example.jp',
      timeZone: 'Asia/Tokyo',
      phone: '+81 3 1234 5678',
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({
      firstName: 'Kenji',
      email: 'kenji@example.jp',
      timeZone: 'Asia/Tokyo',
    });
    const id = created.data.id;
    const patched = await t.call({
      method: 'PATCH',
      url: `/api/v1/candidates/${id}`,
      as,
      payload: { lastName: 'Satō', phone: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.data).toMatchObject({
      firstName: 'Kenji',
      lastName: 'Satō',
      phone: null,
      timeZone: 'Asia/Tokyo',
    });
    const fetched = await t.call({ method: 'GET', url: `/api/v1/candidates/${id}`, as });
    expect(fetched.data).toEqual(patched.data);
  });

  it('keeps a candidate unchanged when an edit has a bad field', async () => {
    const created = await create({
      firstName: 'Lena',
      lastName: 'Berg',
      email: 'lena@example.com',
    });
    const bad = await t.call({
      method: 'PATCH',
      url: `/api/v1/candidates/${created.data.id}`,
      as,
      payload: { firstName: 'Lena2', timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.details.issues).toEqual([
      { field: 'timeZone', message: expect.any(String) },
    ]);
    const fetched = await t.call({
      method: 'GET',
      url: `/api/v1/candidates/${created.data.id}`,
      as,
    });
    expect(fetched.data.firstName).toBe('Lena');
  });

  it('refuses a name with a line break, an empty edit and an unknown field', async () => {
    expect(
      (await create({ firstName: 'A\r\nB', lastName: 'C', email: 'ab@example.com' })).statusCode,
    ).toBe(400);
    const created = await create({ firstName: 'Mo', lastName: 'Ali', email: 'mo@example.com' });
    expect(
      (
        await t.call({
          method: 'PATCH',
          url: `/api/v1/candidates/${created.data.id}`,
          as,
          payload: {},
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.call({
          method: 'PATCH',
          url: `/api/v1/candidates/${created.data.id}`,
          as,
          payload: { status: 'x' },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('answers 409 with the existing record for a second candidate with the same email', async () => {
    const first = await create({
      firstName: 'Omar',
      lastName: 'Haddad',
      email: 'omar@example.com',
    });
    const again = await create({ firstName: 'O.', lastName: 'Haddad', email: 'OMAR@example.com' });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.details.existingId).toBe(first.data.id);
  });

  it('answers 404 for an unknown candidate and 400 for an id that is not one', async () => {
    const unknown = await t.call({
      method: 'GET',
      url: '/api/v1/candidates/00000000-0000-4000-8000-000000000000',
      as,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data.error.code).toBe('not_found');
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates/../../etc/passwd', as })).statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates/not-a-uuid', as })).statusCode,
    ).toBe(400);
  });

  it('searches names and email case-insensitively, treating % and _ literally', async () => {
    await create({ firstName: 'Priya', lastName: 'Natarajan', email: 'priya@example.org' });
    await create({ firstName: 'Percy', lastName: 'Under_score', email: 'percy@example.org' });
    const byName = await t.call({
      method: 'GET',
      url: '/api/v1/candidates',
      as,
      query: { q: 'NATA' },
    });
    expect(byName.data.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Priya']);
    const literal = await t.call({
      method: 'GET',
      url: '/api/v1/candidates',
      as,
      query: { q: 'r_s' },
    });
    expect(literal.data.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Percy']);
    const none = await t.call({ method: 'GET', url: '/api/v1/candidates', as, query: { q: '%' } });
    expect(none.data.items).toEqual([]);
  });

  it('pages through candidates newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        (await create({ firstName: `Pager${i}`, lastName: 'Test', email: `pager${i}@example.net` }))
          .data.id,
      );
      // "Newest first" is by creation time (milliseconds), ties broken by id: creations in the
      // same millisecond have no order to check, so each gets its own.
      await new Promise((r) => setTimeout(r, 3));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = {
        q: 'example.net',
        limit: '2',
        ...(cursor ? { cursor } : {}),
      };
      const page = await t.call({ method: 'GET', url: '/api/v1/candidates', as, query });
      seen.push(...page.data.items.map((c: { id: string }) => c.id));
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('lets interviewers read candidates but not change them', async () => {
    const interviewer = (await t.signedIn('interviewer')).as;
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/candidates', as: interviewer })).statusCode,
    ).toBe(200);
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as: interviewer,
      payload: { firstName: 'No', lastName: 'Way', email: 'noway@example.com' },
    });
    expect(response.statusCode).toBe(403);
  });
});
