import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listSessions } from '../../auth/list-sessions.js';
import { revokeSession } from '../../auth/revoke-session.js';
import { SessionSchema } from '../../shapes/access.js';
import { Page } from '../../shapes/common.js';
import { actorOf, sessionIdOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';

/** Signed-in sessions: see where you are signed in and end any of them. */
export const sessionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/sessions',
    {
      schema: {
        operationId: 'listSessions',
        tags: ['session'],
        summary: 'Your sessions that have not expired, newest first; admins may name a userId',
        querystring: Type.Object({
          userId: Type.Optional(Type.String({ format: 'uuid' })),
          ...PageQuery,
        }),
        response: { 200: Page(SessionSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listSessions({
        db: app.database.db,
        actor: actorOf(request),
        currentSessionId: sessionIdOf(request),
        ...request.query,
      }),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        operationId: 'revokeSession',
        tags: ['session'],
        summary: 'End a session at once: your own, or anyone’s (admins)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeSession({ db: app.database.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
