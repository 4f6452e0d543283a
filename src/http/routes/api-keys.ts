import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createApiKey } from '../../auth/create-api-key.js';
import { listApiKeys } from '../../auth/list-api-keys.js';
import { revokeApiKey } from '../../auth/revoke-api-key.js';
import { ApiKeySchema, NewApiKeySchema } from '../../shapes/access.js';
import { Page } from '../../shapes/common.js';
import { actorOf, authOf } from '../plugins/auth.js';
import { errors, IdParams, Line, PageQuery } from '../schemas.js';

/** API keys for integrations (ATS vendors): each acts as the user who made it. */
export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-keys',
    {
      schema: {
        operationId: 'listApiKeys',
        tags: ['api-keys'],
        summary: 'API keys, newest first: your own; admins see everyone’s (or one user’s)',
        querystring: Type.Object({
          userId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: { 200: Page(ApiKeySchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listApiKeys({ db: app.database.db, actor: actorOf(request), ...request.query }),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        operationId: 'createApiKey',
        tags: ['api-keys'],
        summary:
          'Create an API key (signed in, not with a key); the response holds the secret, once',
        body: Type.Object(
          {
            name: Line(100),
            expiresAt: Type.Optional(
              Type.String({ maxLength: 40, description: 'ISO 8601; unset: until revoked' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: NewApiKeySchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const key = await createApiKey({
        db: app.database.db,
        actor: auth.actor,
        via: auth.via,
        ...request.body,
      });
      return reply.status(201).send(key);
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      schema: {
        operationId: 'revokeApiKey',
        tags: ['api-keys'],
        summary: 'Revoke an API key: your own, or any (admins)',
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
