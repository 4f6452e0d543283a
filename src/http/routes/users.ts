import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createUser } from '../../people/create-user.js';
import { getUser } from '../../people/get-user.js';
import { listUsers } from '../../people/list-users.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, Page, PageQuery } from '../schemas.js';
import { CreateUserBody, RoleSchema, UserSchema } from './people-schemas.js';

/** Users: coordinators, recruiters and interviewers. */
export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'List users by name; q searches name and email',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          role: Type.Optional(RoleSchema),
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
        tags: ['users'],
        summary: 'One user',
        params: IdParams,
        response: { 200: UserSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getUser({ db: app.database.db, actor: actorOf(request), id: request.params.id }),
  );
};
