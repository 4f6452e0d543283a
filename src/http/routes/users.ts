import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createUser } from '../../people/create-user.js';
import { getUser } from '../../people/get-user.js';
import { listUsers } from '../../people/list-users.js';
import { setUserPassword } from '../../people/set-user-password.js';
import { updateUser } from '../../people/update-user.js';
import { Page } from '../../shapes/common.js';
import { RoleSchema, UserSchema } from '../../shapes/people.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';
import { CreateUserBody, PasswordField, UpdateUserBody } from './people-schemas.js';

/** Users: coordinators, recruiters and interviewers. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['users'],
        summary:
          'List users by name; q searches name and email; active=true leaves out deactivated',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          role: Type.Optional(RoleSchema),
          active: Type.Optional(Type.Boolean()),
          ...PageQuery,
        }),
        response: { 200: Page(UserSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listUsers({ db: app.database.db, actor: actorOf(request), ...request.query }),
  );

  app.post(
    '/users',
    {
      schema: {
        operationId: 'createUser',
        tags: ['users'],
        summary: 'Add a user (admins only); without a password the user cannot sign in',
        body: CreateUserBody,
        response: { 201: UserSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const user = await createUser({
        db: app.database.db,
        actor: actorOf(request),
        ...request.body,
      });
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        operationId: 'getUser',
        tags: ['users'],
        summary: 'One user',
        params: IdParams,
        response: { 200: UserSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getUser({ db: app.database.db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags: ['users'],
        summary:
          'Change a user: admins their role and active state (active:false deactivates: sessions end, keys are revoked, interviews stay); anyone their own name, zone, language (locale) and working hours (with time off). 409 if no active admin would remain',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateUser({
        db: app.database.db,
        actor: actorOf(request),
        id: request.params.id,
        changes: request.body,
      }),
  );

  app.post(
    '/users/:id/password',
    {
      schema: {
        operationId: 'setUserPassword',
        tags: ['users'],
        summary:
          'Set another user’s password (admins); their sessions end. Your own: POST /session/password',
        params: IdParams,
        body: Type.Object({ password: PasswordField }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await setUserPassword({
        db: app.database.db,
        actor: actorOf(request),
        id: request.params.id,
        password: request.body.password,
      });
      return reply.status(204).send(null);
    },
  );
};
