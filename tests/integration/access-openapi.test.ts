import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

describe(`the OpenAPI document describes access management (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names every access route with an operationId, tags and its answers', async () => {
    const doc = (await t.call({ method: 'GET', url: '/api/v1/openapi.json' })).data;
    const routes = [
      ['/api/v1/users/{id}', 'patch', 'updateUser', ['200', '400', '403', '404', '409']],
      ['/api/v1/users/{id}/password', 'post', 'setUserPassword', ['204', '400', '403', '404']],
      ['/api/v1/session/password', 'post', 'changeOwnPassword', ['204', '400', '429']],
      ['/api/v1/sessions', 'get', 'listSessions', ['200', '403']],
      ['/api/v1/sessions/{id}', 'delete', 'revokeSession', ['204', '404']],
      ['/api/v1/api-keys', 'get', 'listApiKeys', ['200', '403']],
      ['/api/v1/api-keys', 'post', 'createApiKey', ['201', '400', '403']],
      ['/api/v1/api-keys/{id}', 'delete', 'revokeApiKey', ['204', '404']],
      ['/api/v1/session', 'post', 'signIn', ['200', '403', '415', '429']],
    ] as const;
    for (const [path, method, operationId, statuses] of routes) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation.operationId).toBe(operationId);
      expect(operation.tags.length).toBeGreaterThan(0);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining([...statuses]));
    }
    const user = doc.paths['/api/v1/users/{id}'].get.responses['200'].content['application/json'];
    expect(Object.keys(user.schema.properties)).toEqual(
      expect.arrayContaining(['active', 'deactivatedAt']),
    );
    const key = doc.paths['/api/v1/api-keys'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(key.properties)).toEqual(['name', 'expiresAt']);
  });
});
