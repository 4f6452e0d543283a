import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { invalid } from '../../domain/errors.js';
import { PROPOSED_TIME_ISSUES } from '../../domain/proposals.js';
import { openInvitation } from '../../invites/open-invitation.js';
import { proposeByLink } from '../../invites/propose-by-link.js';
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
    async (request) =>
      openInvitation({
        db,
        token: request.params.token,
        settings,
        policy,
        acceptLanguage: request.headers['accept-language'],
      }),
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
        acceptLanguage: request.headers['accept-language'],
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
        acceptLanguage: request.headers['accept-language'],
      });
      if (result.changed) app.outbox.wake();
      return { changed: result.changed, invitation: result.details };
    },
  );

  app.post(
    '/invitations/:token/propose',
    {
      config,
      schema: {
        operationId: 'proposeTimes',
        tags: ['invitations'],
        summary: 'Not then: decline the invite’s time and propose up to three others',
        description:
          'Each proposed time lasts as long as the interview. The participant’s answer becomes declined (the comment is its reason) and the coordinator sees the times under Proposed times; the same times again change nothing, new ones replace the open ones.',
        security: [],
        params: TokenParams,
        body: Type.Object(
          {
            times: Type.Array(Type.String({ maxLength: 40, description: 'ISO 8601 start' }), {
              minItems: 1,
              maxItems: 3,
            }),
            comment: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ changed: Type.Boolean() }),
          ...errors(400, 404, 409, 429),
        },
      },
    },
    async (request) => {
      const starts = request.body.times.map((value, i) => {
        const start = Date.parse(value);
        if (Number.isNaN(start))
          invalid([{ field: `times.${i}`, message: PROPOSED_TIME_ISSUES.invalid }]);
        return start;
      });
      const result = await proposeByLink({
        db,
        token: request.params.token,
        starts,
        comment: request.body.comment,
        settings,
      });
      if (result.changed) app.outbox.wake();
      return { changed: result.changed };
    },
  );
};
