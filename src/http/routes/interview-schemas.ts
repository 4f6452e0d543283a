import { Type } from 'typebox';
import { Nullable } from '../../shapes/common.js';
import { RemindersSchema } from '../../shapes/interviews.js';
import { InviteChoiceSchema } from '../../shapes/invites.js';
import { Line } from '../schemas.js';
import { CreateCandidateBody } from './people-schemas.js';

// What interview and invite routes take in; what they answer with is in shapes/ (ADR 011).

const Id = Type.String({ format: 'uuid' });
const editable = {
  title: Line(200),
  jobTitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  startsAt: Type.String({
    maxLength: 40,
    description: 'ISO 8601 with offset, e.g. 2026-03-03T09:00:00Z',
  }),
  durationMinutes: Type.Integer({ minimum: 5, maximum: 1440 }),
  timeZone: Type.String({ maxLength: 64, description: "The interview's IANA zone" }),
  location: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  meetingUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  candidateId: Id,
  interviewerIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
  reminders: Type.Optional(RemindersSchema),
  dryRun: Type.Optional(
    Type.Boolean({
      description:
        'Check only: answer 200 {conflicts} (per interviewer: calendars, other interviews, working hours) and save nothing',
    }),
  ),
};

export const CreateInterviewBody = Type.Object(
  {
    ...editable,
    candidateId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'An existing candidate; or give `candidate` to add one (one of the two)',
      }),
    ),
    candidate: Type.Optional(
      Type.Object(CreateCandidateBody.properties, {
        additionalProperties: false,
        description:
          'A new candidate, added with the interview in one transaction. An existing candidate with the same email is never used instead: 409 with details.existingId and details.existingName',
      }),
    ),
  },
  { additionalProperties: false },
);

export const UpdateInterviewBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you last read' }),
    title: Type.Optional(editable.title),
    jobTitle: editable.jobTitle,
    startsAt: Type.Optional(editable.startsAt),
    durationMinutes: Type.Optional(editable.durationMinutes),
    timeZone: Type.Optional(editable.timeZone),
    location: editable.location,
    meetingUrl: editable.meetingUrl,
    notes: editable.notes,
    candidateId: Type.Optional(Id),
    interviewerIds: Type.Optional(editable.interviewerIds),
    reminders: editable.reminders,
    dryRun: editable.dryRun,
  },
  { additionalProperties: false },
);

export const InvitesBody = Type.Object(
  { candidate: InviteChoiceSchema, interviewer: InviteChoiceSchema },
  { additionalProperties: false },
);
