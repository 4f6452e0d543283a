import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SCHEDULING_STATUSES } from '../../domain/scheduling-rules.js';
import { cancelSchedulingRequest } from '../../scheduling/cancel-scheduling-request.js';
import { createSchedulingRequest } from '../../scheduling/create-scheduling-request.js';
import { getSchedulingRequest } from '../../scheduling/get-scheduling-request.js';
import { listSchedulingRequests } from '../../scheduling/list-scheduling-requests.js';
import { OneOf, Page } from '../../shapes/common.js';
import { SchedulingRequestInputSchema, SchedulingRequestSchema } from '../../shapes/scheduling.js';
import { actorOf } from '../plugins/auth.js';
import { errors, IdParams, PageQuery } from '../schemas.js';

/**
 * Candidate self-scheduling (DESIGN §9): a coordinator sends a request, the candidate picks a
 * free time on their own page (/s/:token, routes/scheduling-pages.ts), and the booking creates
 * the interview and sends its invites.
 */
export const schedulingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const tags = ['scheduling'];

  app.post(
    '/scheduling-requests',
    {
      schema: {
        operationId: 'createSchedulingRequest',
        tags,
        summary: 'Ask a candidate to pick an interview time; emails them their scheduling page',
        description:
          'The request template must be a candidate template holding `{{ scheduling.link }}`; it is sent now as a plain email. The candidate and interviewer templates (each holding `{{ interview.link }}`) are the invites sent once the candidate books.',
        body: SchedulingRequestInputSchema,
        response: { 201: SchedulingRequestSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const created = await createSchedulingRequest({
        db,
        actor: actorOf(request),
        input: request.body,
        settings,
      });
      app.outbox.wake();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/scheduling-requests',
    {
      schema: {
        operationId: 'listSchedulingRequests',
        tags,
        summary: 'Scheduling requests, newest first; status filters on the status shown',
        querystring: Type.Object({
          status: Type.Optional(OneOf(SCHEDULING_STATUSES)),
          ...PageQuery,
        }),
        response: { 200: Page(SchedulingRequestSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listSchedulingRequests({ db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/scheduling-requests/:id',
    {
      schema: {
        operationId: 'getSchedulingRequest',
        tags,
        summary: 'One scheduling request; a booked one names its interview',
        params: IdParams,
        response: { 200: SchedulingRequestSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getSchedulingRequest({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/scheduling-requests/:id/cancel',
    {
      schema: {
        operationId: 'cancelSchedulingRequest',
        tags,
        summary: "Withdraw a request not yet booked; the candidate's page then offers no times",
        params: IdParams,
        response: { 200: SchedulingRequestSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      cancelSchedulingRequest({ db, actor: actorOf(request), id: request.params.id }),
  );
};
