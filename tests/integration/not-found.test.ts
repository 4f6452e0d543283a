import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/http/plugins/errors.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`A row that is not there (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404, never a 500, when a query that must find a row finds none', async () => {
    // The error handling Convene's app uses, around a real query on a real database: a row
    // deleted between a read and a write surfaces this way.
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/gone', async () =>
      t.database.db
        .selectFrom('templates')
        .selectAll()
        .where('id', '=', randomUUID())
        .executeTakeFirstOrThrow(),
    );
    const response = await app.inject({ method: 'GET', url: '/gone' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'Not found: it may have just been deleted.' },
    });
    await app.close();
  });
});
