import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createApiKey } from '../../auth/create-api-key.js';
import { listApiKeys } from '../../auth/list-api-keys.js';
import { revokeApiKey } from '../../auth/revoke-api-key.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, Line, Nullable } from '../schemas.js';

const ApiKeySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
});

/** API keys for integrations (ATS vendors): each acts as the user who made it. */
export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Your API keys (secrets are never shown again)',
        response: { 200: Type.Object({ items: Type.Array(ApiKeySchema) }), ...errors(401, 403) },
      },
    },
    async (request) => ({
      items: await listApiKeys({ db: app.database.db, actor: actorOf(request) }),
    }),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Create an API key; the response holds the secret, once',
        body: Type.Object({ name: Line(100) }, { additionalProperties: false }),
        response: {
          201: Type.Intersect([ApiKeySchema, Type.Object({ key: Type.String() })]),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const key = await createApiKey({
        db: app.database.db,
        actor: actorOf(request),
        name: request.body.name,
      });
      return reply.status(201).send(key);
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke an API key',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeApiKey({ db: app.database.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
