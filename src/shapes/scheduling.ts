import { Type } from 'typebox';
import { SCHEDULING_STATUSES } from '../domain/scheduling-rules.js';
import { Nullable, OneOf } from './common.js';

/** A candidate's self-scheduling request as the API shows it (DESIGN §9). */
export const SchedulingRequestSchema = Type.Object({
  id: Type.String(),
  candidateId: Type.String(),
  candidateName: Type.String({ description: "The candidate's first and last name" }),
  interviewerIds: Type.Array(Type.String()),
  interviewerNames: Type.Array(Type.String(), {
    description: 'The interviewers’ names, in the order of interviewerIds',
  }),
  title: Type.String(),
  durationMinutes: Type.Integer(),
  from: Type.String({ description: 'Start of the window, ISO 8601 UTC' }),
  to: Type.String({ description: 'End of the window (exclusive), ISO 8601 UTC' }),
  timeZone: Type.String(),
  location: Nullable(Type.String()),
  meetingUrl: Nullable(Type.String()),
  requestTemplateId: Nullable(Type.String()),
  candidateTemplateId: Nullable(Type.String()),
  interviewerTemplateId: Nullable(Type.String()),
  status: OneOf(SCHEDULING_STATUSES, {
    description: '`expired`: the window ended before the candidate booked',
  }),
  interviewId: Nullable(Type.String({ description: 'The booked interview' })),
  openedAt: Nullable(Type.String()),
  bookedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  expiresAt: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});

/** POST /scheduling-requests. */
export const SchedulingRequestInputSchema = Type.Object(
  {
    candidateId: Type.String({ format: 'uuid' }),
    interviewerIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 20 }),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
    from: Type.String({ maxLength: 40, description: 'Start of the window, ISO 8601' }),
    to: Type.String({ maxLength: 40, description: 'End of the window (exclusive), ISO 8601' }),
    timeZone: Type.String({ maxLength: 100, description: "The interview's IANA time zone" }),
    location: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    meetingUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    requestTemplateId: Type.String({
      description: 'A candidate template holding {{ scheduling.link }}, sent now',
    }),
    candidate: Type.Object(
      { templateId: Type.String({ description: 'The candidate invite, sent once booked' }) },
      { additionalProperties: false },
    ),
    interviewer: Type.Object(
      { templateId: Type.String({ description: 'The interviewer invite, sent once booked' }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
