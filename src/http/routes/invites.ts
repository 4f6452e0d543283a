import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { previewInvites } from '../../invites/preview-invites.js';
import { resendInvites } from '../../invites/resend-invites.js';
import { sendInvites } from '../../invites/send-invites.js';
import { MAX_BULK_INTERVIEWS, sendInvitesBulk } from '../../invites/send-invites-bulk.js';
import { List } from '../../shapes/common.js';
import { InterviewSchema } from '../../shapes/interviews.js';
import {
  BulkSendResultSchema,
  InviteChoiceSchema,
  InvitePreviewSchema,
} from '../../shapes/invites.js';
import { TEMPLATE_BODY_LIMIT } from '../limits.js';
import { actorOf } from '../plugins/auth.js';
import { defaultEmptyBody, errors, IdParams } from '../schemas.js';
import { InvitesBody } from './interview-schemas.js';

/** Send Invites, its preview, and Resend Invites. */
export const inviteRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;

  app.post(
    '/interviews/:id/invites/preview',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'previewInvites',
        tags: ['invites'],
        summary: 'What each participant would receive (subject, HTML, text), without sending',
        params: IdParams,
        body: InvitesBody,
        response: {
          200: List(InvitePreviewSchema),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await previewInvites({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        settings,
        ...request.body,
      }),
    }),
  );

  app.post(
    '/interviews/:id/invites',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'sendInvites',
        tags: ['invites'],
        summary:
          'Send Invites: queue one meeting request per participant; status becomes awaiting_confirmation',
        params: IdParams,
        body: InvitesBody,
        response: { 200: InterviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const interview = await sendInvites({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        settings,
        ...request.body,
      });
      app.outbox.wake();
      return interview;
    },
  );

  app.post(
    '/invites',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      schema: {
        operationId: 'sendInvitesBulk',
        tags: ['invites'],
        summary: `Send Invites for several interviews (up to ${MAX_BULK_INTERVIEWS}) with the same two templates`,
        description:
          'Each interview is sent exactly as by POST /interviews/{id}/invites. One that cannot be ' +
          'sent (unknown, cancelled, over) is listed under `failed` and the others are sent; ' +
          'wording that is not valid refuses the whole request before anything is sent.',
        body: Type.Object(
          {
            interviewIds: Type.Array(Type.String({ format: 'uuid' }), {
              minItems: 1,
              maxItems: MAX_BULK_INTERVIEWS,
            }),
            candidate: InviteChoiceSchema,
            interviewer: InviteChoiceSchema,
          },
          { additionalProperties: false },
        ),
        response: { 200: BulkSendResultSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const result = await sendInvitesBulk({
        db,
        actor: actorOf(request),
        settings,
        ...request.body,
      });
      app.outbox.wake();
      return result;
    },
  );

  app.post(
    '/interviews/:id/invites/resend',
    {
      bodyLimit: TEMPLATE_BODY_LIMIT,
      preValidation: defaultEmptyBody,
      schema: {
        operationId: 'resendInvites',
        tags: ['invites'],
        summary:
          'Resend Invites to all or chosen participants: same calendar event, higher SEQUENCE, confirmations kept',
        params: IdParams,
        body: Type.Object(
          {
            participantIds: Type.Optional(
              Type.Array(Type.String({ format: 'uuid' }), { maxItems: 21 }),
            ),
            pendingOnly: Type.Optional(Type.Boolean()),
            candidate: Type.Optional(InviteChoiceSchema),
            interviewer: Type.Optional(InviteChoiceSchema),
          },
          { additionalProperties: false },
        ),
        response: { 200: InterviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const interview = await resendInvites({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        settings,
        ...request.body,
      });
      app.outbox.wake();
      return interview;
    },
  );
};
