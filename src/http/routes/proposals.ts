import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { acceptProposal } from '../../interviews/accept-proposal.js';
import { declineProposal } from '../../interviews/decline-proposal.js';
import { listProposals } from '../../interviews/list-proposals.js';
import { List } from '../../shapes/common.js';
import { InterviewSchema } from '../../shapes/interviews.js';
import { ProposalSchema } from '../../shapes/proposals.js';
import { actorOf } from '../plugins/auth.js';
import { defaultEmptyBody, errors } from '../schemas.js';

const ProposalParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  proposalId: Type.String({ format: 'uuid' }),
});

/**
 * "Not then" (DESIGN §6): the times participants proposed instead of their invite's (from a
 * calendar's Propose new time), and the coordinator's one-click answer to each.
 */
export const proposalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const tags = ['interviews'];

  app.get(
    '/interviews/:id/proposals',
    {
      schema: {
        operationId: 'listProposals',
        tags,
        summary: 'Times participants proposed instead of the invite’s, newest first',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: List(ProposalSchema), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      items: await listProposals({ db, actor: actorOf(request), interviewId: request.params.id }),
    }),
  );

  app.post(
    '/interviews/:id/proposals/:proposalId/accept',
    {
      schema: {
        operationId: 'acceptProposal',
        tags,
        summary: 'Reschedule to a proposed time: everyone gets an update and confirms again',
        description:
          'The same as a reschedule (PATCH with startsAt and durationMinutes) to the proposed time: the proposal becomes accepted and the interview’s other open proposals withdrawn. 409 when the version is stale or the proposal is no longer open.',
        params: ProposalParams,
        body: Type.Object(
          { version: Type.Integer({ minimum: 1, description: 'The version you last read' }) },
          { additionalProperties: false },
        ),
        response: { 200: InterviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const interview = await acceptProposal({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        proposalId: request.params.proposalId,
        version: request.body.version,
        settings,
      });
      app.outbox.wake();
      return interview;
    },
  );

  app.post(
    '/interviews/:id/proposals/:proposalId/decline',
    {
      preValidation: defaultEmptyBody,
      schema: {
        operationId: 'declineProposal',
        tags,
        summary: 'Refuse a proposed time: its author’s calendar gets a METHOD:DECLINECOUNTER',
        params: ProposalParams,
        response: { 200: ProposalSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const proposal = await declineProposal({
        db,
        actor: actorOf(request),
        interviewId: request.params.id,
        proposalId: request.params.proposalId,
        settings,
      });
      app.outbox.wake();
      return proposal;
    },
  );
};
