import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createCandidate } from '../../people/create-candidate.js';
import { getCandidate } from '../../people/get-candidate.js';
import { listCandidates } from '../../people/list-candidates.js';
import { updateCandidate } from '../../people/update-candidate.js';
import { Page } from '../../shapes/common.js';
import { CandidateSchema } from '../../shapes/people.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';
import { CreateCandidateBody, UpdateCandidateBody } from './people-schemas.js';

/** Candidates: the people being interviewed; they never sign in. */
export const candidateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/candidates',
    {
      schema: {
        operationId: 'listCandidates',
        tags: ['candidates'],
        summary: 'List candidates, newest first; q searches names and email',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          ...PageQuery,
        }),
        response: { 200: Page(CandidateSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listCandidates({ db: app.database.db, actor: actorOf(request), ...request.query }),
  );

  app.post(
    '/candidates',
    {
      schema: {
        operationId: 'createCandidate',
        tags: ['candidates'],
        summary: 'Add a candidate (one per email address)',
        body: CreateCandidateBody,
        response: { 201: CandidateSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const candidate = await createCandidate({
        db: app.database.db,
        actor: actorOf(request),
        ...request.body,
      });
      return reply.status(201).send(candidate);
    },
  );

  app.get(
    '/candidates/:id',
    {
      schema: {
        operationId: 'getCandidate',
        tags: ['candidates'],
        summary: 'One candidate',
        params: IdParams,
        response: { 200: CandidateSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getCandidate({ db: app.database.db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/candidates/:id',
    {
      schema: {
        operationId: 'updateCandidate',
        tags: ['candidates'],
        summary: 'Change some of a candidate’s fields; null clears timeZone, locale or phone',
        params: IdParams,
        body: UpdateCandidateBody,
        response: { 200: CandidateSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateCandidate({
        db: app.database.db,
        actor: actorOf(request),
        id: request.params.id,
        changes: request.body,
      }),
  );
};
