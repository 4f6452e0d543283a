import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';

interface Operation {
  operationId: string;
  tags?: string[];
}

describe(`the OpenAPI document describes every operation (${engine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every operation a unique operationId and tags the document declares', async () => {
    const doc = (await t.call({ method: 'GET', url: '/api/v1/openapi.json' })).data;
    const declared = new Set(doc.tags.map((tag: { name: string }) => tag.name));
    const seen = new Map<string, string>();
    for (const [path, item] of Object.entries<Record<string, Operation>>(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(seen.get(operation.operationId), `${where} repeats an operationId`).toBeUndefined();
        seen.set(operation.operationId, where);
        expect(operation.tags?.length, where).toBeGreaterThan(0);
        for (const tag of operation.tags ?? []) expect(declared, where).toContain(tag);
      }
    }
    // Every API route is described: the one-time setup, users and keys down to the dev mailbox.
    expect(seen.size).toBeGreaterThanOrEqual(52);
  });

  it('enumerates statuses, states, kinds and roles instead of leaving them free text', async () => {
    const doc = (await t.call({ method: 'GET', url: '/api/v1/openapi.json' })).data;
    // Each literal of a union is written `{type: 'string', enum: [value]}` in the document.
    const values = (schema: { anyOf?: Array<{ enum?: string[] }> }) =>
      (schema.anyOf ?? []).flatMap((s) => s.enum ?? []);
    const json = (path: string, method: string, status = '200') =>
      doc.paths[path][method].responses[status].content['application/json'].schema;
    const interview = json('/api/v1/interviews/{id}', 'get');
    expect(values(interview.properties.status)).toEqual([
      'draft',
      'awaiting_confirmation',
      'scheduled',
      'needs_attention',
      'cancelled',
      'completed',
    ]);
    const participant = interview.properties.participants.items;
    expect(values(participant.properties.role)).toEqual(['candidate', 'interviewer']);
    const delivery = participant.properties.delivery.anyOf[0];
    expect(values(delivery.properties.kind)).toContain('reminder');
    expect(values(delivery.properties.state)).toEqual(['queued', 'sending', 'sent', 'failed']);
    const message = json('/api/v1/interviews/{id}/messages', 'get').properties.items.items;
    expect(values(message.properties.kind)).toContain('invite');
    const hook = json('/api/v1/webhooks/{id}/deliveries', 'get').properties.items.items;
    expect(values(hook.properties.state)).toEqual(['queued', 'sending', 'delivered', 'failed']);
    const invitation = json('/api/v1/invitations/{token}', 'get');
    expect(values(invitation.properties.attendance)).toEqual(['pending', 'confirmed', 'declined']);
  });

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
