import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cancelInvitation } from '../../invites/cancel-invitation.js';
import { listInvitationSlots } from '../../invites/list-invitation-slots.js';
import { rescheduleInvitation } from '../../invites/reschedule-invitation.js';
import { InvitationSchema, InvitationSlotsSchema } from '../../shapes/invites.js';
import { errors } from '../schemas.js';
import { INVITATION_RATE_LIMIT } from './invitations.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

const POLICY =
  'Candidates only (403 for an interviewer’s link), until the cut-off before the start';

/**
 * The JSON twins of the candidate's change pages (ADR 016): the times they may move to, the
 * move, and the cancel. The token in the path is the credential, so these need no session.
 */
export const invitationChangeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const policy = app.config.candidateChanges;
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };

  app.get(
    '/invitations/:token/slots',
    {
      config,
      schema: {
        operationId: 'listInvitationSlots',
        tags: ['invitations'],
        summary: 'The times the candidate may move their interview to',
        description: `Free for every interviewer now, the same length, on the half hour, no sooner than the cut-off; inside the scheduling request's window when it was booked through one, else two weeks either side of the current start. ${POLICY}, at most CANDIDATE_MAX_RESCHEDULES times (409 with \`details.reason\`: closed, cutoff, limit or disabled).`,
        security: [],
        params: TokenParams,
        response: { 200: InvitationSlotsSchema, ...errors(403, 404, 409, 429) },
      },
    },
    async (request) => {
      const view = await listInvitationSlots({
        db,
        token: request.params.token,
        policy,
        settings,
        acceptLanguage: request.headers['accept-language'],
      });
      const length = view.durationMinutes * 60_000;
      const iso = (ms: number) => new Date(ms).toISOString(); // not stored
      return {
        startsAt: view.invitation.when.startsAt,
        durationMinutes: view.durationMinutes,
        slots: view.slots.map((start) => ({
          startsAt: iso(start),
          endsAt: iso(start + length),
        })),
      };
    },
  );

  app.post(
    '/invitations/:token/reschedule',
    {
      config,
      schema: {
        operationId: 'rescheduleInvitation',
        tags: ['invitations'],
        summary: 'The candidate moves their interview to another free time',
        description: `Everyone gets an update of their own calendar event (same UID, SEQUENCE + 1); the interviewers answer again, the candidate stays confirmed. ${POLICY}. A time no longer free is a 409 with \`details: {reason: "taken", slots}\`, the times free now.`,
        security: [],
        params: TokenParams,
        body: Type.Object(
          { startsAt: Type.String({ maxLength: 40, description: 'One of the offered slots' }) },
          { additionalProperties: false },
        ),
        response: { 200: InvitationSchema, ...errors(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { token } = request.params;
      const { startsAt } = request.body;
      const invitation = await rescheduleInvitation({
        db,
        token,
        startsAt,
        policy,
        settings,
        acceptLanguage: request.headers['accept-language'],
      });
      app.outbox.wake();
      return invitation;
    },
  );

  app.post(
    '/invitations/:token/cancel',
    {
      config,
      schema: {
        operationId: 'cancelInvitation',
        tags: ['invitations'],
        summary: 'The candidate cancels their interview, saying why',
        description: `Everyone who was sent an invite gets a METHOD:CANCEL of their own event; the \`interview.cancelled\` webhook names the candidate and carries the reason. ${POLICY}.`,
        security: [],
        params: TokenParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: InvitationSchema, ...errors(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { token } = request.params;
      const { reason } = request.body;
      const invitation = await cancelInvitation({
        db,
        token,
        reason,
        policy,
        settings,
        acceptLanguage: request.headers['accept-language'],
      });
      app.outbox.wake();
      return invitation;
    },
  );
};
