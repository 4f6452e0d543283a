import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cancelInterview } from '../../interviews/cancel-interview.js';
import { checkConflicts } from '../../interviews/check-conflicts.js';
import { createInterview } from '../../interviews/create-interview.js';
import { getInterview } from '../../interviews/get-interview.js';
import { listInterviewEvents } from '../../interviews/list-interview-events.js';
import { listInterviewMessages } from '../../interviews/list-interview-messages.js';
import { listInterviews } from '../../interviews/list-interviews.js';
import { updateInterview } from '../../interviews/update-interview.js';
import { mailHost } from '../../mail/mail-settings.js';
import { ConflictListSchema } from '../../shapes/availability.js';
import { List, Page } from '../../shapes/common.js';
import {
  InterviewEventSchema,
  InterviewSchema,
  MessageSchema,
  StatusSchema,
} from '../../shapes/interviews.js';
import { actorOf } from '../plugins/auth.js';
import { defaultEmptyBody, errors, IdParams, PageQuery } from '../schemas.js';
import { CreateInterviewBody, UpdateInterviewBody } from './interview-schemas.js';

/** Manage Interviews: create, list, edit/reschedule, cancel; messages and timeline. */
export const interviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;

  app.get(
    '/interviews',
    {
      schema: {
        operationId: 'listInterviews',
        tags: ['interviews'],
        summary:
          'List interviews by start time or status; filter by status (repeat the parameter for several), date range and text',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Array(StatusSchema, { description: 'e.g. status=scheduled&status=draft' }),
          ),
          from: Type.Optional(Type.String({ maxLength: 40 })),
          to: Type.Optional(Type.String({ maxLength: 40 })),
          q: Type.Optional(
            Type.String({
              maxLength: 200,
              description:
                'Title, job, candidate name or email, interviewer name; accents and case do not count',
            }),
          ),
          sort: Type.Optional(
            Type.Union([Type.Literal('startsAt'), Type.Literal('status')], {
              description:
                'startsAt (default), or status: needs attention first, then awaiting confirmation, draft, scheduled, completed, cancelled; each by start',
            }),
          ),
          withTotal: Type.Optional(
            Type.Boolean({ description: 'Also count every match (total), all pages together' }),
          ),
          ...PageQuery,
        }),
        response: { 200: Page(InterviewSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listInterviews({ db, actor: actorOf(request), ...request.query }),
  );

  app.post(
    '/interviews',
    {
      schema: {
        operationId: 'createInterview',
        tags: ['interviews'],
        summary: 'Create an interview (status draft); participants are created with it',
        body: CreateInterviewBody,
        response: { 200: ConflictListSchema, 201: InterviewSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { dryRun, ...fields } = request.body;
      if (dryRun) return checkConflicts({ db, actor: actorOf(request), fields });
      const interview = await createInterview({
        db,
        actor: actorOf(request),
        calendarHost: mailHost(settings),
        ...fields,
      });
      return reply.status(201).send(interview);
    },
  );

  app.get(
    '/interviews/:id',
    {
      schema: {
        operationId: 'getInterview',
        tags: ['interviews'],
        summary: 'One interview with participants and delivery state',
        params: IdParams,
        response: { 200: InterviewSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getInterview({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/interviews/:id',
    {
      schema: {
        operationId: 'updateInterview',
        tags: ['interviews'],
        summary:
          'Edit, reschedule or change the interviewers; send the version you read. After invites, participants get an update',
        description:
          'After invites were sent, a new time, place or detail sends everyone an update of their own calendar event (a new time or place asks them to confirm again). A new `interviewerIds` changes the panel: a newcomer gets an invite, a removed interviewer a METHOD:CANCEL of their event, and the others keep their answers and get no message unless the interview itself changed too. The candidate cannot change once invites are out (409).',
        params: IdParams,
        body: UpdateInterviewBody,
        response: {
          200: Type.Union([InterviewSchema, ConflictListSchema]),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const { version, dryRun, ...changes } = request.body;
      if (dryRun) {
        return checkConflicts({
          db,
          actor: actorOf(request),
          interviewId: request.params.id,
          fields: changes,
        });
      }
      const interview = await updateInterview({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        version,
        changes,
        settings,
      });
      app.outbox.wake();
      return interview;
    },
  );

  app.post(
    '/interviews/:id/cancel',
    {
      preValidation: defaultEmptyBody,
      schema: {
        operationId: 'cancelInterview',
        tags: ['interviews'],
        summary: 'Cancel; participants who were invited get a calendar cancellation',
        params: IdParams,
        body: Type.Object(
          { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: { 200: InterviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const interview = await cancelInterview({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        reason: request.body?.reason,
        settings,
      });
      app.outbox.wake();
      return interview;
    },
  );

  app.get(
    '/interviews/:id/messages',
    {
      schema: {
        operationId: 'listInterviewMessages',
        tags: ['interviews'],
        summary: 'Messages sent for the interview, with delivery state',
        params: IdParams,
        response: {
          200: List(MessageSchema),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await listInterviewMessages({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
      }),
    }),
  );

  app.get(
    '/interviews/:id/events',
    {
      schema: {
        operationId: 'listInterviewEvents',
        tags: ['interviews'],
        summary: 'The audit trail: who did what, when',
        params: IdParams,
        response: {
          200: List(InterviewEventSchema),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await listInterviewEvents({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
      }),
    }),
  );
};
