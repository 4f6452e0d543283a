import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { completeSetup, isSetupRequired } from '../../people/complete-setup.js';
import { SetupStateSchema } from '../../shapes/access.js';
import { UserSchema } from '../../shapes/people.js';
import { sameOriginJsonOnly } from '../plugins/same-origin.js';
import { errors, Line } from '../schemas.js';

/** The one-time setup of an empty database (when ADMIN_EMAIL was not configured). */
export const setupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/setup',
    {
      config: { public: true },
      schema: {
        operationId: 'getSetupState',
        tags: ['setup'],
        summary: 'Whether the one-time setup is still to be done',
        security: [],
        response: { 200: SetupStateSchema },
      },
    },
    async () => ({ setupRequired: await isSetupRequired(app.database.db) }),
  );

  app.post(
    '/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      onRequest: sameOriginJsonOnly(app.config.publicUrl),
      schema: {
        operationId: 'completeSetup',
        tags: ['setup'],
        summary: 'Create the first admin on an empty database',
        security: [],
        body: Type.Object(
          {
            name: Line(),
            email: Type.String({ maxLength: 254 }),
            password: Type.String({ maxLength: 200 }),
            timeZone: Type.String({ maxLength: 64 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: UserSchema, ...errors(400, 403, 409, 415) },
      },
    },
    async (request, reply) => {
      const user = await completeSetup({ db: app.database.db, ...request.body });
      return reply.status(201).send(user);
    },
  );
};
