import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { changeOwnPassword } from '../../auth/change-own-password.js';
import { SESSION_DAYS, signIn } from '../../auth/sign-in.js';
import { signOut } from '../../auth/sign-out.js';
import { getUser } from '../../people/get-user.js';
import { SignedInSchema } from '../../shapes/access.js';
import { actorOf, SESSION_COOKIE, sessionIdOf } from '../plugins/auth.js';
import { sameOriginJsonOnly } from '../plugins/same-origin.js';
import { errors } from '../schemas.js';
import { PasswordField } from './people-schemas.js';

/** Sign in (cookie session), who am I, sign out. */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/session',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      onRequest: sameOriginJsonOnly(app.config.publicUrl),
      schema: {
        operationId: 'signIn',
        tags: ['session'],
        summary:
          'Sign in with email and password (JSON, from PUBLIC_URL’s origin); sets the session cookie',
        security: [],
        body: Type.Object(
          { email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: SignedInSchema, ...errors(400, 401, 403, 415, 429) },
      },
    },
    async (request, reply) => {
      const result = await signIn({
        db: app.database.db,
        email: request.body.email,
        password: request.body.password,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.publicUrl.startsWith('https:'),
        signed: true,
        maxAge: SESSION_DAYS * 86_400,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        operationId: 'getSession',
        tags: ['session'],
        summary: 'The signed-in user and the CSRF token their writes must send',
        response: { 200: SignedInSchema, ...errors(401) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await getUser({ db: app.database.db, actor, id: actor.userId });
      const csrfToken = request.auth?.via === 'session' ? request.auth.csrfToken : '';
      return { user, csrfToken };
    },
  );

  app.delete(
    '/session',
    {
      schema: {
        operationId: 'signOut',
        tags: ['session'],
        summary: 'Sign out',
        response: { 204: Type.Null(), ...errors(401) },
      },
    },
    async (request, reply) => {
      if (request.auth?.via === 'session') {
        await signOut({ db: app.database.db, sessionId: request.auth.sessionId });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/session/password',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        operationId: 'changeOwnPassword',
        tags: ['session'],
        summary:
          'Change your own password; a wrong current one counts like a failed sign-in. Your other sessions end',
        body: Type.Object(
          { currentPassword: Type.String({ maxLength: 200 }), newPassword: PasswordField },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      await changeOwnPassword({
        db: app.database.db,
        actor: actorOf(request),
        ...request.body,
        clientAddress: request.ip,
        keepSessionId: sessionIdOf(request),
      });
      return reply.status(204).send(null);
    },
  );
};
