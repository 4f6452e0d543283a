import { Type } from 'typebox';
import { PROPOSAL_SOURCES, PROPOSAL_STATES } from '../domain/proposals.js';
import { Nullable, OneOf } from './common.js';

/** A time a participant proposed instead of their invite's (DESIGN §6, "propose another time"). */
export const ProposalSchema = Type.Object({
  id: Type.String(),
  interviewId: Type.String(),
  participantId: Type.String(),
  startsAt: Type.String({ description: 'ISO 8601 UTC' }),
  endsAt: Type.String({ description: 'ISO 8601 UTC' }),
  via: OneOf(PROPOSAL_SOURCES, {
    description: "calendar: a calendar's Propose new time (COUNTER); page: their Interview Link",
  }),
  comment: Nullable(Type.String()),
  state: OneOf(PROPOSAL_STATES, {
    description:
      'open until the coordinator accepts or declines it; replaced by a newer proposal from the same person; withdrawn when the interview moved or was cancelled otherwise',
  }),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
});
