import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { openInvitation } from '../../invites/open-invitation.js';
import { respondToInvitation } from '../../invites/respond-to-invitation.js';
import { InvitationAnswerSchema, InvitationSchema } from '../../shapes/invites.js';
import { defaultEmptyBody, errors } from '../schemas.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
export const INVITATION_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

/**
 * The JSON twins of the recipient page, for integrations and apps: the token in the path is
 * the credential, so these need no session.
 */
export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const policy = app.config.candidateChanges;
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };

  app.get(
    '/invitations/:token',
    {
      config,
      schema: {
        operationId: 'getInvitation',
        tags: ['invitations'],
        summary: 'A participant’s view of their interview',
        security: [],
        params: TokenParams,
        response: { 200: InvitationSchema, ...errors(404, 429) },
      },
    },
    async (request) => openInvitation({ db, token: request.params.token, settings, policy }),
  );

  app.post(
    '/invitations/:token/confirm',
    {
      config,
      schema: {
        operationId: 'confirmInvitation',
        tags: ['invitations'],
        summary: 'Confirm attendance (harmless to repeat)',
        security: [],
        params: TokenParams,
        response: { 200: InvitationAnswerSchema, ...errors(404, 409, 429) },
      },
    },
    async (request) => {
      const result = await respondToInvitation({
        db,
        token: request.params.token,
        attendance: 'confirmed',
        settings,
        policy,
      });
      if (result.changed) app.outbox.wake();
      return { changed: result.changed, invitation: result.details };
    },
  );

  app.post(
    '/invitations/:token/decline',
    {
      preValidation: defaultEmptyBody,
      config,
      schema: {
        operationId: 'declineInvitation',
        tags: ['invitations'],
        summary: 'Decline, with an optional reason',
        security: [],
        params: TokenParams,
        body: Type.Object(
          { reason: Type.Optional(Type.String({ maxLength: 1000 })) },
          { additionalProperties: false },
        ),
        response: { 200: InvitationAnswerSchema, ...errors(400, 404, 409, 429) },
      },
    },
    async (request) => {
      const result = await respondToInvitation({
        db,
        token: request.params.token,
        attendance: 'declined',
        reason: request.body?.reason,
        settings,
        policy,
      });
      if (result.changed) app.outbox.wake();
      return { changed: result.changed, invitation: result.details };
    },
  );
};
