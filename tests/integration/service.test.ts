import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdefghijklmnop';

describe(`service endpoints (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN });
  });
  afterAll(() => t.close());

  it('answers /healthz, and /readyz after checking the database', async () => {
    expect((await t.call({ method: 'GET', url: '/healthz' })).data).toEqual({ status: 'ok' });
    expect((await t.call({ method: 'GET', url: '/readyz' })).data).toEqual({
      status: 'ready',
      database: engine,
    });
    if (engine === 'sqlite') expect(existsSync(t.database.file ?? '')).toBe(true);
  });

  it('reports request counts by route pattern at /metrics in Prometheus format', async () => {
    await t.call({ method: 'GET', url: '/api/v1/users' });
    const metrics = await t.call({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(
      /convene_http_requests_total\{method="GET",route="\/api\/v1\/users",status="401"\} \d+/,
    );
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
  });

  it('refuses /metrics without METRICS_TOKEN as a bearer token, in the error format', async () => {
    for (const authorization of [
      undefined,
      'Bearer wrong',
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
    ]) {
      const answer = await t.call({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(answer.statusCode, authorization).toBe(401);
      expect(answer.data.error.code).toBe('unauthorized');
      expect(answer.body).not.toContain('convene_http_requests_total');
    }
  });

  it('serves an OpenAPI 3.1 document built from the route schemas', async () => {
    const doc = (await t.call({ method: 'GET', url: '/api/v1/openapi.json' })).data;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/session',
        '/api/v1/users',
        '/api/v1/candidates',
        '/api/v1/candidates/{id}',
      ]),
    );
    expect(
      doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['name', 'email', 'timeZone', 'role']));
  });

  it('echoes a sane caller request id and makes one up otherwise', async () => {
    const given = await t.call({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const hostile = await t.call({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'a b<script>' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes and malformed JSON in the one error format, never with a stack', async () => {
    const missing = await t.call({ method: 'GET', url: '/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.data).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const broken = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.data.error.code).toBe('validation_error');
    expect(broken.body).not.toMatch(/at .*\.js:\d+/);
  });
});

describe(`service endpoints without METRICS_TOKEN (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /metrics with 404, as if there were none', async () => {
    const answer = await t.call({ method: 'GET', url: '/metrics' });
    expect(answer.statusCode).toBe(404);
    expect(answer.data.error.code).toBe('not_found');
  });
});
